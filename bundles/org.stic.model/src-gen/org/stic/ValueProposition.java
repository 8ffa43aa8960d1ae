/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Proposition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Value proposition (ценностное предложение): a value the cluster offers to one or more segments, addressing their needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.ValueProposition#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.ValueProposition#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.stic.ValueProposition#getKeyActions <em>Key Actions</em>}</li>
 *   <li>{@link org.stic.ValueProposition#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.stic.ValueProposition#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getValueProposition()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='addressesSegment coversNeedsOfItsSegments deliveredByKeyAction'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL addressesSegment='segments-&gt;notEmpty()' coversNeedsOfItsSegments='needs-&gt;forAll(n | segments-&gt;exists(s | s.needs-&gt;includes(n)))' deliveredByKeyAction='keyActions-&gt;notEmpty()'"
 * @generated
 */
public interface ValueProposition extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Segment}.
	 * It is bidirectional and its opposite is '{@link org.stic.Segment#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments this value proposition addresses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.stic.SticPackage#getValueProposition_Segments()
	 * @see org.stic.Segment#getValuePropositions
	 * @model opposite="valuePropositions"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' reference list.
	 * The list contents are of type {@link org.stic.SegmentNeed}.
	 * It is bidirectional and its opposite is '{@link org.stic.SegmentNeed#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment needs this value proposition covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needs</em>' reference list.
	 * @see org.stic.SticPackage#getValueProposition_Needs()
	 * @see org.stic.SegmentNeed#getValuePropositions
	 * @model opposite="valuePropositions"
	 * @generated
	 */
	EList<SegmentNeed> getNeeds();

	/**
	 * Returns the value of the '<em><b>Key Actions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyAction}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyAction#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key actions that deliver this value proposition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Actions</em>' reference list.
	 * @see org.stic.SticPackage#getValueProposition_KeyActions()
	 * @see org.stic.KeyAction#getValuePropositions
	 * @model opposite="valuePropositions" transient="true"
	 * @generated
	 */
	EList<KeyAction> getKeyActions();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Channel}.
	 * It is bidirectional and its opposite is '{@link org.stic.Channel#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels that deliver this value proposition; the opposite of Channel.valuePropositions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.stic.SticPackage#getValueProposition_Channels()
	 * @see org.stic.Channel#getValuePropositions
	 * @model opposite="valuePropositions" transient="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Revenue Streams</b></em>' reference list.
	 * The list contents are of type {@link org.stic.RevenueStream}.
	 * It is bidirectional and its opposite is '{@link org.stic.RevenueStream#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revenue streams this value proposition earns; the opposite of RevenueStream.valuePropositions. A value proposition with none earns the cluster nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue Streams</em>' reference list.
	 * @see org.stic.SticPackage#getValueProposition_RevenueStreams()
	 * @see org.stic.RevenueStream#getValuePropositions
	 * @model opposite="valuePropositions" transient="true"
	 * @generated
	 */
	EList<RevenueStream> getRevenueStreams();

} // ValueProposition
