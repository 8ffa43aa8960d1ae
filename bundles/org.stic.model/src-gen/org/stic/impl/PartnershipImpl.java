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

import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.PartnershipKind;
import org.stic.SticPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partnership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.PartnershipImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.impl.PartnershipImpl#getContribution <em>Contribution</em>}</li>
 *   <li>{@link org.stic.impl.PartnershipImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.stic.impl.PartnershipImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.stic.impl.PartnershipImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartnershipImpl extends NamedElementImpl implements Partnership {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PartnershipKind KIND_EDEFAULT = PartnershipKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PartnershipKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getContribution() <em>Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContribution()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRIBUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContribution() <em>Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContribution()
	 * @generated
	 * @ordered
	 */
	protected String contribution = CONTRIBUTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> partners;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyResource> resources;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartnershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.PARTNERSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnershipKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PartnershipKind newKind) {
		PartnershipKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.PARTNERSHIP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContribution() {
		return contribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContribution(String newContribution) {
		String oldContribution = contribution;
		contribution = newContribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.PARTNERSHIP__CONTRIBUTION, oldContribution, contribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getPartners() {
		if (partners == null) {
			partners = new EObjectWithInverseResolvingEList.ManyInverse<Participant>(Participant.class, this, SticPackage.PARTNERSHIP__PARTNERS, SticPackage.PARTICIPANT__PARTNERSHIPS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyResource> getResources() {
		if (resources == null) {
			resources = new EObjectWithInverseResolvingEList.ManyInverse<KeyResource>(KeyResource.class, this, SticPackage.PARTNERSHIP__RESOURCES, SticPackage.KEY_RESOURCE__PARTNERSHIPS);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyAction> getActions() {
		if (actions == null) {
			actions = new EObjectWithInverseResolvingEList.ManyInverse<KeyAction>(KeyAction.class, this, SticPackage.PARTNERSHIP__ACTIONS, SticPackage.KEY_ACTION__PARTNERSHIPS);
		}
		return actions;
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
			case SticPackage.PARTNERSHIP__PARTNERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPartners()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTNERSHIP__RESOURCES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getResources()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTNERSHIP__ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getActions()).basicAdd(otherEnd, msgs);
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
			case SticPackage.PARTNERSHIP__PARTNERS:
				return ((InternalEList<?>)getPartners()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTNERSHIP__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTNERSHIP__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case SticPackage.PARTNERSHIP__KIND:
				return getKind();
			case SticPackage.PARTNERSHIP__CONTRIBUTION:
				return getContribution();
			case SticPackage.PARTNERSHIP__PARTNERS:
				return getPartners();
			case SticPackage.PARTNERSHIP__RESOURCES:
				return getResources();
			case SticPackage.PARTNERSHIP__ACTIONS:
				return getActions();
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
			case SticPackage.PARTNERSHIP__KIND:
				setKind((PartnershipKind)newValue);
				return;
			case SticPackage.PARTNERSHIP__CONTRIBUTION:
				setContribution((String)newValue);
				return;
			case SticPackage.PARTNERSHIP__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Participant>)newValue);
				return;
			case SticPackage.PARTNERSHIP__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends KeyResource>)newValue);
				return;
			case SticPackage.PARTNERSHIP__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends KeyAction>)newValue);
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
			case SticPackage.PARTNERSHIP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SticPackage.PARTNERSHIP__CONTRIBUTION:
				setContribution(CONTRIBUTION_EDEFAULT);
				return;
			case SticPackage.PARTNERSHIP__PARTNERS:
				getPartners().clear();
				return;
			case SticPackage.PARTNERSHIP__RESOURCES:
				getResources().clear();
				return;
			case SticPackage.PARTNERSHIP__ACTIONS:
				getActions().clear();
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
			case SticPackage.PARTNERSHIP__KIND:
				return kind != KIND_EDEFAULT;
			case SticPackage.PARTNERSHIP__CONTRIBUTION:
				return CONTRIBUTION_EDEFAULT == null ? contribution != null : !CONTRIBUTION_EDEFAULT.equals(contribution);
			case SticPackage.PARTNERSHIP__PARTNERS:
				return partners != null && !partners.isEmpty();
			case SticPackage.PARTNERSHIP__RESOURCES:
				return resources != null && !resources.isEmpty();
			case SticPackage.PARTNERSHIP__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(", contribution: ");
		result.append(contribution);
		result.append(')');
		return result.toString();
	}

} //PartnershipImpl
