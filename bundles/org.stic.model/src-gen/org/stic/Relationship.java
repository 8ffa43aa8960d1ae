/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of relationship (взаимоотношения) the cluster forms and keeps with a segment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Relationship#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.Relationship#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getRelationship()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='withSegment'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL withSegment='segments-&gt;notEmpty()'"
 * @generated
 */
public interface Relationship extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.RelationshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of relationship.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.RelationshipKind
	 * @see #setKind(RelationshipKind)
	 * @see org.stic.SticPackage#getRelationship_Kind()
	 * @model
	 * @generated
	 */
	RelationshipKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.Relationship#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.RelationshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationshipKind value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Segment}.
	 * It is bidirectional and its opposite is '{@link org.stic.Segment#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments this relationship is formed with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.stic.SticPackage#getRelationship_Segments()
	 * @see org.stic.Segment#getRelationships
	 * @model opposite="relationships"
	 * @generated
	 */
	EList<Segment> getSegments();

} // Relationship
