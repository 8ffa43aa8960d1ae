/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.stic.Element;
import org.stic.Indicator;
import org.stic.QuantityUnit;
import org.stic.SticPackage;
import org.stic.TargetDirection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getCurrent <em>Current</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getCurrentYear <em>Current Year</em>}</li>
 *   <li>{@link org.stic.impl.IndicatorImpl#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends NamedElementImpl implements Indicator {
	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final QuantityUnit UNIT_EDEFAULT = QuantityUnit.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected QuantityUnit unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TargetDirection DIRECTION_EDEFAULT = TargetDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TargetDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BASELINE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected Integer baselineYear = BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected Integer targetYear = TARGET_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrent() <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CURRENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrent() <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal current = CURRENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrentYear() <em>Current Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CURRENT_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentYear() <em>Current Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentYear()
	 * @generated
	 * @ordered
	 */
	protected Integer currentYear = CURRENT_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> measures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityUnit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(QuantityUnit newUnit) {
		QuantityUnit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TargetDirection newDirection) {
		TargetDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(BigDecimal newBaseline) {
		BigDecimal oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBaselineYear() {
		return baselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineYear(Integer newBaselineYear) {
		Integer oldBaselineYear = baselineYear;
		baselineYear = newBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__BASELINE_YEAR, oldBaselineYear, baselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(BigDecimal newTarget) {
		BigDecimal oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetYear() {
		return targetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYear(Integer newTargetYear) {
		Integer oldTargetYear = targetYear;
		targetYear = newTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCurrent() {
		return current;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrent(BigDecimal newCurrent) {
		BigDecimal oldCurrent = current;
		current = newCurrent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__CURRENT, oldCurrent, current));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCurrentYear() {
		return currentYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentYear(Integer newCurrentYear) {
		Integer oldCurrentYear = currentYear;
		currentYear = newCurrentYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.INDICATOR__CURRENT_YEAR, oldCurrentYear, currentYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getMeasures() {
		if (measures == null) {
			measures = new EObjectResolvingEList<Element>(Element.class, this, SticPackage.INDICATOR__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SticPackage.INDICATOR__UNIT:
				return getUnit();
			case SticPackage.INDICATOR__DIRECTION:
				return getDirection();
			case SticPackage.INDICATOR__BASELINE:
				return getBaseline();
			case SticPackage.INDICATOR__BASELINE_YEAR:
				return getBaselineYear();
			case SticPackage.INDICATOR__TARGET:
				return getTarget();
			case SticPackage.INDICATOR__TARGET_YEAR:
				return getTargetYear();
			case SticPackage.INDICATOR__CURRENT:
				return getCurrent();
			case SticPackage.INDICATOR__CURRENT_YEAR:
				return getCurrentYear();
			case SticPackage.INDICATOR__MEASURES:
				return getMeasures();
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
			case SticPackage.INDICATOR__UNIT:
				setUnit((QuantityUnit)newValue);
				return;
			case SticPackage.INDICATOR__DIRECTION:
				setDirection((TargetDirection)newValue);
				return;
			case SticPackage.INDICATOR__BASELINE:
				setBaseline((BigDecimal)newValue);
				return;
			case SticPackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear((Integer)newValue);
				return;
			case SticPackage.INDICATOR__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case SticPackage.INDICATOR__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case SticPackage.INDICATOR__CURRENT:
				setCurrent((BigDecimal)newValue);
				return;
			case SticPackage.INDICATOR__CURRENT_YEAR:
				setCurrentYear((Integer)newValue);
				return;
			case SticPackage.INDICATOR__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Element>)newValue);
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
			case SticPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SticPackage.INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case SticPackage.INDICATOR__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case SticPackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear(BASELINE_YEAR_EDEFAULT);
				return;
			case SticPackage.INDICATOR__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case SticPackage.INDICATOR__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case SticPackage.INDICATOR__CURRENT:
				setCurrent(CURRENT_EDEFAULT);
				return;
			case SticPackage.INDICATOR__CURRENT_YEAR:
				setCurrentYear(CURRENT_YEAR_EDEFAULT);
				return;
			case SticPackage.INDICATOR__MEASURES:
				getMeasures().clear();
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
			case SticPackage.INDICATOR__UNIT:
				return unit != UNIT_EDEFAULT;
			case SticPackage.INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case SticPackage.INDICATOR__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case SticPackage.INDICATOR__BASELINE_YEAR:
				return BASELINE_YEAR_EDEFAULT == null ? baselineYear != null : !BASELINE_YEAR_EDEFAULT.equals(baselineYear);
			case SticPackage.INDICATOR__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case SticPackage.INDICATOR__TARGET_YEAR:
				return TARGET_YEAR_EDEFAULT == null ? targetYear != null : !TARGET_YEAR_EDEFAULT.equals(targetYear);
			case SticPackage.INDICATOR__CURRENT:
				return CURRENT_EDEFAULT == null ? current != null : !CURRENT_EDEFAULT.equals(current);
			case SticPackage.INDICATOR__CURRENT_YEAR:
				return CURRENT_YEAR_EDEFAULT == null ? currentYear != null : !CURRENT_YEAR_EDEFAULT.equals(currentYear);
			case SticPackage.INDICATOR__MEASURES:
				return measures != null && !measures.isEmpty();
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
		result.append(" (unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", baselineYear: ");
		result.append(baselineYear);
		result.append(", target: ");
		result.append(target);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(", current: ");
		result.append(current);
		result.append(", currentYear: ");
		result.append(currentYear);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
