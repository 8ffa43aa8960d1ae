/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Participant (участник кластера): an organisation that takes part in the cluster. Its roles say whether it consumes the cluster's value (an innovation generator), supplies resources, partners in actions or coordinates the cluster.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Participant#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.Participant#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.stic.Participant#getLocation <em>Location</em>}</li>
 *   <li>{@link org.stic.Participant#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.Participant#getPerformedActions <em>Performed Actions</em>}</li>
 *   <li>{@link org.stic.Participant#getProvidedResources <em>Provided Resources</em>}</li>
 *   <li>{@link org.stic.Participant#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.Participant#getOutgoingInteractions <em>Outgoing Interactions</em>}</li>
 *   <li>{@link org.stic.Participant#getIncomingInteractions <em>Incoming Interactions</em>}</li>
 *   <li>{@link org.stic.Participant#getMembership <em>Membership</em>}</li>
 *   <li>{@link org.stic.Participant#getPaidRevenueStreams <em>Paid Revenue Streams</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getParticipant()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='notIsolated hasRole'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL notIsolated='outgoingInteractions-&gt;notEmpty() or incomingInteractions-&gt;notEmpty()' hasRole='roles-&gt;notEmpty()'"
 * @generated
 */
public interface Participant extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.ParticipantKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of organisation the participant is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ParticipantKind
	 * @see #setKind(ParticipantKind)
	 * @see org.stic.SticPackage#getParticipant_Kind()
	 * @model
	 * @generated
	 */
	ParticipantKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.Participant#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.ParticipantKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ParticipantKind value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link org.stic.ParticipantRole}.
	 * The literals are from the enumeration {@link org.stic.ParticipantRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roles the participant plays in the cluster's business model; a participant may play several.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.stic.ParticipantRole
	 * @see org.stic.SticPackage#getParticipant_Roles()
	 * @model
	 * @generated
	 */
	EList<ParticipantRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the participant is located (town, site).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.stic.SticPackage#getParticipant_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.stic.Participant#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Segment}.
	 * It is bidirectional and its opposite is '{@link org.stic.Segment#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The consumer segments the participant belongs to; only members of the cluster belong to segments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.stic.SticPackage#getParticipant_Segments()
	 * @see org.stic.Segment#getMembers
	 * @model opposite="members" transient="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Performed Actions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyAction}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyAction#getPerformers <em>Performers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key actions this participant performs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performed Actions</em>' reference list.
	 * @see org.stic.SticPackage#getParticipant_PerformedActions()
	 * @see org.stic.KeyAction#getPerformers
	 * @model opposite="performers" transient="true"
	 * @generated
	 */
	EList<KeyAction> getPerformedActions();

	/**
	 * Returns the value of the '<em><b>Provided Resources</b></em>' reference list.
	 * The list contents are of type {@link org.stic.KeyResource}.
	 * It is bidirectional and its opposite is '{@link org.stic.KeyResource#getProviders <em>Providers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key resources this participant provides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provided Resources</em>' reference list.
	 * @see org.stic.SticPackage#getParticipant_ProvidedResources()
	 * @see org.stic.KeyResource#getProviders
	 * @model opposite="providers" transient="true"
	 * @generated
	 */
	EList<KeyResource> getProvidedResources();

	/**
	 * Returns the value of the '<em><b>Partnerships</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Partnership}.
	 * It is bidirectional and its opposite is '{@link org.stic.Partnership#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partnerships this participant is a partner in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partnerships</em>' reference list.
	 * @see org.stic.SticPackage#getParticipant_Partnerships()
	 * @see org.stic.Partnership#getPartners
	 * @model opposite="partners" transient="true"
	 * @generated
	 */
	EList<Partnership> getPartnerships();

	/**
	 * Returns the value of the '<em><b>Outgoing Interactions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Interaction}.
	 * It is bidirectional and its opposite is '{@link org.stic.Interaction#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interactions that start at this participant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outgoing Interactions</em>' reference list.
	 * @see org.stic.SticPackage#getParticipant_OutgoingInteractions()
	 * @see org.stic.Interaction#getSource
	 * @model opposite="source" transient="true"
	 * @generated
	 */
	EList<Interaction> getOutgoingInteractions();

	/**
	 * Returns the value of the '<em><b>Incoming Interactions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Interaction}.
	 * It is bidirectional and its opposite is '{@link org.stic.Interaction#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interactions that end at this participant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Incoming Interactions</em>' reference list.
	 * @see org.stic.SticPackage#getParticipant_IncomingInteractions()
	 * @see org.stic.Interaction#getTarget
	 * @model opposite="target" transient="true"
	 * @generated
	 */
	EList<Interaction> getIncomingInteractions();

	/**
	 * Returns the value of the '<em><b>Membership</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.Membership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership (членство): whether the participant is a cluster member or an external party (a payer, supplier or partner outside the cluster). Consumer segments hold members only. 1.0 files, where every participant was a member, get MEMBER on migration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership</em>' attribute.
	 * @see org.stic.Membership
	 * @see #setMembership(Membership)
	 * @see org.stic.SticPackage#getParticipant_Membership()
	 * @model
	 * @generated
	 */
	Membership getMembership();

	/**
	 * Sets the value of the '{@link org.stic.Participant#getMembership <em>Membership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership</em>' attribute.
	 * @see org.stic.Membership
	 * @see #getMembership()
	 * @generated
	 */
	void setMembership(Membership value);

	/**
	 * Returns the value of the '<em><b>Paid Revenue Streams</b></em>' reference list.
	 * The list contents are of type {@link org.stic.RevenueStream}.
	 * It is bidirectional and its opposite is '{@link org.stic.RevenueStream#getPayers <em>Payers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revenue streams this participant pays (оплачиваемые потоки доходов); the opposite of RevenueStream.payers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paid Revenue Streams</em>' reference list.
	 * @see org.stic.SticPackage#getParticipant_PaidRevenueStreams()
	 * @see org.stic.RevenueStream#getPayers
	 * @model opposite="payers" transient="true"
	 * @generated
	 */
	EList<RevenueStream> getPaidRevenueStreams();

} // Participant
