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

import org.stic.CostItem;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.ResourceKind;
import org.stic.SticPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Resource</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getSupportedActions <em>Supported Actions</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getCostItems <em>Cost Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyResourceImpl extends NamedElementImpl implements KeyResource {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ResourceKind KIND_EDEFAULT = ResourceKind.INFRASTRUCTURE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ResourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPACITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected String capacity = CAPACITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProviders() <em>Providers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviders()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> providers;

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
	 * The cached value of the '{@link #getSupportedActions() <em>Supported Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedActions()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyAction> supportedActions;

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
	protected KeyResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.KEY_RESOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ResourceKind newKind) {
		ResourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_RESOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(String newCapacity) {
		String oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_RESOURCE__CAPACITY, oldCapacity, capacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getProviders() {
		if (providers == null) {
			providers = new EObjectWithInverseResolvingEList.ManyInverse<Participant>(Participant.class, this, SticPackage.KEY_RESOURCE__PROVIDERS, SticPackage.PARTICIPANT__PROVIDED_RESOURCES);
		}
		return providers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partnership> getPartnerships() {
		if (partnerships == null) {
			partnerships = new EObjectWithInverseResolvingEList.ManyInverse<Partnership>(Partnership.class, this, SticPackage.KEY_RESOURCE__PARTNERSHIPS, SticPackage.PARTNERSHIP__RESOURCES);
		}
		return partnerships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyAction> getSupportedActions() {
		if (supportedActions == null) {
			supportedActions = new EObjectWithInverseResolvingEList.ManyInverse<KeyAction>(KeyAction.class, this, SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS, SticPackage.KEY_ACTION__SUPPORTING_RESOURCES);
		}
		return supportedActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CostItem> getCostItems() {
		if (costItems == null) {
			costItems = new EObjectWithInverseResolvingEList.ManyInverse<CostItem>(CostItem.class, this, SticPackage.KEY_RESOURCE__COST_ITEMS, SticPackage.COST_ITEM__RESOURCES);
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
			case SticPackage.KEY_RESOURCE__PROVIDERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getProviders()).basicAdd(otherEnd, msgs);
			case SticPackage.KEY_RESOURCE__PARTNERSHIPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPartnerships()).basicAdd(otherEnd, msgs);
			case SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSupportedActions()).basicAdd(otherEnd, msgs);
			case SticPackage.KEY_RESOURCE__COST_ITEMS:
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
			case SticPackage.KEY_RESOURCE__PROVIDERS:
				return ((InternalEList<?>)getProviders()).basicRemove(otherEnd, msgs);
			case SticPackage.KEY_RESOURCE__PARTNERSHIPS:
				return ((InternalEList<?>)getPartnerships()).basicRemove(otherEnd, msgs);
			case SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS:
				return ((InternalEList<?>)getSupportedActions()).basicRemove(otherEnd, msgs);
			case SticPackage.KEY_RESOURCE__COST_ITEMS:
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
			case SticPackage.KEY_RESOURCE__KIND:
				return getKind();
			case SticPackage.KEY_RESOURCE__CAPACITY:
				return getCapacity();
			case SticPackage.KEY_RESOURCE__PROVIDERS:
				return getProviders();
			case SticPackage.KEY_RESOURCE__PARTNERSHIPS:
				return getPartnerships();
			case SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS:
				return getSupportedActions();
			case SticPackage.KEY_RESOURCE__COST_ITEMS:
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
			case SticPackage.KEY_RESOURCE__KIND:
				setKind((ResourceKind)newValue);
				return;
			case SticPackage.KEY_RESOURCE__CAPACITY:
				setCapacity((String)newValue);
				return;
			case SticPackage.KEY_RESOURCE__PROVIDERS:
				getProviders().clear();
				getProviders().addAll((Collection<? extends Participant>)newValue);
				return;
			case SticPackage.KEY_RESOURCE__PARTNERSHIPS:
				getPartnerships().clear();
				getPartnerships().addAll((Collection<? extends Partnership>)newValue);
				return;
			case SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS:
				getSupportedActions().clear();
				getSupportedActions().addAll((Collection<? extends KeyAction>)newValue);
				return;
			case SticPackage.KEY_RESOURCE__COST_ITEMS:
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
			case SticPackage.KEY_RESOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SticPackage.KEY_RESOURCE__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
			case SticPackage.KEY_RESOURCE__PROVIDERS:
				getProviders().clear();
				return;
			case SticPackage.KEY_RESOURCE__PARTNERSHIPS:
				getPartnerships().clear();
				return;
			case SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS:
				getSupportedActions().clear();
				return;
			case SticPackage.KEY_RESOURCE__COST_ITEMS:
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
			case SticPackage.KEY_RESOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case SticPackage.KEY_RESOURCE__CAPACITY:
				return CAPACITY_EDEFAULT == null ? capacity != null : !CAPACITY_EDEFAULT.equals(capacity);
			case SticPackage.KEY_RESOURCE__PROVIDERS:
				return providers != null && !providers.isEmpty();
			case SticPackage.KEY_RESOURCE__PARTNERSHIPS:
				return partnerships != null && !partnerships.isEmpty();
			case SticPackage.KEY_RESOURCE__SUPPORTED_ACTIONS:
				return supportedActions != null && !supportedActions.isEmpty();
			case SticPackage.KEY_RESOURCE__COST_ITEMS:
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
		result.append(", capacity: ");
		result.append(capacity);
		result.append(')');
		return result.toString();
	}

} //KeyResourceImpl
