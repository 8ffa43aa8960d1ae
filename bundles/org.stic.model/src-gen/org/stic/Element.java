/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element of a cluster model (элемент): anything a cluster model holds. Carries free documentation text for the people who read the model, the citation of its facts (where they come from) and whether it is illustrative.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Element#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stic.Element#getCitation <em>Citation</em>}</li>
 *   <li>{@link org.stic.Element#isIllustrative <em>Illustrative</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text that explains the element: its meaning for the cluster, sources, assumptions. Shown as a tooltip in diagrams and as documentation in reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stic.SticPackage#getElement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stic.Element#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Citation (источник сведений): where the element's facts come from: a citation of a document or an address (URL) with its access date. Empty for an element that states no fact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citation</em>' attribute.
	 * @see #setCitation(String)
	 * @see org.stic.SticPackage#getElement_Citation()
	 * @model
	 * @generated
	 */
	String getCitation();

	/**
	 * Sets the value of the '{@link org.stic.Element#getCitation <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation</em>' attribute.
	 * @see #getCitation()
	 * @generated
	 */
	void setCitation(String value);

	/**
	 * Returns the value of the '<em><b>Illustrative</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Illustrative (иллюстративный элемент): true when the element is invented to illustrate the method and is not a sourced fact about a real organisation; reports and findings say so. False by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Illustrative</em>' attribute.
	 * @see #setIllustrative(boolean)
	 * @see org.stic.SticPackage#getElement_Illustrative()
	 * @model default="false"
	 * @generated
	 */
	boolean isIllustrative();

	/**
	 * Sets the value of the '{@link org.stic.Element#isIllustrative <em>Illustrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Illustrative</em>' attribute.
	 * @see #isIllustrative()
	 * @generated
	 */
	void setIllustrative(boolean value);

} // Element
