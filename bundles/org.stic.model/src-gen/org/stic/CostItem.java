/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cost Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Cost item (статья затрат): an item of the cluster's cost structure, caused by key resources or key actions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.CostItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.CostItem#getResources <em>Resources</em>}</li>
 *   <li>{@link org.stic.CostItem#getActions <em>Actions</em>}</li>
 *   <li>{@link org.stic.CostItem#getNature <em>Nature</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getCostItem()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasCause'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL hasCause='resources-&gt;notEmpty() or actions-&gt;notEmpty()'"
 * @generated
 */
public interface CostItem extends MonetaryElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.CostKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the cost is fixed or variable (вид затрат).
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

	/**
	 * Returns the value of the '<em><b>Nature</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.CostNature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the cost is capital or operating (характер затрат).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nature</em>' attribute.
	 * @see org.stic.CostNature
	 * @see #setNature(CostNature)
	 * @see org.stic.SticPackage#getCostItem_Nature()
	 * @model
	 * @generated
	 */
	CostNature getNature();

	/**
	 * Sets the value of the '{@link org.stic.CostItem#getNature <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nature</em>' attribute.
	 * @see org.stic.CostNature
	 * @see #getNature()
	 * @generated
	 */
	void setNature(CostNature value);

} // CostItem
