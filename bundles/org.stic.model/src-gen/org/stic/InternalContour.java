/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Internal Contour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The internal contour (внутренний контур) of the business model: the cluster's readiness and ability to meet the varied requirements of the innovation generators. Its leading elements are the key resources and the key actions; around them, the partnerships that provide them and the costs they cause.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.InternalContour#getKeyResources <em>Key Resources</em>}</li>
 *   <li>{@link org.stic.InternalContour#getKeyActions <em>Key Actions</em>}</li>
 *   <li>{@link org.stic.InternalContour#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.InternalContour#getCostItems <em>Cost Items</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getInternalContour()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueInternalNames'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL uniqueInternalNames='keyResources-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name) and keyActions-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name) and partnerships-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name) and costItems-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name)'"
 * @generated
 */
public interface InternalContour extends Contour {
	/**
	 * Returns the value of the '<em><b>Key Resources</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.KeyResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key resources used to create and deliver value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Resources</em>' containment reference list.
	 * @see org.stic.SticPackage#getInternalContour_KeyResources()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyResource> getKeyResources();

	/**
	 * Returns the value of the '<em><b>Key Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.KeyAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key actions the cluster's business needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Actions</em>' containment reference list.
	 * @see org.stic.SticPackage#getInternalContour_KeyActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyAction> getKeyActions();

	/**
	 * Returns the value of the '<em><b>Partnerships</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.Partnership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partnerships with suppliers and partners.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partnerships</em>' containment reference list.
	 * @see org.stic.SticPackage#getInternalContour_Partnerships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Partnership> getPartnerships();

	/**
	 * Returns the value of the '<em><b>Cost Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.CostItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the cluster's cost structure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Items</em>' containment reference list.
	 * @see org.stic.SticPackage#getInternalContour_CostItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<CostItem> getCostItems();

} // InternalContour
