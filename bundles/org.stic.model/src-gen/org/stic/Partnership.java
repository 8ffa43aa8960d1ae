/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partnership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A partnership (партнерство) with suppliers and partners who provide key resources or perform key actions for the cluster.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Partnership#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.Partnership#getContribution <em>Contribution</em>}</li>
 *   <li>{@link org.stic.Partnership#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.stic.Partnership#getResources <em>Resources</em>}</li>
 *   <li>{@link org.stic.Partnership#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getPartnership()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasPartner contributes'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL hasPartner='partners-&gt;notEmpty()' contributes='resources-&gt;notEmpty() or actions-&gt;notEmpty()'"
 * @generated
 */
public interface Partnership extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.PartnershipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of partnership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.PartnershipKind
	 * @see #setKind(PartnershipKind)
	 * @see org.stic.SticPackage#getPartnership_Kind()
	 * @model
	 * @generated
	 */
	PartnershipKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.Partnership#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.PartnershipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PartnershipKind value);

	/**
	 * Returns the value of the '<em><b>Contribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the partners provide, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contribution</em>' attribute.
	 * @see #setContribution(String)
	 * @see org.stic.SticPackage#getPartnership_Contribution()
	 * @model
	 * @generated
	 */
	String getContribution();

	/**
	 * Sets the value of the '{@link org.stic.Partnership#getContribution <em>Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contribution</em>' attribute.
	 * @see #getContribution()
	 * @generated
	 */
	void setContribution(String value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Participant}.
	 * It is bidirectional and its opposite is '{@link org.stic.Participant#getPartnerships <em>Partnerships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participants who are partners or suppliers in this partnership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.stic.SticPackage#getPartnership_Partners()
	 * @see org.stic.Participant#getPartnerships
	 * @model opposite="partnerships"
	 * @generated
	 */
	EList<Participant> getPartners();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyResource}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyResource#getPartnerships <em>Partnerships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key resources this partnership provides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' reference list.
	 * @see org.stic.SticPackage#getPartnership_Resources()
	 * @see org.stic.KeyResource#getPartnerships
	 * @model opposite="partnerships"
	 * @generated
	 */
	EList<KeyResource> getResources();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyAction}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyAction#getPartnerships <em>Partnerships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key actions this partnership performs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.stic.SticPackage#getPartnership_Actions()
	 * @see org.stic.KeyAction#getPartnerships
	 * @model opposite="partnerships"
	 * @generated
	 */
	EList<KeyAction> getActions();

} // Partnership
