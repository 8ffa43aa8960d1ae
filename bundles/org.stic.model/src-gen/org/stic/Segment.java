/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A segment (сегмент) of the cluster's consumers: innovation-generating participants grouped by common criteria and needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Segment#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.stic.Segment#getMembers <em>Members</em>}</li>
 *   <li>{@link org.stic.Segment#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.stic.Segment#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.Segment#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.stic.Segment#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.stic.Segment#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getSegment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='addressedByValueProposition hasChannel hasRelationship membersGenerateInnovation hasMember hasNeed uniqueNeedNames'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL addressedByValueProposition='valuePropositions-&gt;notEmpty()' hasChannel='channels-&gt;notEmpty()' hasRelationship='relationships-&gt;notEmpty()' membersGenerateInnovation='members-&gt;forAll(m | m.roles-&gt;includes(ParticipantRole::INNOVATION_GENERATOR))' hasMember='members-&gt;notEmpty()' hasNeed='needs-&gt;notEmpty()' uniqueNeedNames='needs-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name)'"
 * @generated
 */
public interface Segment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criteria that define the segment (size, technology, stage of development ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute.
	 * @see #setCriteria(String)
	 * @see org.stic.SticPackage#getSegment_Criteria()
	 * @model
	 * @generated
	 */
	String getCriteria();

	/**
	 * Sets the value of the '{@link org.stic.Segment#getCriteria <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' attribute.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Participant}.
	 * It is bidirectional and its opposite is '{@link org.stic.Participant#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participants that belong to the segment; they should be innovation generators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.stic.SticPackage#getSegment_Members()
	 * @see org.stic.Participant#getSegments
	 * @model opposite="segments"
	 * @generated
	 */
	EList<Participant> getMembers();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.SegmentNeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The needs and requirements of the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needs</em>' containment reference list.
	 * @see org.stic.SticPackage#getSegment_Needs()
	 * @model containment="true"
	 * @generated
	 */
	EList<SegmentNeed> getNeeds();

	/**
	 * Returns the value of the '<em><b>Value Propositions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.ValueProposition}.
	 * It is bidirectional and its opposite is '{@link org.stic.ValueProposition#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value propositions addressing this segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Propositions</em>' reference list.
	 * @see org.stic.SticPackage#getSegment_ValuePropositions()
	 * @see org.stic.ValueProposition#getSegments
	 * @model opposite="segments" transient="true"
	 * @generated
	 */
	EList<ValueProposition> getValuePropositions();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Channel}.
	 * It is bidirectional and its opposite is '{@link org.stic.Channel#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels that serve this segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.stic.SticPackage#getSegment_Channels()
	 * @see org.stic.Channel#getSegments
	 * @model opposite="segments" transient="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Relationship}.
	 * It is bidirectional and its opposite is '{@link org.stic.Relationship#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relationships formed with this segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationships</em>' reference list.
	 * @see org.stic.SticPackage#getSegment_Relationships()
	 * @see org.stic.Relationship#getSegments
	 * @model opposite="segments" transient="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Revenue Streams</b></em>' reference list.
	 * The list contents are of type {@link org.stic.RevenueStream}.
	 * It is bidirectional and its opposite is '{@link org.stic.RevenueStream#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revenue streams that benefit this segment (see RevenueStream.segments).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue Streams</em>' reference list.
	 * @see org.stic.SticPackage#getSegment_RevenueStreams()
	 * @see org.stic.RevenueStream#getSegments
	 * @model opposite="segments" transient="true"
	 * @generated
	 */
	EList<RevenueStream> getRevenueStreams();

} // Segment
