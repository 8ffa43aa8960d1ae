/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cost Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item of the cluster's cost structure, caused by key resources or key actions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.CostItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.CostItem#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.stic.CostItem#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.stic.CostItem#getResources <em>Resources</em>}</li>
 *   <li>{@link org.stic.CostItem#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getCostItem()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasCause'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL hasCause='resources-&gt;notEmpty() or actions-&gt;notEmpty()'"
 * @generated
 */
public interface CostItem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.CostKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the cost is fixed or variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.CostKind
	 * @see #setKind(CostKind)
	 * @see org.stic.SticPackage#getCostItem_Kind()
	 * @model
	 * @generated
	 */
	CostKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.CostItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.CostKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CostKind value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The amount per year, in the currency given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.stic.SticPackage#getCostItem_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.stic.CostItem#getAmount <em>Amount</em>}' attribute.
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
	 * @see org.stic.SticPackage#getCostItem_Currency()
	 * @model default="RUB"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.stic.CostItem#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyResource}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyResource#getCostItems <em>Cost Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key resources that cause this cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' reference list.
	 * @see org.stic.SticPackage#getCostItem_Resources()
	 * @see org.stic.KeyResource#getCostItems
	 * @model opposite="costItems"
	 * @generated
	 */
	EList<KeyResource> getResources();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyAction}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyAction#getCostItems <em>Cost Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key actions that cause this cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.stic.SticPackage#getCostItem_Actions()
	 * @see org.stic.KeyAction#getCostItems
	 * @model opposite="costItems"
	 * @generated
	 */
	EList<KeyAction> getActions();

} // CostItem
