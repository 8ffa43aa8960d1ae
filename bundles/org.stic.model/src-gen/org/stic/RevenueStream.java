/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Revenue Stream</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stream of income of the cluster: membership fees, paid services, grants, state programme money, shares of commercialised results.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.RevenueStream#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.RevenueStream#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.stic.RevenueStream#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.stic.RevenueStream#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getRevenueStream()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='fromSegment'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL fromSegment='segments-&gt;notEmpty()'"
 * @generated
 */
public interface RevenueStream extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.RevenueKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of revenue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.RevenueKind
	 * @see #setKind(RevenueKind)
	 * @see org.stic.SticPackage#getRevenueStream_Kind()
	 * @model
	 * @generated
	 */
	RevenueKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.RevenueStream#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.RevenueKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RevenueKind value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The expected amount per year, in the currency given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.stic.SticPackage#getRevenueStream_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.stic.RevenueStream#getAmount <em>Amount</em>}' attribute.
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
	 * The ISO 4217 code of the amount's currency, e.g. RUB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.stic.SticPackage#getRevenueStream_Currency()
	 * @model default="RUB"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.stic.RevenueStream#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Segment}.
	 * It is bidirectional and its opposite is '{@link org.stic.Segment#getRevenueStreams <em>Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments this revenue comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.stic.SticPackage#getRevenueStream_Segments()
	 * @see org.stic.Segment#getRevenueStreams
	 * @model opposite="revenueStreams"
	 * @generated
	 */
	EList<Segment> getSegments();

} // RevenueStream
