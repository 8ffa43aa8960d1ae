/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Contour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The external contour (внешний контур) of the business model, focused on the consumer: the segmentation of the innovation-generating participants, the value the cluster proposes to them, the channels and relationships that reach them, and the cluster's revenue streams.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.ExternalContour#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.ExternalContour#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.ExternalContour#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.stic.ExternalContour#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.stic.ExternalContour#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getExternalContour()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueExternalNames'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL uniqueExternalNames='segments-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name) and valuePropositions-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name) and channels-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name) and relationships-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name) and revenueStreams-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name)'"
 * @generated
 */
public interface ExternalContour extends Contour {
	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The consumer segments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.stic.SticPackage#getExternalContour_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Value Propositions</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.ValueProposition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value propositions the cluster offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Propositions</em>' containment reference list.
	 * @see org.stic.SticPackage#getExternalContour_ValuePropositions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueProposition> getValuePropositions();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels through which the cluster reaches its segments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.stic.SticPackage#getExternalContour_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kinds of relationship the cluster forms with its segments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.stic.SticPackage#getExternalContour_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Revenue Streams</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.RevenueStream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster's revenue streams.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue Streams</em>' containment reference list.
	 * @see org.stic.SticPackage#getExternalContour_RevenueStreams()
	 * @model containment="true"
	 * @generated
	 */
	EList<RevenueStream> getRevenueStreams();

} // ExternalContour
