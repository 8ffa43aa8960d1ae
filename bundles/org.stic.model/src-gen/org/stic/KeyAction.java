/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key action (ключевое действие) (key activity) the cluster must perform for its business to function, supported by key resources and delivering value propositions. A key action with no supporting resource is a gap in the cluster's readiness (rule INT-001).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.KeyAction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.KeyAction#getStatus <em>Status</em>}</li>
 *   <li>{@link org.stic.KeyAction#getAvailableFrom <em>Available From</em>}</li>
 *   <li>{@link org.stic.KeyAction#getPerformers <em>Performers</em>}</li>
 *   <li>{@link org.stic.KeyAction#getSupportingResources <em>Supporting Resources</em>}</li>
 *   <li>{@link org.stic.KeyAction#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.KeyAction#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.KeyAction#getCostItems <em>Cost Items</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getKeyAction()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasSupportingResource deliversValueProposition hasPerformer'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL hasSupportingResource='supportingResources-&gt;notEmpty()' deliversValueProposition='valuePropositions-&gt;notEmpty()' hasPerformer='performers-&gt;notEmpty() or partnerships-&gt;notEmpty()'"
 * @generated
 */
public interface KeyAction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.ActionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ActionKind
	 * @see #setKind(ActionKind)
	 * @see org.stic.SticPackage#getKeyAction_Kind()
	 * @model
	 * @generated
	 */
	ActionKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.KeyAction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ActionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActionKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.AvailabilityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the action is performed, planned or missing (наличие). 1.0 files get AVAILABLE on migration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.stic.AvailabilityStatus
	 * @see #setStatus(AvailabilityStatus)
	 * @see org.stic.SticPackage#getKeyAction_Status()
	 * @model
	 * @generated
	 */
	AvailabilityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.stic.KeyAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.stic.AvailabilityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AvailabilityStatus value);

	/**
	 * Returns the value of the '<em><b>Available From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year a planned action starts (доступно с года).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Available From</em>' attribute.
	 * @see #setAvailableFrom(Integer)
	 * @see org.stic.SticPackage#getKeyAction_AvailableFrom()
	 * @model
	 * @generated
	 */
	Integer getAvailableFrom();

	/**
	 * Sets the value of the '{@link org.stic.KeyAction#getAvailableFrom <em>Available From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available From</em>' attribute.
	 * @see #getAvailableFrom()
	 * @generated
	 */
	void setAvailableFrom(Integer value);

	/**
	 * Returns the value of the '<em><b>Performers</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Participant}.
	 * It is bidirectional and its opposite is '{@link org.stic.Participant#getPerformedActions <em>Performed Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participants that perform this action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performers</em>' reference list.
	 * @see org.stic.SticPackage#getKeyAction_Performers()
	 * @see org.stic.Participant#getPerformedActions
	 * @model opposite="performedActions"
	 * @generated
	 */
	EList<Participant> getPerformers();

	/**
	 * Returns the value of the '<em><b>Supporting Resources</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyResource}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyResource#getSupportedActions <em>Supported Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key resources that support this action. An action with none is a readiness gap (rule INT-001).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supporting Resources</em>' reference list.
	 * @see org.stic.SticPackage#getKeyAction_SupportingResources()
	 * @see org.stic.KeyResource#getSupportedActions
	 * @model opposite="supportedActions"
	 * @generated
	 */
	EList<KeyResource> getSupportingResources();

	/**
	 * Returns the value of the '<em><b>Value Propositions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.ValueProposition}.
	 * It is bidirectional and its opposite is '{@link org.stic.ValueProposition#getKeyActions <em>Key Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value propositions this action delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Propositions</em>' reference list.
	 * @see org.stic.SticPackage#getKeyAction_ValuePropositions()
	 * @see org.stic.ValueProposition#getKeyActions
	 * @model opposite="keyActions"
	 * @generated
	 */
	EList<ValueProposition> getValuePropositions();

	/**
	 * Returns the value of the '<em><b>Partnerships</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Partnership}.
	 * It is bidirectional and its opposite is '{@link org.stic.Partnership#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partnerships through which this action is performed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partnerships</em>' reference list.
	 * @see org.stic.SticPackage#getKeyAction_Partnerships()
	 * @see org.stic.Partnership#getActions
	 * @model opposite="actions" transient="true"
	 * @generated
	 */
	EList<Partnership> getPartnerships();

	/**
	 * Returns the value of the '<em><b>Cost Items</b></em>' reference list.
	 * The list contents are of type {@link org.stic.CostItem}.
	 * It is bidirectional and its opposite is '{@link org.stic.CostItem#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cost items this action causes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Items</em>' reference list.
	 * @see org.stic.SticPackage#getKeyAction_CostItems()
	 * @see org.stic.CostItem#getActions
	 * @model opposite="actions" transient="true"
	 * @generated
	 */
	EList<CostItem> getCostItems();

} // KeyAction
