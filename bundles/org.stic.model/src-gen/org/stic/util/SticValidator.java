/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.stic.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.stic.SticPackage
 * @generated
 */
public class SticValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SticValidator INSTANCE = new SticValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.stic";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SticValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return SticPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case SticPackage.ELEMENT:
				return validateElement((Element)value, diagnostics, context);
			case SticPackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case SticPackage.CLUSTER:
				return validateCluster((Cluster)value, diagnostics, context);
			case SticPackage.PARTICIPANT:
				return validateParticipant((Participant)value, diagnostics, context);
			case SticPackage.INTERACTION:
				return validateInteraction((Interaction)value, diagnostics, context);
			case SticPackage.CONTOUR:
				return validateContour((Contour)value, diagnostics, context);
			case SticPackage.EXTERNAL_CONTOUR:
				return validateExternalContour((ExternalContour)value, diagnostics, context);
			case SticPackage.INTERNAL_CONTOUR:
				return validateInternalContour((InternalContour)value, diagnostics, context);
			case SticPackage.SEGMENT:
				return validateSegment((Segment)value, diagnostics, context);
			case SticPackage.SEGMENT_NEED:
				return validateSegmentNeed((SegmentNeed)value, diagnostics, context);
			case SticPackage.VALUE_PROPOSITION:
				return validateValueProposition((ValueProposition)value, diagnostics, context);
			case SticPackage.CHANNEL:
				return validateChannel((Channel)value, diagnostics, context);
			case SticPackage.RELATIONSHIP:
				return validateRelationship((Relationship)value, diagnostics, context);
			case SticPackage.MONETARY_ELEMENT:
				return validateMonetaryElement((MonetaryElement)value, diagnostics, context);
			case SticPackage.REVENUE_STREAM:
				return validateRevenueStream((RevenueStream)value, diagnostics, context);
			case SticPackage.KEY_RESOURCE:
				return validateKeyResource((KeyResource)value, diagnostics, context);
			case SticPackage.KEY_ACTION:
				return validateKeyAction((KeyAction)value, diagnostics, context);
			case SticPackage.PARTNERSHIP:
				return validatePartnership((Partnership)value, diagnostics, context);
			case SticPackage.COST_ITEM:
				return validateCostItem((CostItem)value, diagnostics, context);
			case SticPackage.INDICATOR:
				return validateIndicator((Indicator)value, diagnostics, context);
			case SticPackage.DEVELOPMENT_STAGE:
				return validateDevelopmentStage((DevelopmentStage)value, diagnostics, context);
			case SticPackage.PARTICIPANT_KIND:
				return validateParticipantKind((ParticipantKind)value, diagnostics, context);
			case SticPackage.PARTICIPANT_ROLE:
				return validateParticipantRole((ParticipantRole)value, diagnostics, context);
			case SticPackage.INTERACTION_KIND:
				return validateInteractionKind((InteractionKind)value, diagnostics, context);
			case SticPackage.INTERACTION_DIRECTION:
				return validateInteractionDirection((InteractionDirection)value, diagnostics, context);
			case SticPackage.INTERACTION_INTENSITY:
				return validateInteractionIntensity((InteractionIntensity)value, diagnostics, context);
			case SticPackage.PRIORITY:
				return validatePriority((Priority)value, diagnostics, context);
			case SticPackage.CHANNEL_KIND:
				return validateChannelKind((ChannelKind)value, diagnostics, context);
			case SticPackage.RELATIONSHIP_KIND:
				return validateRelationshipKind((RelationshipKind)value, diagnostics, context);
			case SticPackage.REVENUE_KIND:
				return validateRevenueKind((RevenueKind)value, diagnostics, context);
			case SticPackage.RESOURCE_KIND:
				return validateResourceKind((ResourceKind)value, diagnostics, context);
			case SticPackage.ACTION_KIND:
				return validateActionKind((ActionKind)value, diagnostics, context);
			case SticPackage.PARTNERSHIP_KIND:
				return validatePartnershipKind((PartnershipKind)value, diagnostics, context);
			case SticPackage.COST_KIND:
				return validateCostKind((CostKind)value, diagnostics, context);
			case SticPackage.MEMBERSHIP:
				return validateMembership((Membership)value, diagnostics, context);
			case SticPackage.AVAILABILITY_STATUS:
				return validateAvailabilityStatus((AvailabilityStatus)value, diagnostics, context);
			case SticPackage.QUANTITY_UNIT:
				return validateQuantityUnit((QuantityUnit)value, diagnostics, context);
			case SticPackage.AMOUNT_PERIOD:
				return validateAmountPeriod((AmountPeriod)value, diagnostics, context);
			case SticPackage.COST_NATURE:
				return validateCostNature((CostNature)value, diagnostics, context);
			case SticPackage.TARGET_DIRECTION:
				return validateTargetDirection((TargetDirection)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateElement(Element element, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(element, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(namedElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(namedElement, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the hasName constraint of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String NAMED_ELEMENT__HAS_NAME__EEXPRESSION = "not name.oclIsUndefined() and name.size() > 0";

	/**
	 * Validates the hasName constraint of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement_hasName(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.NAMED_ELEMENT,
				 namedElement,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasName",
				 NAMED_ELEMENT__HAS_NAME__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCluster(Cluster cluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cluster, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateCluster_hasCoordinator(cluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateCluster_uniqueNames(cluster, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the hasCoordinator constraint of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String CLUSTER__HAS_COORDINATOR__EEXPRESSION = "participants->exists(p | p.roles->includes(ParticipantRole::COORDINATOR))";

	/**
	 * Validates the hasCoordinator constraint of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCluster_hasCoordinator(Cluster cluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.CLUSTER,
				 cluster,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasCoordinator",
				 CLUSTER__HAS_COORDINATOR__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the uniqueNames constraint of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String CLUSTER__UNIQUE_NAMES__EEXPRESSION = "participants->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)";

	/**
	 * Validates the uniqueNames constraint of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCluster_uniqueNames(Cluster cluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.CLUSTER,
				 cluster,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "uniqueNames",
				 CLUSTER__UNIQUE_NAMES__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipant(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(participant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_notIsolated(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_hasRole(participant, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the notIsolated constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String PARTICIPANT__NOT_ISOLATED__EEXPRESSION = "outgoingInteractions->notEmpty() or incomingInteractions->notEmpty()";

	/**
	 * Validates the notIsolated constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipant_notIsolated(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.PARTICIPANT,
				 participant,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "notIsolated",
				 PARTICIPANT__NOT_ISOLATED__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasRole constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String PARTICIPANT__HAS_ROLE__EEXPRESSION = "roles->notEmpty()";

	/**
	 * Validates the hasRole constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipant_hasRole(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.PARTICIPANT,
				 participant,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasRole",
				 PARTICIPANT__HAS_ROLE__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteraction(Interaction interaction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(interaction, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validateInteraction_linksDifferentParticipants(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validateInteraction_hasBothEnds(interaction, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the linksDifferentParticipants constraint of '<em>Interaction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String INTERACTION__LINKS_DIFFERENT_PARTICIPANTS__EEXPRESSION = "source.oclIsUndefined() or target.oclIsUndefined() or source <> target";

	/**
	 * Validates the linksDifferentParticipants constraint of '<em>Interaction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteraction_linksDifferentParticipants(Interaction interaction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.INTERACTION,
				 interaction,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "linksDifferentParticipants",
				 INTERACTION__LINKS_DIFFERENT_PARTICIPANTS__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasBothEnds constraint of '<em>Interaction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String INTERACTION__HAS_BOTH_ENDS__EEXPRESSION = "not source.oclIsUndefined() and not target.oclIsUndefined()";

	/**
	 * Validates the hasBothEnds constraint of '<em>Interaction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteraction_hasBothEnds(Interaction interaction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.INTERACTION,
				 interaction,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasBothEnds",
				 INTERACTION__HAS_BOTH_ENDS__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContour(Contour contour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contour, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExternalContour(ExternalContour externalContour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(externalContour, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(externalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validateExternalContour_uniqueExternalNames(externalContour, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the uniqueExternalNames constraint of '<em>External Contour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String EXTERNAL_CONTOUR__UNIQUE_EXTERNAL_NAMES__EEXPRESSION = "segments->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and valuePropositions->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and channels->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and relationships->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and revenueStreams->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)";

	/**
	 * Validates the uniqueExternalNames constraint of '<em>External Contour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExternalContour_uniqueExternalNames(ExternalContour externalContour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.EXTERNAL_CONTOUR,
				 externalContour,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "uniqueExternalNames",
				 EXTERNAL_CONTOUR__UNIQUE_EXTERNAL_NAMES__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInternalContour(InternalContour internalContour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(internalContour, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(internalContour, diagnostics, context);
		if (result || diagnostics != null) result &= validateInternalContour_uniqueInternalNames(internalContour, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the uniqueInternalNames constraint of '<em>Internal Contour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String INTERNAL_CONTOUR__UNIQUE_INTERNAL_NAMES__EEXPRESSION = "keyResources->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and keyActions->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and partnerships->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and costItems->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)";

	/**
	 * Validates the uniqueInternalNames constraint of '<em>Internal Contour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInternalContour_uniqueInternalNames(InternalContour internalContour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.INTERNAL_CONTOUR,
				 internalContour,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "uniqueInternalNames",
				 INTERNAL_CONTOUR__UNIQUE_INTERNAL_NAMES__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(segment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_addressedByValueProposition(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_hasChannel(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_hasRelationship(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_membersGenerateInnovation(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_hasMember(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_hasNeed(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_uniqueNeedNames(segment, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the addressedByValueProposition constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT__ADDRESSED_BY_VALUE_PROPOSITION__EEXPRESSION = "valuePropositions->notEmpty()";

	/**
	 * Validates the addressedByValueProposition constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment_addressedByValueProposition(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT,
				 segment,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "addressedByValueProposition",
				 SEGMENT__ADDRESSED_BY_VALUE_PROPOSITION__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasChannel constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT__HAS_CHANNEL__EEXPRESSION = "channels->notEmpty()";

	/**
	 * Validates the hasChannel constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment_hasChannel(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT,
				 segment,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasChannel",
				 SEGMENT__HAS_CHANNEL__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasRelationship constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT__HAS_RELATIONSHIP__EEXPRESSION = "relationships->notEmpty()";

	/**
	 * Validates the hasRelationship constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment_hasRelationship(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT,
				 segment,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasRelationship",
				 SEGMENT__HAS_RELATIONSHIP__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the membersGenerateInnovation constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT__MEMBERS_GENERATE_INNOVATION__EEXPRESSION = "members->forAll(m | m.roles->includes(ParticipantRole::INNOVATION_GENERATOR))";

	/**
	 * Validates the membersGenerateInnovation constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment_membersGenerateInnovation(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT,
				 segment,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "membersGenerateInnovation",
				 SEGMENT__MEMBERS_GENERATE_INNOVATION__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasMember constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT__HAS_MEMBER__EEXPRESSION = "members->notEmpty()";

	/**
	 * Validates the hasMember constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment_hasMember(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT,
				 segment,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasMember",
				 SEGMENT__HAS_MEMBER__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasNeed constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT__HAS_NEED__EEXPRESSION = "needs->notEmpty()";

	/**
	 * Validates the hasNeed constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment_hasNeed(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT,
				 segment,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasNeed",
				 SEGMENT__HAS_NEED__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the uniqueNeedNames constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT__UNIQUE_NEED_NAMES__EEXPRESSION = "needs->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)";

	/**
	 * Validates the uniqueNeedNames constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment_uniqueNeedNames(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT,
				 segment,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "uniqueNeedNames",
				 SEGMENT__UNIQUE_NEED_NAMES__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegmentNeed(SegmentNeed segmentNeed, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(segmentNeed, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(segmentNeed, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegmentNeed_coveredByReadinessChain(segmentNeed, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the coveredByReadinessChain constraint of '<em>Segment Need</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String SEGMENT_NEED__COVERED_BY_READINESS_CHAIN__EEXPRESSION = "valuePropositions->exists(vp | vp.keyActions->exists(a | a.supportingResources->notEmpty()))";

	/**
	 * Validates the coveredByReadinessChain constraint of '<em>Segment Need</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegmentNeed_coveredByReadinessChain(SegmentNeed segmentNeed, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.SEGMENT_NEED,
				 segmentNeed,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "coveredByReadinessChain",
				 SEGMENT_NEED__COVERED_BY_READINESS_CHAIN__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValueProposition(ValueProposition valueProposition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(valueProposition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validateValueProposition_addressesSegment(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validateValueProposition_coversNeedsOfItsSegments(valueProposition, diagnostics, context);
		if (result || diagnostics != null) result &= validateValueProposition_deliveredByKeyAction(valueProposition, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the addressesSegment constraint of '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String VALUE_PROPOSITION__ADDRESSES_SEGMENT__EEXPRESSION = "segments->notEmpty()";

	/**
	 * Validates the addressesSegment constraint of '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValueProposition_addressesSegment(ValueProposition valueProposition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.VALUE_PROPOSITION,
				 valueProposition,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "addressesSegment",
				 VALUE_PROPOSITION__ADDRESSES_SEGMENT__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the coversNeedsOfItsSegments constraint of '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String VALUE_PROPOSITION__COVERS_NEEDS_OF_ITS_SEGMENTS__EEXPRESSION = "needs->forAll(n | segments->exists(s | s.needs->includes(n)))";

	/**
	 * Validates the coversNeedsOfItsSegments constraint of '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValueProposition_coversNeedsOfItsSegments(ValueProposition valueProposition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.VALUE_PROPOSITION,
				 valueProposition,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "coversNeedsOfItsSegments",
				 VALUE_PROPOSITION__COVERS_NEEDS_OF_ITS_SEGMENTS__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the deliveredByKeyAction constraint of '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String VALUE_PROPOSITION__DELIVERED_BY_KEY_ACTION__EEXPRESSION = "keyActions->notEmpty()";

	/**
	 * Validates the deliveredByKeyAction constraint of '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValueProposition_deliveredByKeyAction(ValueProposition valueProposition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.VALUE_PROPOSITION,
				 valueProposition,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "deliveredByKeyAction",
				 VALUE_PROPOSITION__DELIVERED_BY_KEY_ACTION__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannel(Channel channel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(channel, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(channel, diagnostics, context);
		if (result || diagnostics != null) result &= validateChannel_servesSegment(channel, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the servesSegment constraint of '<em>Channel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String CHANNEL__SERVES_SEGMENT__EEXPRESSION = "segments->notEmpty()";

	/**
	 * Validates the servesSegment constraint of '<em>Channel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannel_servesSegment(Channel channel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.CHANNEL,
				 channel,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "servesSegment",
				 CHANNEL__SERVES_SEGMENT__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(relationship, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateRelationship_withSegment(relationship, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the withSegment constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String RELATIONSHIP__WITH_SEGMENT__EEXPRESSION = "segments->notEmpty()";

	/**
	 * Validates the withSegment constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship_withSegment(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.RELATIONSHIP,
				 relationship,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "withSegment",
				 RELATIONSHIP__WITH_SEGMENT__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMonetaryElement(MonetaryElement monetaryElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(monetaryElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(monetaryElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(monetaryElement, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRevenueStream(RevenueStream revenueStream, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(revenueStream, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(revenueStream, diagnostics, context);
		if (result || diagnostics != null) result &= validateRevenueStream_fromSegment(revenueStream, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the fromSegment constraint of '<em>Revenue Stream</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String REVENUE_STREAM__FROM_SEGMENT__EEXPRESSION = "segments->notEmpty()";

	/**
	 * Validates the fromSegment constraint of '<em>Revenue Stream</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRevenueStream_fromSegment(RevenueStream revenueStream, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.REVENUE_STREAM,
				 revenueStream,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "fromSegment",
				 REVENUE_STREAM__FROM_SEGMENT__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyResource(KeyResource keyResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(keyResource, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validateKeyResource_supportsAction(keyResource, diagnostics, context);
		if (result || diagnostics != null) result &= validateKeyResource_hasProvider(keyResource, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the supportsAction constraint of '<em>Key Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String KEY_RESOURCE__SUPPORTS_ACTION__EEXPRESSION = "supportedActions->notEmpty()";

	/**
	 * Validates the supportsAction constraint of '<em>Key Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyResource_supportsAction(KeyResource keyResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.KEY_RESOURCE,
				 keyResource,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "supportsAction",
				 KEY_RESOURCE__SUPPORTS_ACTION__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasProvider constraint of '<em>Key Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String KEY_RESOURCE__HAS_PROVIDER__EEXPRESSION = "providers->notEmpty() or partnerships->notEmpty()";

	/**
	 * Validates the hasProvider constraint of '<em>Key Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyResource_hasProvider(KeyResource keyResource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.KEY_RESOURCE,
				 keyResource,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasProvider",
				 KEY_RESOURCE__HAS_PROVIDER__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyAction(KeyAction keyAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(keyAction, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validateKeyAction_hasSupportingResource(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validateKeyAction_deliversValueProposition(keyAction, diagnostics, context);
		if (result || diagnostics != null) result &= validateKeyAction_hasPerformer(keyAction, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the hasSupportingResource constraint of '<em>Key Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String KEY_ACTION__HAS_SUPPORTING_RESOURCE__EEXPRESSION = "supportingResources->notEmpty()";

	/**
	 * Validates the hasSupportingResource constraint of '<em>Key Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyAction_hasSupportingResource(KeyAction keyAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.KEY_ACTION,
				 keyAction,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasSupportingResource",
				 KEY_ACTION__HAS_SUPPORTING_RESOURCE__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the deliversValueProposition constraint of '<em>Key Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String KEY_ACTION__DELIVERS_VALUE_PROPOSITION__EEXPRESSION = "valuePropositions->notEmpty()";

	/**
	 * Validates the deliversValueProposition constraint of '<em>Key Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyAction_deliversValueProposition(KeyAction keyAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.KEY_ACTION,
				 keyAction,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "deliversValueProposition",
				 KEY_ACTION__DELIVERS_VALUE_PROPOSITION__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the hasPerformer constraint of '<em>Key Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String KEY_ACTION__HAS_PERFORMER__EEXPRESSION = "performers->notEmpty() or partnerships->notEmpty()";

	/**
	 * Validates the hasPerformer constraint of '<em>Key Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyAction_hasPerformer(KeyAction keyAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.KEY_ACTION,
				 keyAction,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasPerformer",
				 KEY_ACTION__HAS_PERFORMER__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartnership(Partnership partnership, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(partnership, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validatePartnership_hasPartner(partnership, diagnostics, context);
		if (result || diagnostics != null) result &= validatePartnership_contributes(partnership, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the hasPartner constraint of '<em>Partnership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String PARTNERSHIP__HAS_PARTNER__EEXPRESSION = "partners->notEmpty()";

	/**
	 * Validates the hasPartner constraint of '<em>Partnership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartnership_hasPartner(Partnership partnership, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.PARTNERSHIP,
				 partnership,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasPartner",
				 PARTNERSHIP__HAS_PARTNER__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the contributes constraint of '<em>Partnership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String PARTNERSHIP__CONTRIBUTES__EEXPRESSION = "resources->notEmpty() or actions->notEmpty()";

	/**
	 * Validates the contributes constraint of '<em>Partnership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartnership_contributes(Partnership partnership, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.PARTNERSHIP,
				 partnership,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "contributes",
				 PARTNERSHIP__CONTRIBUTES__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCostItem(CostItem costItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(costItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(costItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateCostItem_hasCause(costItem, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the hasCause constraint of '<em>Cost Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String COST_ITEM__HAS_CAUSE__EEXPRESSION = "resources->notEmpty() or actions->notEmpty()";

	/**
	 * Validates the hasCause constraint of '<em>Cost Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCostItem_hasCause(CostItem costItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SticPackage.Literals.COST_ITEM,
				 costItem,
				 diagnostics,
				 context,
				 "http://www.eclipse.org/emf/2002/Ecore/OCL",
				 "hasCause",
				 COST_ITEM__HAS_CAUSE__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicator, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_hasName(indicator, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDevelopmentStage(DevelopmentStage developmentStage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipantKind(ParticipantKind participantKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipantRole(ParticipantRole participantRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteractionKind(InteractionKind interactionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteractionDirection(InteractionDirection interactionDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteractionIntensity(InteractionIntensity interactionIntensity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriority(Priority priority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannelKind(ChannelKind channelKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationshipKind(RelationshipKind relationshipKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRevenueKind(RevenueKind revenueKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResourceKind(ResourceKind resourceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActionKind(ActionKind actionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartnershipKind(PartnershipKind partnershipKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCostKind(CostKind costKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMembership(Membership membership, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAvailabilityStatus(AvailabilityStatus availabilityStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuantityUnit(QuantityUnit quantityUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAmountPeriod(AmountPeriod amountPeriod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCostNature(CostNature costNature, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTargetDirection(TargetDirection targetDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //SticValidator
