/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.ActionKind;
import org.stic.AvailabilityStatus;
import org.stic.CostItem;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.SticPackage;
import org.stic.ValueProposition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.KeyActionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.impl.KeyActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.stic.impl.KeyActionImpl#getAvailableFrom <em>Available From</em>}</li>
 *   <li>{@link org.stic.impl.KeyActionImpl#getPerformers <em>Performers</em>}</li>
 *   <li>{@link org.stic.impl.KeyActionImpl#getSupportingResources <em>Supporting Resources</em>}</li>
 *   <li>{@link org.stic.impl.KeyActionImpl#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.impl.KeyActionImpl#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.impl.KeyActionImpl#getCostItems <em>Cost Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyActionImpl extends NamedElementImpl implements KeyAction {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ActionKind KIND_EDEFAULT = ActionKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ActionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AvailabilityStatus STATUS_EDEFAULT = AvailabilityStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AvailabilityStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvailableFrom() <em>Available From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailableFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AVAILABLE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAvailableFrom() <em>Available From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailableFrom()
	 * @generated
	 * @ordered
	 */
	protected Integer availableFrom = AVAILABLE_FROM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerformers() <em>Performers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformers()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> performers;

	/**
	 * The cached value of the '{@link #getSupportingResources() <em>Supporting Resources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportingResources()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyResource> supportingResources;

	/**
	 * The cached value of the '{@link #getValuePropositions() <em>Value Propositions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePropositions()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueProposition> valuePropositions;

	/**
	 * The cached value of the '{@link #getPartnerships() <em>Partnerships</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerships()
	 * @generated
	 * @ordered
	 */
	protected EList<Partnership> partnerships;

	/**
	 * The cached value of the '{@link #getCostItems() <em>Cost Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostItems()
	 * @generated
	 * @ordered
	 */
	protected EList<CostItem> costItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KeyActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.KEY_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ActionKind newKind) {
		ActionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_ACTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AvailabilityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AvailabilityStatus newStatus) {
		AvailabilityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAvailableFrom() {
		return availableFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailableFrom(Integer newAvailableFrom) {
		Integer oldAvailableFrom = availableFrom;
		availableFrom = newAvailableFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_ACTION__AVAILABLE_FROM, oldAvailableFrom, availableFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getPerformers() {
		if (performers == null) {
			performers = new EObjectWithInverseResolvingEList.ManyInverse<Participant>(Participant.class, this, SticPackage.KEY_ACTION__PERFORMERS, SticPackage.PARTICIPANT__PERFORMED_ACTIONS);
		}
		return performers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyResource> getSupportingResources() {
		if (supportingResources == null) {
			supportingResources = new EObjectWithInverseResolvingEList.ManyInverse<KeyResource>(KeyResource.class, this, SticPackage.KEY_ACTION__SUPPORTING_RESOURCES, SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS);
		}
		return supportingResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueProposition> getValuePropositions() {
		if (valuePropositions == null) {
			valuePropositions = new EObjectWithInverseResolvingEList.ManyInverse<ValueProposition>(ValueProposition.class, this, SticPackage.KEY_ACTION__VALUE_PROPOSITIONS, SticPackage.VALUE_PROPOSITION__KEY_ACTIONS);
		}
		return valuePropositions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partnership> getPartnerships() {
		if (partnerships == null) {
			partnerships = new EObjectWithInverseResolvingEList.ManyInverse<Partnership>(Partnership.class, this, SticPackage.KEY_ACTION__PARTNERSHIPS, SticPackage.PARTNERSHIP__ACTIONS);
		}
		return partnerships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CostItem> getCostItems() {
		if (costItems == null) {
			costItems = new EObjectWithInverseResolvingEList.ManyInverse<CostItem>(CostItem.class, this, SticPackage.KEY_ACTION__COST_ITEMS, SticPackage.COST_ITEM__ACTIONS);
		}
		return costItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SticPackage.KEY_ACTION__PERFORMERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPerformers()).basicAdd(otherEnd, msgs);
			case SticPackage.KEY_ACTION__SUPPORTING_RESOURCES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSupportingResources()).basicAdd(otherEnd, msgs);
			case SticPackage.KEY_ACTION__VALUE_PROPOSITIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getValuePropositions()).basicAdd(otherEnd, msgs);
			case SticPackage.KEY_ACTION__PARTNERSHIPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPartnerships()).basicAdd(otherEnd, msgs);
			case SticPackage.KEY_ACTION__COST_ITEMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCostItems()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SticPackage.KEY_ACTION__PERFORMERS:
				return ((InternalEList<?>)getPerformers()).basicRemove(otherEnd, msgs);
			case SticPackage.KEY_ACTION__SUPPORTING_RESOURCES:
				return ((InternalEList<?>)getSupportingResources()).basicRemove(otherEnd, msgs);
			case SticPackage.KEY_ACTION__VALUE_PROPOSITIONS:
				return ((InternalEList<?>)getValuePropositions()).basicRemove(otherEnd, msgs);
			case SticPackage.KEY_ACTION__PARTNERSHIPS:
				return ((InternalEList<?>)getPartnerships()).basicRemove(otherEnd, msgs);
			case SticPackage.KEY_ACTION__COST_ITEMS:
				return ((InternalEList<?>)getCostItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SticPackage.KEY_ACTION__KIND:
				return getKind();
			case SticPackage.KEY_ACTION__STATUS:
				return getStatus();
			case SticPackage.KEY_ACTION__AVAILABLE_FROM:
				return getAvailableFrom();
			case SticPackage.KEY_ACTION__PERFORMERS:
				return getPerformers();
			case SticPackage.KEY_ACTION__SUPPORTING_RESOURCES:
				return getSupportingResources();
			case SticPackage.KEY_ACTION__VALUE_PROPOSITIONS:
				return getValuePropositions();
			case SticPackage.KEY_ACTION__PARTNERSHIPS:
				return getPartnerships();
			case SticPackage.KEY_ACTION__COST_ITEMS:
				return getCostItems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SticPackage.KEY_ACTION__KIND:
				setKind((ActionKind)newValue);
				return;
			case SticPackage.KEY_ACTION__STATUS:
				setStatus((AvailabilityStatus)newValue);
				return;
			case SticPackage.KEY_ACTION__AVAILABLE_FROM:
				setAvailableFrom((Integer)newValue);
				return;
			case SticPackage.KEY_ACTION__PERFORMERS:
				getPerformers().clear();
				getPerformers().addAll((Collection<? extends Participant>)newValue);
				return;
			case SticPackage.KEY_ACTION__SUPPORTING_RESOURCES:
				getSupportingResources().clear();
				getSupportingResources().addAll((Collection<? extends KeyResource>)newValue);
				return;
			case SticPackage.KEY_ACTION__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				getValuePropositions().addAll((Collection<? extends ValueProposition>)newValue);
				return;
			case SticPackage.KEY_ACTION__PARTNERSHIPS:
				getPartnerships().clear();
				getPartnerships().addAll((Collection<? extends Partnership>)newValue);
				return;
			case SticPackage.KEY_ACTION__COST_ITEMS:
				getCostItems().clear();
				getCostItems().addAll((Collection<? extends CostItem>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SticPackage.KEY_ACTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SticPackage.KEY_ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SticPackage.KEY_ACTION__AVAILABLE_FROM:
				setAvailableFrom(AVAILABLE_FROM_EDEFAULT);
				return;
			case SticPackage.KEY_ACTION__PERFORMERS:
				getPerformers().clear();
				return;
			case SticPackage.KEY_ACTION__SUPPORTING_RESOURCES:
				getSupportingResources().clear();
				return;
			case SticPackage.KEY_ACTION__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				return;
			case SticPackage.KEY_ACTION__PARTNERSHIPS:
				getPartnerships().clear();
				return;
			case SticPackage.KEY_ACTION__COST_ITEMS:
				getCostItems().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SticPackage.KEY_ACTION__KIND:
				return kind != KIND_EDEFAULT;
			case SticPackage.KEY_ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case SticPackage.KEY_ACTION__AVAILABLE_FROM:
				return AVAILABLE_FROM_EDEFAULT == null ? availableFrom != null : !AVAILABLE_FROM_EDEFAULT.equals(availableFrom);
			case SticPackage.KEY_ACTION__PERFORMERS:
				return performers != null && !performers.isEmpty();
			case SticPackage.KEY_ACTION__SUPPORTING_RESOURCES:
				return supportingResources != null && !supportingResources.isEmpty();
			case SticPackage.KEY_ACTION__VALUE_PROPOSITIONS:
				return valuePropositions != null && !valuePropositions.isEmpty();
			case SticPackage.KEY_ACTION__PARTNERSHIPS:
				return partnerships != null && !partnerships.isEmpty();
			case SticPackage.KEY_ACTION__COST_ITEMS:
				return costItems != null && !costItems.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", availableFrom: ");
		result.append(availableFrom);
		result.append(')');
		return result.toString();
	}

} //KeyActionImpl
