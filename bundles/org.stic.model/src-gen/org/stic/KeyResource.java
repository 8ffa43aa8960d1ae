/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key resource (ключевой ресурс) the cluster uses to create and deliver value to its consumers, with the participants or partnerships that provide it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.KeyResource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.KeyResource#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.stic.KeyResource#getCapacityUnit <em>Capacity Unit</em>}</li>
 *   <li>{@link org.stic.KeyResource#getCapacityNote <em>Capacity Note</em>}</li>
 *   <li>{@link org.stic.KeyResource#getStatus <em>Status</em>}</li>
 *   <li>{@link org.stic.KeyResource#getAvailableFrom <em>Available From</em>}</li>
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
	 * How much of the resource there is (мощность), in capacityUnit, e.g. 2,000 m² of clean rooms or 40 researchers. Compared with the demand of the needs that rely on the resource when the units are the same.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(BigDecimal)
	 * @see org.stic.SticPackage#getKeyResource_Capacity()
	 * @model
	 * @generated
	 */
	BigDecimal getCapacity();

	/**
	 * Sets the value of the '{@link org.stic.KeyResource#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Capacity Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.QuantityUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the capacity (единица измерения мощности).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity Unit</em>' attribute.
	 * @see org.stic.QuantityUnit
	 * @see #setCapacityUnit(QuantityUnit)
	 * @see org.stic.SticPackage#getKeyResource_CapacityUnit()
	 * @model
	 * @generated
	 */
	QuantityUnit getCapacityUnit();

	/**
	 * Sets the value of the '{@link org.stic.KeyResource#getCapacityUnit <em>Capacity Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Unit</em>' attribute.
	 * @see org.stic.QuantityUnit
	 * @see #getCapacityUnit()
	 * @generated
	 */
	void setCapacityUnit(QuantityUnit value);

	/**
	 * Returns the value of the '<em><b>Capacity Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The capacity in words (примечание о мощности), for what the number does not say. 1.0 files, where capacity was free text, get that text here on migration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity Note</em>' attribute.
	 * @see #setCapacityNote(String)
	 * @see org.stic.SticPackage#getKeyResource_CapacityNote()
	 * @model
	 * @generated
	 */
	String getCapacityNote();

	/**
	 * Sets the value of the '{@link org.stic.KeyResource#getCapacityNote <em>Capacity Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Note</em>' attribute.
	 * @see #getCapacityNote()
	 * @generated
	 */
	void setCapacityNote(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.AvailabilityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the resource exists, is planned or is missing (наличие). 1.0 files, which treated every resource as existing, get AVAILABLE on migration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.stic.AvailabilityStatus
	 * @see #setStatus(AvailabilityStatus)
	 * @see org.stic.SticPackage#getKeyResource_Status()
	 * @model
	 * @generated
	 */
	AvailabilityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.stic.KeyResource#getStatus <em>Status</em>}' attribute.
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
	 * The year a planned resource becomes available (доступно с года).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Available From</em>' attribute.
	 * @see #setAvailableFrom(Integer)
	 * @see org.stic.SticPackage#getKeyResource_AvailableFrom()
	 * @model
	 * @generated
	 */
	Integer getAvailableFrom();

	/**
	 * Sets the value of the '{@link org.stic.KeyResource#getAvailableFrom <em>Available From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available From</em>' attribute.
	 * @see #getAvailableFrom()
	 * @generated
	 */
	void setAvailableFrom(Integer value);

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
