/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A channel (канал) through which the cluster communicates with and delivers value to its segments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Channel#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.Channel#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.Channel#getValuePropositions <em>Value Propositions</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getChannel()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='servesSegment'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL servesSegment='segments-&gt;notEmpty()'"
 * @generated
 */
public interface Channel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ChannelKind
	 * @see #setKind(ChannelKind)
	 * @see org.stic.SticPackage#getChannel_Kind()
	 * @model
	 * @generated
	 */
	ChannelKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.Channel#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ChannelKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChannelKind value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Segment}.
	 * It is bidirectional and its opposite is '{@link org.stic.Segment#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments this channel serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.stic.SticPackage#getChannel_Segments()
	 * @see org.stic.Segment#getChannels
	 * @model opposite="channels"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Value Propositions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.ValueProposition}.
	 * It is bidirectional and its opposite is '{@link org.stic.ValueProposition#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value propositions this channel delivers (ценностные предложения).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Propositions</em>' reference list.
	 * @see org.stic.SticPackage#getChannel_ValuePropositions()
	 * @see org.stic.ValueProposition#getChannels
	 * @model opposite="channels"
	 * @generated
	 */
	EList<ValueProposition> getValuePropositions();

} // Channel
