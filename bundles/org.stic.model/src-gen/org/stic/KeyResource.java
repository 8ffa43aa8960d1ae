/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key resource the cluster uses to create and deliver value to its consumers, with the participants or partnerships that provide it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.KeyResource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.KeyResource#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.stic.KeyResource#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.stic.KeyResource#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.KeyResource#getSupportedActions <em>Supported Actions</em>}</li>
 *   <li>{@link org.stic.KeyResource#getCostItems <em>Cost Items</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getKeyResource()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='supportsAction hasProvider'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL supportsAction='supportedActions-&gt;notEmpty()' hasProvider='providers-&gt;notEmpty() or partnerships-&gt;notEmpty()'"
 * @generated
 */
public interface KeyResource extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.ResourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of resource.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ResourceKind
	 * @see #setKind(ResourceKind)
	 * @see org.stic.SticPackage#getKeyResource_Kind()
	 * @model
	 * @generated
	 */
	ResourceKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.KeyResource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ResourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ResourceKind value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much of the resource there is, in the unit that suits it (e.g. '2,000 m2 of clean rooms', '40 researchers').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(String)
	 * @see org.stic.SticPackage#getKeyResource_Capacity()
	 * @model
	 * @generated
	 */
	String getCapacity();

	/**
	 * Sets the value of the '{@link org.stic.KeyResource#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(String value);

	/**
	 * Returns the value of the '<em><b>Providers</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Participant}.
	 * It is bidirectional and its opposite is '{@link org.stic.Participant#getProvidedResources <em>Provided Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participants that provide this resource.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Providers</em>' reference list.
	 * @see org.stic.SticPackage#getKeyResource_Providers()
	 * @see org.stic.Participant#getProvidedResources
	 * @model opposite="providedResources"
	 * @generated
	 */
	EList<Participant> getProviders();

	/**
	 * Returns the value of the '<em><b>Partnerships</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Partnership}.
	 * It is bidirectional and its opposite is '{@link org.stic.Partnership#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partnerships through which this resource is provided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partnerships</em>' reference list.
	 * @see org.stic.SticPackage#getKeyResource_Partnerships()
	 * @see org.stic.Partnership#getResources
	 * @model opposite="resources" transient="true"
	 * @generated
	 */
	EList<Partnership> getPartnerships();

	/**
	 * Returns the value of the '<em><b>Supported Actions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyAction}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyAction#getSupportingResources <em>Supporting Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key actions this resource supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supported Actions</em>' reference list.
	 * @see org.stic.SticPackage#getKeyResource_SupportedActions()
	 * @see org.stic.KeyAction#getSupportingResources
	 * @model opposite="supportingResources" transient="true"
	 * @generated
	 */
	EList<KeyAction> getSupportedActions();

	/**
	 * Returns the value of the '<em><b>Cost Items</b></em>' reference list.
	 * The list contents are of type {@link org.stic.CostItem}.
	 * It is bidirectional and its opposite is '{@link org.stic.CostItem#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cost items this resource causes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Items</em>' reference list.
	 * @see org.stic.SticPackage#getKeyResource_CostItems()
	 * @see org.stic.CostItem#getResources
	 * @model opposite="resources" transient="true"
	 * @generated
	 */
	EList<CostItem> getCostItems();

} // KeyResource
