/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.stic.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SticFactoryImpl extends EFactoryImpl implements SticFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SticFactory init() {
		try {
			SticFactory theSticFactory = (SticFactory)EPackage.Registry.INSTANCE.getEFactory(SticPackage.eNS_URI);
			if (theSticFactory != null) {
				return theSticFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SticFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SticFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SticPackage.CLUSTER: return createCluster();
			case SticPackage.PARTICIPANT: return createParticipant();
			case SticPackage.INTERACTION: return createInteraction();
			case SticPackage.EXTERNAL_CONTOUR: return createExternalContour();
			case SticPackage.INTERNAL_CONTOUR: return createInternalContour();
			case SticPackage.SEGMENT: return createSegment();
			case SticPackage.SEGMENT_NEED: return createSegmentNeed();
			case SticPackage.VALUE_PROPOSITION: return createValueProposition();
			case SticPackage.CHANNEL: return createChannel();
			case SticPackage.RELATIONSHIP: return createRelationship();
			case SticPackage.REVENUE_STREAM: return createRevenueStream();
			case SticPackage.KEY_RESOURCE: return createKeyResource();
			case SticPackage.KEY_ACTION: return createKeyAction();
			case SticPackage.PARTNERSHIP: return createPartnership();
			case SticPackage.COST_ITEM: return createCostItem();
			case SticPackage.INDICATOR: return createIndicator();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SticPackage.DEVELOPMENT_STAGE:
				return createDevelopmentStageFromString(eDataType, initialValue);
			case SticPackage.PARTICIPANT_KIND:
				return createParticipantKindFromString(eDataType, initialValue);
			case SticPackage.PARTICIPANT_ROLE:
				return createParticipantRoleFromString(eDataType, initialValue);
			case SticPackage.INTERACTION_KIND:
				return createInteractionKindFromString(eDataType, initialValue);
			case SticPackage.INTERACTION_DIRECTION:
				return createInteractionDirectionFromString(eDataType, initialValue);
			case SticPackage.INTERACTION_INTENSITY:
				return createInteractionIntensityFromString(eDataType, initialValue);
			case SticPackage.PRIORITY:
				return createPriorityFromString(eDataType, initialValue);
			case SticPackage.CHANNEL_KIND:
				return createChannelKindFromString(eDataType, initialValue);
			case SticPackage.RELATIONSHIP_KIND:
				return createRelationshipKindFromString(eDataType, initialValue);
			case SticPackage.REVENUE_KIND:
				return createRevenueKindFromString(eDataType, initialValue);
			case SticPackage.RESOURCE_KIND:
				return createResourceKindFromString(eDataType, initialValue);
			case SticPackage.ACTION_KIND:
				return createActionKindFromString(eDataType, initialValue);
			case SticPackage.PARTNERSHIP_KIND:
				return createPartnershipKindFromString(eDataType, initialValue);
			case SticPackage.COST_KIND:
				return createCostKindFromString(eDataType, initialValue);
			case SticPackage.MEMBERSHIP:
				return createMembershipFromString(eDataType, initialValue);
			case SticPackage.AVAILABILITY_STATUS:
				return createAvailabilityStatusFromString(eDataType, initialValue);
			case SticPackage.QUANTITY_UNIT:
				return createQuantityUnitFromString(eDataType, initialValue);
			case SticPackage.AMOUNT_PERIOD:
				return createAmountPeriodFromString(eDataType, initialValue);
			case SticPackage.COST_NATURE:
				return createCostNatureFromString(eDataType, initialValue);
			case SticPackage.TARGET_DIRECTION:
				return createTargetDirectionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SticPackage.DEVELOPMENT_STAGE:
				return convertDevelopmentStageToString(eDataType, instanceValue);
			case SticPackage.PARTICIPANT_KIND:
				return convertParticipantKindToString(eDataType, instanceValue);
			case SticPackage.PARTICIPANT_ROLE:
				return convertParticipantRoleToString(eDataType, instanceValue);
			case SticPackage.INTERACTION_KIND:
				return convertInteractionKindToString(eDataType, instanceValue);
			case SticPackage.INTERACTION_DIRECTION:
				return convertInteractionDirectionToString(eDataType, instanceValue);
			case SticPackage.INTERACTION_INTENSITY:
				return convertInteractionIntensityToString(eDataType, instanceValue);
			case SticPackage.PRIORITY:
				return convertPriorityToString(eDataType, instanceValue);
			case SticPackage.CHANNEL_KIND:
				return convertChannelKindToString(eDataType, instanceValue);
			case SticPackage.RELATIONSHIP_KIND:
				return convertRelationshipKindToString(eDataType, instanceValue);
			case SticPackage.REVENUE_KIND:
				return convertRevenueKindToString(eDataType, instanceValue);
			case SticPackage.RESOURCE_KIND:
				return convertResourceKindToString(eDataType, instanceValue);
			case SticPackage.ACTION_KIND:
				return convertActionKindToString(eDataType, instanceValue);
			case SticPackage.PARTNERSHIP_KIND:
				return convertPartnershipKindToString(eDataType, instanceValue);
			case SticPackage.COST_KIND:
				return convertCostKindToString(eDataType, instanceValue);
			case SticPackage.MEMBERSHIP:
				return convertMembershipToString(eDataType, instanceValue);
			case SticPackage.AVAILABILITY_STATUS:
				return convertAvailabilityStatusToString(eDataType, instanceValue);
			case SticPackage.QUANTITY_UNIT:
				return convertQuantityUnitToString(eDataType, instanceValue);
			case SticPackage.AMOUNT_PERIOD:
				return convertAmountPeriodToString(eDataType, instanceValue);
			case SticPackage.COST_NATURE:
				return convertCostNatureToString(eDataType, instanceValue);
			case SticPackage.TARGET_DIRECTION:
				return convertTargetDirectionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cluster createCluster() {
		ClusterImpl cluster = new ClusterImpl();
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant createParticipant() {
		ParticipantImpl participant = new ParticipantImpl();
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interaction createInteraction() {
		InteractionImpl interaction = new InteractionImpl();
		return interaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalContour createExternalContour() {
		ExternalContourImpl externalContour = new ExternalContourImpl();
		return externalContour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InternalContour createInternalContour() {
		InternalContourImpl internalContour = new InternalContourImpl();
		return internalContour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentNeed createSegmentNeed() {
		SegmentNeedImpl segmentNeed = new SegmentNeedImpl();
		return segmentNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueProposition createValueProposition() {
		ValuePropositionImpl valueProposition = new ValuePropositionImpl();
		return valueProposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel() {
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship createRelationship() {
		RelationshipImpl relationship = new RelationshipImpl();
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RevenueStream createRevenueStream() {
		RevenueStreamImpl revenueStream = new RevenueStreamImpl();
		return revenueStream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyResource createKeyResource() {
		KeyResourceImpl keyResource = new KeyResourceImpl();
		return keyResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyAction createKeyAction() {
		KeyActionImpl keyAction = new KeyActionImpl();
		return keyAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partnership createPartnership() {
		PartnershipImpl partnership = new PartnershipImpl();
		return partnership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostItem createCostItem() {
		CostItemImpl costItem = new CostItemImpl();
		return costItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DevelopmentStage createDevelopmentStageFromString(EDataType eDataType, String initialValue) {
		DevelopmentStage result = DevelopmentStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDevelopmentStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParticipantKind createParticipantKindFromString(EDataType eDataType, String initialValue) {
		ParticipantKind result = ParticipantKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParticipantKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParticipantRole createParticipantRoleFromString(EDataType eDataType, String initialValue) {
		ParticipantRole result = ParticipantRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParticipantRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InteractionKind createInteractionKindFromString(EDataType eDataType, String initialValue) {
		InteractionKind result = InteractionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInteractionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InteractionDirection createInteractionDirectionFromString(EDataType eDataType, String initialValue) {
		InteractionDirection result = InteractionDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInteractionDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InteractionIntensity createInteractionIntensityFromString(EDataType eDataType, String initialValue) {
		InteractionIntensity result = InteractionIntensity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInteractionIntensityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Priority createPriorityFromString(EDataType eDataType, String initialValue) {
		Priority result = Priority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelKind createChannelKindFromString(EDataType eDataType, String initialValue) {
		ChannelKind result = ChannelKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipKind createRelationshipKindFromString(EDataType eDataType, String initialValue) {
		RelationshipKind result = RelationshipKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RevenueKind createRevenueKindFromString(EDataType eDataType, String initialValue) {
		RevenueKind result = RevenueKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRevenueKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceKind createResourceKindFromString(EDataType eDataType, String initialValue) {
		ResourceKind result = ResourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionKind createActionKindFromString(EDataType eDataType, String initialValue) {
		ActionKind result = ActionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnershipKind createPartnershipKindFromString(EDataType eDataType, String initialValue) {
		PartnershipKind result = PartnershipKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartnershipKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CostKind createCostKindFromString(EDataType eDataType, String initialValue) {
		CostKind result = CostKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCostKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Membership createMembershipFromString(EDataType eDataType, String initialValue) {
		Membership result = Membership.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMembershipToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AvailabilityStatus createAvailabilityStatusFromString(EDataType eDataType, String initialValue) {
		AvailabilityStatus result = AvailabilityStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAvailabilityStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuantityUnit createQuantityUnitFromString(EDataType eDataType, String initialValue) {
		QuantityUnit result = QuantityUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuantityUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AmountPeriod createAmountPeriodFromString(EDataType eDataType, String initialValue) {
		AmountPeriod result = AmountPeriod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAmountPeriodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CostNature createCostNatureFromString(EDataType eDataType, String initialValue) {
		CostNature result = CostNature.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCostNatureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetDirection createTargetDirectionFromString(EDataType eDataType, String initialValue) {
		TargetDirection result = TargetDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SticPackage getSticPackage() {
		return (SticPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SticPackage getPackage() {
		return SticPackage.eINSTANCE;
	}

} //SticFactoryImpl
