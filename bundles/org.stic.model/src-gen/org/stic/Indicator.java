/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indicator (показатель): a goal of the cluster or of the state towards it, measured in a unit, with a baseline, a target and their years, and the current value, attached to the elements it measures; e.g. the share of civil products in the output of the defence industry, PERCENT, AT_LEAST, baseline 17 (2016), target 50 (2030).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.stic.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.stic.Indicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.stic.Indicator#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.stic.Indicator#getTarget <em>Target</em>}</li>
 *   <li>{@link org.stic.Indicator#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.stic.Indicator#getCurrent <em>Current</em>}</li>
 *   <li>{@link org.stic.Indicator#getCurrentYear <em>Current Year</em>}</li>
 *   <li>{@link org.stic.Indicator#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.QuantityUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the indicator's values (единица измерения).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.stic.QuantityUnit
	 * @see #setUnit(QuantityUnit)
	 * @see org.stic.SticPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	QuantityUnit getUnit();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.stic.QuantityUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(QuantityUnit value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.TargetDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the target is a minimum (at least) or a maximum (at most) (направление цели).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.stic.TargetDirection
	 * @see #setDirection(TargetDirection)
	 * @see org.stic.SticPackage#getIndicator_Direction()
	 * @model
	 * @generated
	 */
	TargetDirection getDirection();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.stic.TargetDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TargetDirection value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value the indicator starts from (базовое значение).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(BigDecimal)
	 * @see org.stic.SticPackage#getIndicator_Baseline()
	 * @model
	 * @generated
	 */
	BigDecimal getBaseline();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of the baseline (базовый год).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(Integer)
	 * @see org.stic.SticPackage#getIndicator_BaselineYear()
	 * @model
	 * @generated
	 */
	Integer getBaselineYear();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getBaselineYear <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Year</em>' attribute.
	 * @see #getBaselineYear()
	 * @generated
	 */
	void setBaselineYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value to reach (целевое значение).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.stic.SticPackage#getIndicator_Target()
	 * @model
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year by which the target is to be reached (целевой год).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(Integer)
	 * @see org.stic.SticPackage#getIndicator_TargetYear()
	 * @model
	 * @generated
	 */
	Integer getTargetYear();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest known value (текущее значение).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current</em>' attribute.
	 * @see #setCurrent(BigDecimal)
	 * @see org.stic.SticPackage#getIndicator_Current()
	 * @model
	 * @generated
	 */
	BigDecimal getCurrent();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getCurrent <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' attribute.
	 * @see #getCurrent()
	 * @generated
	 */
	void setCurrent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Current Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of the latest known value (год текущего значения).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Year</em>' attribute.
	 * @see #setCurrentYear(Integer)
	 * @see org.stic.SticPackage#getIndicator_CurrentYear()
	 * @model
	 * @generated
	 */
	Integer getCurrentYear();

	/**
	 * Sets the value of the '{@link org.stic.Indicator#getCurrentYear <em>Current Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Year</em>' attribute.
	 * @see #getCurrentYear()
	 * @generated
	 */
	void setCurrentYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements the indicator measures (измеряемые элементы), e.g. the participants whose output it counts or the value proposition it judges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' reference list.
	 * @see org.stic.SticPackage#getIndicator_Measures()
	 * @model
	 * @generated
	 */
	EList<Element> getMeasures();

} // Indicator
