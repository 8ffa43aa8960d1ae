/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link of the network interaction (взаимодействие) between two participants: cooperation, supply, joint R&D, knowledge transfer, financing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Interaction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.Interaction#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.stic.Interaction#getIntensity <em>Intensity</em>}</li>
 *   <li>{@link org.stic.Interaction#getSource <em>Source</em>}</li>
 *   <li>{@link org.stic.Interaction#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getInteraction()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='linksDifferentParticipants hasBothEnds'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL linksDifferentParticipants='source.oclIsUndefined() or target.oclIsUndefined() or source &lt;&gt; target' hasBothEnds='not source.oclIsUndefined() and not target.oclIsUndefined()'"
 * @generated
 */
public interface Interaction extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.InteractionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What flows between the two participants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.InteractionKind
	 * @see #setKind(InteractionKind)
	 * @see org.stic.SticPackage#getInteraction_Kind()
	 * @model
	 * @generated
	 */
	InteractionKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.Interaction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.InteractionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InteractionKind value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.InteractionDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the interaction goes one way (source to target) or both ways.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.stic.InteractionDirection
	 * @see #setDirection(InteractionDirection)
	 * @see org.stic.SticPackage#getInteraction_Direction()
	 * @model
	 * @generated
	 */
	InteractionDirection getDirection();

	/**
	 * Sets the value of the '{@link org.stic.Interaction#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.stic.InteractionDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(InteractionDirection value);

	/**
	 * Returns the value of the '<em><b>Intensity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.InteractionIntensity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How intense the interaction is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intensity</em>' attribute.
	 * @see org.stic.InteractionIntensity
	 * @see #setIntensity(InteractionIntensity)
	 * @see org.stic.SticPackage#getInteraction_Intensity()
	 * @model
	 * @generated
	 */
	InteractionIntensity getIntensity();

	/**
	 * Sets the value of the '{@link org.stic.Interaction#getIntensity <em>Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intensity</em>' attribute.
	 * @see org.stic.InteractionIntensity
	 * @see #getIntensity()
	 * @generated
	 */
	void setIntensity(InteractionIntensity value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.stic.Participant#getOutgoingInteractions <em>Outgoing Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participant the interaction starts at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Participant)
	 * @see org.stic.SticPackage#getInteraction_Source()
	 * @see org.stic.Participant#getOutgoingInteractions
	 * @model opposite="outgoingInteractions" required="true"
	 * @generated
	 */
	Participant getSource();

	/**
	 * Sets the value of the '{@link org.stic.Interaction#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Participant value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.stic.Participant#getIncomingInteractions <em>Incoming Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participant the interaction ends at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Participant)
	 * @see org.stic.SticPackage#getInteraction_Target()
	 * @see org.stic.Participant#getIncomingInteractions
	 * @model opposite="incomingInteractions" required="true"
	 * @generated
	 */
	Participant getTarget();

	/**
	 * Sets the value of the '{@link org.stic.Interaction#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Participant value);

} // Interaction
