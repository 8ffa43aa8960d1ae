/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.AvailabilityStatus;
import org.stic.CostItem;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.QuantityUnit;
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
 *   <li>{@link org.stic.impl.KeyResourceImpl#getCapacityUnit <em>Capacity Unit</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getCapacityNote <em>Capacity Note</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.stic.impl.KeyResourceImpl#getAvailableFrom <em>Available From</em>}</li>
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
	protected static final ResourceKind KIND_EDEFAULT = ResourceKind.UNSPECIFIED;

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
	protected static final BigDecimal CAPACITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal capacity = CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacityUnit() <em>Capacity Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityUnit()
	 * @generated
	 * @ordered
	 */
	protected static final QuantityUnit CAPACITY_UNIT_EDEFAULT = QuantityUnit.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCapacityUnit() <em>Capacity Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityUnit()
	 * @generated
	 * @ordered
	 */
	protected QuantityUnit capacityUnit = CAPACITY_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacityNote() <em>Capacity Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityNote()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPACITY_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacityNote() <em>Capacity Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityNote()
	 * @generated
	 * @ordered
	 */
	protected String capacityNote = CAPACITY_NOTE_EDEFAULT;

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
	public BigDecimal getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(BigDecimal newCapacity) {
		BigDecimal oldCapacity = capacity;
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
	public QuantityUnit getCapacityUnit() {
		return capacityUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityUnit(QuantityUnit newCapacityUnit) {
		QuantityUnit oldCapacityUnit = capacityUnit;
		capacityUnit = newCapacityUnit == null ? CAPACITY_UNIT_EDEFAULT : newCapacityUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_RESOURCE__CAPACITY_UNIT, oldCapacityUnit, capacityUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCapacityNote() {
		return capacityNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityNote(String newCapacityNote) {
		String oldCapacityNote = capacityNote;
		capacityNote = newCapacityNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_RESOURCE__CAPACITY_NOTE, oldCapacityNote, capacityNote));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_RESOURCE__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.KEY_RESOURCE__AVAILABLE_FROM, oldAvailableFrom, availableFrom));
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
			case SticPackage.KEY_RESOURCE__CAPACITY_UNIT:
				return getCapacityUnit();
			case SticPackage.KEY_RESOURCE__CAPACITY_NOTE:
				return getCapacityNote();
			case SticPackage.KEY_RESOURCE__STATUS:
				return getStatus();
			case SticPackage.KEY_RESOURCE__AVAILABLE_FROM:
				return getAvailableFrom();
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
				setCapacity((BigDecimal)newValue);
				return;
			case SticPackage.KEY_RESOURCE__CAPACITY_UNIT:
				setCapacityUnit((QuantityUnit)newValue);
				return;
			case SticPackage.KEY_RESOURCE__CAPACITY_NOTE:
				setCapacityNote((String)newValue);
				return;
			case SticPackage.KEY_RESOURCE__STATUS:
				setStatus((AvailabilityStatus)newValue);
				return;
			case SticPackage.KEY_RESOURCE__AVAILABLE_FROM:
				setAvailableFrom((Integer)newValue);
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
			case SticPackage.KEY_RESOURCE__CAPACITY_UNIT:
				setCapacityUnit(CAPACITY_UNIT_EDEFAULT);
				return;
			case SticPackage.KEY_RESOURCE__CAPACITY_NOTE:
				setCapacityNote(CAPACITY_NOTE_EDEFAULT);
				return;
			case SticPackage.KEY_RESOURCE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SticPackage.KEY_RESOURCE__AVAILABLE_FROM:
				setAvailableFrom(AVAILABLE_FROM_EDEFAULT);
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
			case SticPackage.KEY_RESOURCE__CAPACITY_UNIT:
				return capacityUnit != CAPACITY_UNIT_EDEFAULT;
			case SticPackage.KEY_RESOURCE__CAPACITY_NOTE:
				return CAPACITY_NOTE_EDEFAULT == null ? capacityNote != null : !CAPACITY_NOTE_EDEFAULT.equals(capacityNote);
			case SticPackage.KEY_RESOURCE__STATUS:
				return status != STATUS_EDEFAULT;
			case SticPackage.KEY_RESOURCE__AVAILABLE_FROM:
				return AVAILABLE_FROM_EDEFAULT == null ? availableFrom != null : !AVAILABLE_FROM_EDEFAULT.equals(availableFrom);
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
		result.append(", capacityUnit: ");
		result.append(capacityUnit);
		result.append(", capacityNote: ");
		result.append(capacityNote);
		result.append(", status: ");
		result.append(status);
		result.append(", availableFrom: ");
		result.append(availableFrom);
		result.append(')');
		return result.toString();
	}

} //KeyResourceImpl
