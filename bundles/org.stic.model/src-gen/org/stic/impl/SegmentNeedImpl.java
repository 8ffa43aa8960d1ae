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

import org.stic.Priority;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;
import org.stic.SticPackage;
import org.stic.ValueProposition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Need</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.SegmentNeedImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.stic.impl.SegmentNeedImpl#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.impl.SegmentNeedImpl#getDemand <em>Demand</em>}</li>
 *   <li>{@link org.stic.impl.SegmentNeedImpl#getDemandUnit <em>Demand Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentNeedImpl extends NamedElementImpl implements SegmentNeed {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

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
	 * The default value of the '{@link #getDemand() <em>Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemand()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DEMAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDemand() <em>Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemand()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal demand = DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDemandUnit() <em>Demand Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemandUnit()
	 * @generated
	 * @ordered
	 */
	protected static final QuantityUnit DEMAND_UNIT_EDEFAULT = QuantityUnit.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDemandUnit() <em>Demand Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemandUnit()
	 * @generated
	 * @ordered
	 */
	protected QuantityUnit demandUnit = DEMAND_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentNeedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.SEGMENT_NEED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.SEGMENT_NEED__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueProposition> getValuePropositions() {
		if (valuePropositions == null) {
			valuePropositions = new EObjectWithInverseResolvingEList.ManyInverse<ValueProposition>(ValueProposition.class, this, SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS, SticPackage.VALUE_PROPOSITION__NEEDS);
		}
		return valuePropositions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDemand() {
		return demand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemand(BigDecimal newDemand) {
		BigDecimal oldDemand = demand;
		demand = newDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.SEGMENT_NEED__DEMAND, oldDemand, demand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityUnit getDemandUnit() {
		return demandUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemandUnit(QuantityUnit newDemandUnit) {
		QuantityUnit oldDemandUnit = demandUnit;
		demandUnit = newDemandUnit == null ? DEMAND_UNIT_EDEFAULT : newDemandUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.SEGMENT_NEED__DEMAND_UNIT, oldDemandUnit, demandUnit));
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
			case SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getValuePropositions()).basicAdd(otherEnd, msgs);
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
			case SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS:
				return ((InternalEList<?>)getValuePropositions()).basicRemove(otherEnd, msgs);
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
			case SticPackage.SEGMENT_NEED__PRIORITY:
				return getPriority();
			case SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS:
				return getValuePropositions();
			case SticPackage.SEGMENT_NEED__DEMAND:
				return getDemand();
			case SticPackage.SEGMENT_NEED__DEMAND_UNIT:
				return getDemandUnit();
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
			case SticPackage.SEGMENT_NEED__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				getValuePropositions().addAll((Collection<? extends ValueProposition>)newValue);
				return;
			case SticPackage.SEGMENT_NEED__DEMAND:
				setDemand((BigDecimal)newValue);
				return;
			case SticPackage.SEGMENT_NEED__DEMAND_UNIT:
				setDemandUnit((QuantityUnit)newValue);
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
			case SticPackage.SEGMENT_NEED__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				return;
			case SticPackage.SEGMENT_NEED__DEMAND:
				setDemand(DEMAND_EDEFAULT);
				return;
			case SticPackage.SEGMENT_NEED__DEMAND_UNIT:
				setDemandUnit(DEMAND_UNIT_EDEFAULT);
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
			case SticPackage.SEGMENT_NEED__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS:
				return valuePropositions != null && !valuePropositions.isEmpty();
			case SticPackage.SEGMENT_NEED__DEMAND:
				return DEMAND_EDEFAULT == null ? demand != null : !DEMAND_EDEFAULT.equals(demand);
			case SticPackage.SEGMENT_NEED__DEMAND_UNIT:
				return demandUnit != DEMAND_UNIT_EDEFAULT;
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(", demand: ");
		result.append(demand);
		result.append(", demandUnit: ");
		result.append(demandUnit);
		result.append(')');
		return result.toString();
	}

} //SegmentNeedImpl
