/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monetary Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A monetary element (денежный элемент): an amount of money the cluster receives or spends: a revenue stream or a cost item. The amount is in its currency and is spread over time by its period: PER_YEAR means the amount in every year from fromYear to toYear inclusive (an open end is unbounded on that side), ONE_OFF means the amount once, in fromYear. A series with different amounts in different years is entered as several items. 1.0 amounts, defined as per year, get PER_YEAR on migration.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.MonetaryElement#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.stic.MonetaryElement#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.stic.MonetaryElement#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.stic.MonetaryElement#getFromYear <em>From Year</em>}</li>
 *   <li>{@link org.stic.MonetaryElement#getToYear <em>To Year</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getMonetaryElement()
 * @model abstract="true"
 * @generated
 */
public interface MonetaryElement extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The amount (сумма) in the currency given: per year or once, as the period says.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.stic.SticPackage#getMonetaryElement_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.stic.MonetaryElement#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"RUB"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ISO 4217 code of the amount's currency (валюта), e.g. RUB. Amounts in different currencies are not added up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.stic.SticPackage#getMonetaryElement_Currency()
	 * @model default="RUB"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.stic.MonetaryElement#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.AmountPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the amount is spread over time (периодичность): every year of a range or once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see org.stic.AmountPeriod
	 * @see #setPeriod(AmountPeriod)
	 * @see org.stic.SticPackage#getMonetaryElement_Period()
	 * @model
	 * @generated
	 */
	AmountPeriod getPeriod();

	/**
	 * Sets the value of the '{@link org.stic.MonetaryElement#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see org.stic.AmountPeriod
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(AmountPeriod value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first year (с года) of a yearly amount, or the year of a one-off amount; empty for a yearly amount without a start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(Integer)
	 * @see org.stic.SticPackage#getMonetaryElement_FromYear()
	 * @model
	 * @generated
	 */
	Integer getFromYear();

	/**
	 * Sets the value of the '{@link org.stic.MonetaryElement#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(Integer value);

	/**
	 * Returns the value of the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last year (по год) of a yearly amount, inclusive; empty for a yearly amount without an end. Not used by one-off amounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Year</em>' attribute.
	 * @see #setToYear(Integer)
	 * @see org.stic.SticPackage#getMonetaryElement_ToYear()
	 * @model
	 * @generated
	 */
	Integer getToYear();

	/**
	 * Sets the value of the '{@link org.stic.MonetaryElement#getToYear <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Year</em>' attribute.
	 * @see #getToYear()
	 * @generated
	 */
	void setToYear(Integer value);

} // MonetaryElement
