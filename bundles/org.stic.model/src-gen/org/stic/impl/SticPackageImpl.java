/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.stic.ActionKind;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Channel;
import org.stic.ChannelKind;
import org.stic.Cluster;
import org.stic.Contour;
import org.stic.CostItem;
import org.stic.CostKind;
import org.stic.CostNature;
import org.stic.DevelopmentStage;
import org.stic.Element;
import org.stic.ExternalContour;
import org.stic.Indicator;
import org.stic.Interaction;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.InteractionKind;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.MonetaryElement;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.PartnershipKind;
import org.stic.Priority;
import org.stic.QuantityUnit;
import org.stic.Relationship;
import org.stic.RelationshipKind;
import org.stic.ResourceKind;
import org.stic.RevenueKind;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.SticPackage;
import org.stic.TargetDirection;
import org.stic.ValueProposition;

import org.stic.util.SticValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SticPackageImpl extends EPackageImpl implements SticPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass participantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalContourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass internalContourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentNeedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valuePropositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monetaryElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass revenueStreamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnershipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass costItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum developmentStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum participantKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum participantRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interactionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interactionDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interactionIntensityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum revenueKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum resourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partnershipKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum costKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum membershipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum availabilityStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quantityUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum amountPeriodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum costNatureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetDirectionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.stic.SticPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SticPackageImpl() {
		super(eNS_URI, SticFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SticPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SticPackage init() {
		if (isInited) return (SticPackage)EPackage.Registry.INSTANCE.getEPackage(SticPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSticPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SticPackageImpl theSticPackage = registeredSticPackage instanceof SticPackageImpl ? (SticPackageImpl)registeredSticPackage : new SticPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSticPackage.createPackageContents();

		// Initialize created meta-data
		theSticPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theSticPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return SticValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theSticPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SticPackage.eNS_URI, theSticPackage);
		return theSticPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Description() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Citation() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Illustrative() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCluster() {
		return clusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Sector() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Territory() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Specialisation() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Purpose() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_DevelopmentStage() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_ModelVersion() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Participants() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Interactions() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_ExternalContour() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_InternalContour() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Indicators() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParticipant() {
		return participantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Kind() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Roles() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Location() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_Segments() {
		return (EReference)participantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_PerformedActions() {
		return (EReference)participantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_ProvidedResources() {
		return (EReference)participantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_Partnerships() {
		return (EReference)participantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_OutgoingInteractions() {
		return (EReference)participantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_IncomingInteractions() {
		return (EReference)participantEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipant_Membership() {
		return (EAttribute)participantEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParticipant_PaidRevenueStreams() {
		return (EReference)participantEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteraction() {
		return interactionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Kind() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Direction() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Intensity() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteraction_Source() {
		return (EReference)interactionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteraction_Target() {
		return (EReference)interactionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContour() {
		return contourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalContour() {
		return externalContourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalContour_Segments() {
		return (EReference)externalContourEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalContour_ValuePropositions() {
		return (EReference)externalContourEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalContour_Channels() {
		return (EReference)externalContourEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalContour_Relationships() {
		return (EReference)externalContourEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalContour_RevenueStreams() {
		return (EReference)externalContourEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInternalContour() {
		return internalContourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInternalContour_KeyResources() {
		return (EReference)internalContourEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInternalContour_KeyActions() {
		return (EReference)internalContourEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInternalContour_Partnerships() {
		return (EReference)internalContourEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInternalContour_CostItems() {
		return (EReference)internalContourEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment() {
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Criteria() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Members() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Needs() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_ValuePropositions() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Channels() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Relationships() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_RevenueStreams() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentNeed() {
		return segmentNeedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentNeed_Priority() {
		return (EAttribute)segmentNeedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegmentNeed_ValuePropositions() {
		return (EReference)segmentNeedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentNeed_Demand() {
		return (EAttribute)segmentNeedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentNeed_DemandUnit() {
		return (EAttribute)segmentNeedEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueProposition() {
		return valuePropositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueProposition_Segments() {
		return (EReference)valuePropositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueProposition_Needs() {
		return (EReference)valuePropositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueProposition_KeyActions() {
		return (EReference)valuePropositionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueProposition_Channels() {
		return (EReference)valuePropositionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueProposition_RevenueStreams() {
		return (EReference)valuePropositionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel() {
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Kind() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_Segments() {
		return (EReference)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannel_ValuePropositions() {
		return (EReference)channelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationship() {
		return relationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Kind() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Segments() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonetaryElement() {
		return monetaryElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonetaryElement_Amount() {
		return (EAttribute)monetaryElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonetaryElement_Currency() {
		return (EAttribute)monetaryElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonetaryElement_Period() {
		return (EAttribute)monetaryElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonetaryElement_FromYear() {
		return (EAttribute)monetaryElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonetaryElement_ToYear() {
		return (EAttribute)monetaryElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRevenueStream() {
		return revenueStreamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRevenueStream_Kind() {
		return (EAttribute)revenueStreamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRevenueStream_Segments() {
		return (EReference)revenueStreamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRevenueStream_Payers() {
		return (EReference)revenueStreamEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRevenueStream_ValuePropositions() {
		return (EReference)revenueStreamEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyResource() {
		return keyResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyResource_Kind() {
		return (EAttribute)keyResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyResource_Capacity() {
		return (EAttribute)keyResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyResource_CapacityUnit() {
		return (EAttribute)keyResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyResource_CapacityNote() {
		return (EAttribute)keyResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyResource_Status() {
		return (EAttribute)keyResourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyResource_AvailableFrom() {
		return (EAttribute)keyResourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyResource_Providers() {
		return (EReference)keyResourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyResource_Partnerships() {
		return (EReference)keyResourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyResource_SupportedActions() {
		return (EReference)keyResourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyResource_CostItems() {
		return (EReference)keyResourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyAction() {
		return keyActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyAction_Kind() {
		return (EAttribute)keyActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyAction_Status() {
		return (EAttribute)keyActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyAction_AvailableFrom() {
		return (EAttribute)keyActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyAction_Performers() {
		return (EReference)keyActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyAction_SupportingResources() {
		return (EReference)keyActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyAction_ValuePropositions() {
		return (EReference)keyActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyAction_Partnerships() {
		return (EReference)keyActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyAction_CostItems() {
		return (EReference)keyActionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnership() {
		return partnershipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_Kind() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_Contribution() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnership_Partners() {
		return (EReference)partnershipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnership_Resources() {
		return (EReference)partnershipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnership_Actions() {
		return (EReference)partnershipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCostItem() {
		return costItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostItem_Kind() {
		return (EAttribute)costItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCostItem_Resources() {
		return (EReference)costItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCostItem_Actions() {
		return (EReference)costItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostItem_Nature() {
		return (EAttribute)costItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Direction() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Baseline() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_BaselineYear() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Target() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetYear() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Current() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_CurrentYear() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Measures() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDevelopmentStage() {
		return developmentStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getParticipantKind() {
		return participantKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getParticipantRole() {
		return participantRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInteractionKind() {
		return interactionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInteractionDirection() {
		return interactionDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInteractionIntensity() {
		return interactionIntensityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriority() {
		return priorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelKind() {
		return channelKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipKind() {
		return relationshipKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRevenueKind() {
		return revenueKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResourceKind() {
		return resourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionKind() {
		return actionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartnershipKind() {
		return partnershipKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCostKind() {
		return costKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMembership() {
		return membershipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAvailabilityStatus() {
		return availabilityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuantityUnit() {
		return quantityUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAmountPeriod() {
		return amountPeriodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCostNature() {
		return costNatureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetDirection() {
		return targetDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SticFactory getSticFactory() {
		return (SticFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__DESCRIPTION);
		createEAttribute(elementEClass, ELEMENT__CITATION);
		createEAttribute(elementEClass, ELEMENT__ILLUSTRATIVE);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		clusterEClass = createEClass(CLUSTER);
		createEAttribute(clusterEClass, CLUSTER__SECTOR);
		createEAttribute(clusterEClass, CLUSTER__TERRITORY);
		createEAttribute(clusterEClass, CLUSTER__SPECIALISATION);
		createEAttribute(clusterEClass, CLUSTER__PURPOSE);
		createEAttribute(clusterEClass, CLUSTER__DEVELOPMENT_STAGE);
		createEAttribute(clusterEClass, CLUSTER__MODEL_VERSION);
		createEReference(clusterEClass, CLUSTER__PARTICIPANTS);
		createEReference(clusterEClass, CLUSTER__INTERACTIONS);
		createEReference(clusterEClass, CLUSTER__EXTERNAL_CONTOUR);
		createEReference(clusterEClass, CLUSTER__INTERNAL_CONTOUR);
		createEReference(clusterEClass, CLUSTER__INDICATORS);

		participantEClass = createEClass(PARTICIPANT);
		createEAttribute(participantEClass, PARTICIPANT__KIND);
		createEAttribute(participantEClass, PARTICIPANT__ROLES);
		createEAttribute(participantEClass, PARTICIPANT__LOCATION);
		createEReference(participantEClass, PARTICIPANT__SEGMENTS);
		createEReference(participantEClass, PARTICIPANT__PERFORMED_ACTIONS);
		createEReference(participantEClass, PARTICIPANT__PROVIDED_RESOURCES);
		createEReference(participantEClass, PARTICIPANT__PARTNERSHIPS);
		createEReference(participantEClass, PARTICIPANT__OUTGOING_INTERACTIONS);
		createEReference(participantEClass, PARTICIPANT__INCOMING_INTERACTIONS);
		createEAttribute(participantEClass, PARTICIPANT__MEMBERSHIP);
		createEReference(participantEClass, PARTICIPANT__PAID_REVENUE_STREAMS);

		interactionEClass = createEClass(INTERACTION);
		createEAttribute(interactionEClass, INTERACTION__KIND);
		createEAttribute(interactionEClass, INTERACTION__DIRECTION);
		createEAttribute(interactionEClass, INTERACTION__INTENSITY);
		createEReference(interactionEClass, INTERACTION__SOURCE);
		createEReference(interactionEClass, INTERACTION__TARGET);

		contourEClass = createEClass(CONTOUR);

		externalContourEClass = createEClass(EXTERNAL_CONTOUR);
		createEReference(externalContourEClass, EXTERNAL_CONTOUR__SEGMENTS);
		createEReference(externalContourEClass, EXTERNAL_CONTOUR__VALUE_PROPOSITIONS);
		createEReference(externalContourEClass, EXTERNAL_CONTOUR__CHANNELS);
		createEReference(externalContourEClass, EXTERNAL_CONTOUR__RELATIONSHIPS);
		createEReference(externalContourEClass, EXTERNAL_CONTOUR__REVENUE_STREAMS);

		internalContourEClass = createEClass(INTERNAL_CONTOUR);
		createEReference(internalContourEClass, INTERNAL_CONTOUR__KEY_RESOURCES);
		createEReference(internalContourEClass, INTERNAL_CONTOUR__KEY_ACTIONS);
		createEReference(internalContourEClass, INTERNAL_CONTOUR__PARTNERSHIPS);
		createEReference(internalContourEClass, INTERNAL_CONTOUR__COST_ITEMS);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__CRITERIA);
		createEReference(segmentEClass, SEGMENT__MEMBERS);
		createEReference(segmentEClass, SEGMENT__NEEDS);
		createEReference(segmentEClass, SEGMENT__VALUE_PROPOSITIONS);
		createEReference(segmentEClass, SEGMENT__CHANNELS);
		createEReference(segmentEClass, SEGMENT__RELATIONSHIPS);
		createEReference(segmentEClass, SEGMENT__REVENUE_STREAMS);

		segmentNeedEClass = createEClass(SEGMENT_NEED);
		createEAttribute(segmentNeedEClass, SEGMENT_NEED__PRIORITY);
		createEReference(segmentNeedEClass, SEGMENT_NEED__VALUE_PROPOSITIONS);
		createEAttribute(segmentNeedEClass, SEGMENT_NEED__DEMAND);
		createEAttribute(segmentNeedEClass, SEGMENT_NEED__DEMAND_UNIT);

		valuePropositionEClass = createEClass(VALUE_PROPOSITION);
		createEReference(valuePropositionEClass, VALUE_PROPOSITION__SEGMENTS);
		createEReference(valuePropositionEClass, VALUE_PROPOSITION__NEEDS);
		createEReference(valuePropositionEClass, VALUE_PROPOSITION__KEY_ACTIONS);
		createEReference(valuePropositionEClass, VALUE_PROPOSITION__CHANNELS);
		createEReference(valuePropositionEClass, VALUE_PROPOSITION__REVENUE_STREAMS);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__KIND);
		createEReference(channelEClass, CHANNEL__SEGMENTS);
		createEReference(channelEClass, CHANNEL__VALUE_PROPOSITIONS);

		relationshipEClass = createEClass(RELATIONSHIP);
		createEAttribute(relationshipEClass, RELATIONSHIP__KIND);
		createEReference(relationshipEClass, RELATIONSHIP__SEGMENTS);

		monetaryElementEClass = createEClass(MONETARY_ELEMENT);
		createEAttribute(monetaryElementEClass, MONETARY_ELEMENT__AMOUNT);
		createEAttribute(monetaryElementEClass, MONETARY_ELEMENT__CURRENCY);
		createEAttribute(monetaryElementEClass, MONETARY_ELEMENT__PERIOD);
		createEAttribute(monetaryElementEClass, MONETARY_ELEMENT__FROM_YEAR);
		createEAttribute(monetaryElementEClass, MONETARY_ELEMENT__TO_YEAR);

		revenueStreamEClass = createEClass(REVENUE_STREAM);
		createEAttribute(revenueStreamEClass, REVENUE_STREAM__KIND);
		createEReference(revenueStreamEClass, REVENUE_STREAM__SEGMENTS);
		createEReference(revenueStreamEClass, REVENUE_STREAM__PAYERS);
		createEReference(revenueStreamEClass, REVENUE_STREAM__VALUE_PROPOSITIONS);

		keyResourceEClass = createEClass(KEY_RESOURCE);
		createEAttribute(keyResourceEClass, KEY_RESOURCE__KIND);
		createEAttribute(keyResourceEClass, KEY_RESOURCE__CAPACITY);
		createEAttribute(keyResourceEClass, KEY_RESOURCE__CAPACITY_UNIT);
		createEAttribute(keyResourceEClass, KEY_RESOURCE__CAPACITY_NOTE);
		createEAttribute(keyResourceEClass, KEY_RESOURCE__STATUS);
		createEAttribute(keyResourceEClass, KEY_RESOURCE__AVAILABLE_FROM);
		createEReference(keyResourceEClass, KEY_RESOURCE__PROVIDERS);
		createEReference(keyResourceEClass, KEY_RESOURCE__PARTNERSHIPS);
		createEReference(keyResourceEClass, KEY_RESOURCE__SUPPORTED_ACTIONS);
		createEReference(keyResourceEClass, KEY_RESOURCE__COST_ITEMS);

		keyActionEClass = createEClass(KEY_ACTION);
		createEAttribute(keyActionEClass, KEY_ACTION__KIND);
		createEAttribute(keyActionEClass, KEY_ACTION__STATUS);
		createEAttribute(keyActionEClass, KEY_ACTION__AVAILABLE_FROM);
		createEReference(keyActionEClass, KEY_ACTION__PERFORMERS);
		createEReference(keyActionEClass, KEY_ACTION__SUPPORTING_RESOURCES);
		createEReference(keyActionEClass, KEY_ACTION__VALUE_PROPOSITIONS);
		createEReference(keyActionEClass, KEY_ACTION__PARTNERSHIPS);
		createEReference(keyActionEClass, KEY_ACTION__COST_ITEMS);

		partnershipEClass = createEClass(PARTNERSHIP);
		createEAttribute(partnershipEClass, PARTNERSHIP__KIND);
		createEAttribute(partnershipEClass, PARTNERSHIP__CONTRIBUTION);
		createEReference(partnershipEClass, PARTNERSHIP__PARTNERS);
		createEReference(partnershipEClass, PARTNERSHIP__RESOURCES);
		createEReference(partnershipEClass, PARTNERSHIP__ACTIONS);

		costItemEClass = createEClass(COST_ITEM);
		createEAttribute(costItemEClass, COST_ITEM__KIND);
		createEReference(costItemEClass, COST_ITEM__RESOURCES);
		createEReference(costItemEClass, COST_ITEM__ACTIONS);
		createEAttribute(costItemEClass, COST_ITEM__NATURE);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__DIRECTION);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE_YEAR);
		createEAttribute(indicatorEClass, INDICATOR__TARGET);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_YEAR);
		createEAttribute(indicatorEClass, INDICATOR__CURRENT);
		createEAttribute(indicatorEClass, INDICATOR__CURRENT_YEAR);
		createEReference(indicatorEClass, INDICATOR__MEASURES);

		// Create enums
		developmentStageEEnum = createEEnum(DEVELOPMENT_STAGE);
		participantKindEEnum = createEEnum(PARTICIPANT_KIND);
		participantRoleEEnum = createEEnum(PARTICIPANT_ROLE);
		interactionKindEEnum = createEEnum(INTERACTION_KIND);
		interactionDirectionEEnum = createEEnum(INTERACTION_DIRECTION);
		interactionIntensityEEnum = createEEnum(INTERACTION_INTENSITY);
		priorityEEnum = createEEnum(PRIORITY);
		channelKindEEnum = createEEnum(CHANNEL_KIND);
		relationshipKindEEnum = createEEnum(RELATIONSHIP_KIND);
		revenueKindEEnum = createEEnum(REVENUE_KIND);
		resourceKindEEnum = createEEnum(RESOURCE_KIND);
		actionKindEEnum = createEEnum(ACTION_KIND);
		partnershipKindEEnum = createEEnum(PARTNERSHIP_KIND);
		costKindEEnum = createEEnum(COST_KIND);
		membershipEEnum = createEEnum(MEMBERSHIP);
		availabilityStatusEEnum = createEEnum(AVAILABILITY_STATUS);
		quantityUnitEEnum = createEEnum(QUANTITY_UNIT);
		amountPeriodEEnum = createEEnum(AMOUNT_PERIOD);
		costNatureEEnum = createEEnum(COST_NATURE);
		targetDirectionEEnum = createEEnum(TARGET_DIRECTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getElement());
		clusterEClass.getESuperTypes().add(this.getNamedElement());
		participantEClass.getESuperTypes().add(this.getNamedElement());
		interactionEClass.getESuperTypes().add(this.getElement());
		contourEClass.getESuperTypes().add(this.getElement());
		externalContourEClass.getESuperTypes().add(this.getContour());
		internalContourEClass.getESuperTypes().add(this.getContour());
		segmentEClass.getESuperTypes().add(this.getNamedElement());
		segmentNeedEClass.getESuperTypes().add(this.getNamedElement());
		valuePropositionEClass.getESuperTypes().add(this.getNamedElement());
		channelEClass.getESuperTypes().add(this.getNamedElement());
		relationshipEClass.getESuperTypes().add(this.getNamedElement());
		monetaryElementEClass.getESuperTypes().add(this.getNamedElement());
		revenueStreamEClass.getESuperTypes().add(this.getMonetaryElement());
		keyResourceEClass.getESuperTypes().add(this.getNamedElement());
		keyActionEClass.getESuperTypes().add(this.getNamedElement());
		partnershipEClass.getESuperTypes().add(this.getNamedElement());
		costItemEClass.getESuperTypes().add(this.getMonetaryElement());
		indicatorEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Citation(), ecorePackage.getEString(), "citation", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Illustrative(), ecorePackage.getEBoolean(), "illustrative", "false", 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clusterEClass, Cluster.class, "Cluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCluster_Sector(), ecorePackage.getEString(), "sector", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_Territory(), ecorePackage.getEString(), "territory", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_Specialisation(), ecorePackage.getEString(), "specialisation", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_DevelopmentStage(), this.getDevelopmentStage(), "developmentStage", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_ModelVersion(), ecorePackage.getEString(), "modelVersion", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Participants(), this.getParticipant(), null, "participants", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Interactions(), this.getInteraction(), null, "interactions", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_ExternalContour(), this.getExternalContour(), null, "externalContour", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_InternalContour(), this.getInternalContour(), null, "internalContour", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(participantEClass, Participant.class, "Participant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParticipant_Kind(), this.getParticipantKind(), "kind", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Roles(), this.getParticipantRole(), "roles", null, 0, -1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Location(), ecorePackage.getEString(), "location", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_Segments(), this.getSegment(), this.getSegment_Members(), "segments", null, 0, -1, Participant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_PerformedActions(), this.getKeyAction(), this.getKeyAction_Performers(), "performedActions", null, 0, -1, Participant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_ProvidedResources(), this.getKeyResource(), this.getKeyResource_Providers(), "providedResources", null, 0, -1, Participant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_Partnerships(), this.getPartnership(), this.getPartnership_Partners(), "partnerships", null, 0, -1, Participant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_OutgoingInteractions(), this.getInteraction(), this.getInteraction_Source(), "outgoingInteractions", null, 0, -1, Participant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_IncomingInteractions(), this.getInteraction(), this.getInteraction_Target(), "incomingInteractions", null, 0, -1, Participant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipant_Membership(), this.getMembership(), "membership", null, 0, 1, Participant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParticipant_PaidRevenueStreams(), this.getRevenueStream(), this.getRevenueStream_Payers(), "paidRevenueStreams", null, 0, -1, Participant.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionEClass, Interaction.class, "Interaction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteraction_Kind(), this.getInteractionKind(), "kind", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Direction(), this.getInteractionDirection(), "direction", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Intensity(), this.getInteractionIntensity(), "intensity", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteraction_Source(), this.getParticipant(), this.getParticipant_OutgoingInteractions(), "source", null, 1, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteraction_Target(), this.getParticipant(), this.getParticipant_IncomingInteractions(), "target", null, 1, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contourEClass, Contour.class, "Contour", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(externalContourEClass, ExternalContour.class, "ExternalContour", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExternalContour_Segments(), this.getSegment(), null, "segments", null, 0, -1, ExternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExternalContour_ValuePropositions(), this.getValueProposition(), null, "valuePropositions", null, 0, -1, ExternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExternalContour_Channels(), this.getChannel(), null, "channels", null, 0, -1, ExternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExternalContour_Relationships(), this.getRelationship(), null, "relationships", null, 0, -1, ExternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExternalContour_RevenueStreams(), this.getRevenueStream(), null, "revenueStreams", null, 0, -1, ExternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(internalContourEClass, InternalContour.class, "InternalContour", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInternalContour_KeyResources(), this.getKeyResource(), null, "keyResources", null, 0, -1, InternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInternalContour_KeyActions(), this.getKeyAction(), null, "keyActions", null, 0, -1, InternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInternalContour_Partnerships(), this.getPartnership(), null, "partnerships", null, 0, -1, InternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInternalContour_CostItems(), this.getCostItem(), null, "costItems", null, 0, -1, InternalContour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_Criteria(), ecorePackage.getEString(), "criteria", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Members(), this.getParticipant(), this.getParticipant_Segments(), "members", null, 0, -1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Needs(), this.getSegmentNeed(), null, "needs", null, 0, -1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_ValuePropositions(), this.getValueProposition(), this.getValueProposition_Segments(), "valuePropositions", null, 0, -1, Segment.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Channels(), this.getChannel(), this.getChannel_Segments(), "channels", null, 0, -1, Segment.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Relationships(), this.getRelationship(), this.getRelationship_Segments(), "relationships", null, 0, -1, Segment.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_RevenueStreams(), this.getRevenueStream(), this.getRevenueStream_Segments(), "revenueStreams", null, 0, -1, Segment.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentNeedEClass, SegmentNeed.class, "SegmentNeed", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegmentNeed_Priority(), this.getPriority(), "priority", null, 0, 1, SegmentNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegmentNeed_ValuePropositions(), this.getValueProposition(), this.getValueProposition_Needs(), "valuePropositions", null, 0, -1, SegmentNeed.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentNeed_Demand(), ecorePackage.getEBigDecimal(), "demand", null, 0, 1, SegmentNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentNeed_DemandUnit(), this.getQuantityUnit(), "demandUnit", null, 0, 1, SegmentNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valuePropositionEClass, ValueProposition.class, "ValueProposition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getValueProposition_Segments(), this.getSegment(), this.getSegment_ValuePropositions(), "segments", null, 0, -1, ValueProposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueProposition_Needs(), this.getSegmentNeed(), this.getSegmentNeed_ValuePropositions(), "needs", null, 0, -1, ValueProposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueProposition_KeyActions(), this.getKeyAction(), this.getKeyAction_ValuePropositions(), "keyActions", null, 0, -1, ValueProposition.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueProposition_Channels(), this.getChannel(), this.getChannel_ValuePropositions(), "channels", null, 0, -1, ValueProposition.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueProposition_RevenueStreams(), this.getRevenueStream(), this.getRevenueStream_ValuePropositions(), "revenueStreams", null, 0, -1, ValueProposition.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannel_Kind(), this.getChannelKind(), "kind", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_Segments(), this.getSegment(), this.getSegment_Channels(), "segments", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannel_ValuePropositions(), this.getValueProposition(), this.getValueProposition_Channels(), "valuePropositions", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipEClass, Relationship.class, "Relationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRelationship_Kind(), this.getRelationshipKind(), "kind", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_Segments(), this.getSegment(), this.getSegment_Relationships(), "segments", null, 0, -1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(monetaryElementEClass, MonetaryElement.class, "MonetaryElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMonetaryElement_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, MonetaryElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonetaryElement_Currency(), ecorePackage.getEString(), "currency", "RUB", 0, 1, MonetaryElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonetaryElement_Period(), this.getAmountPeriod(), "period", null, 0, 1, MonetaryElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonetaryElement_FromYear(), ecorePackage.getEIntegerObject(), "fromYear", null, 0, 1, MonetaryElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonetaryElement_ToYear(), ecorePackage.getEIntegerObject(), "toYear", null, 0, 1, MonetaryElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(revenueStreamEClass, RevenueStream.class, "RevenueStream", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRevenueStream_Kind(), this.getRevenueKind(), "kind", null, 0, 1, RevenueStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRevenueStream_Segments(), this.getSegment(), this.getSegment_RevenueStreams(), "segments", null, 0, -1, RevenueStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRevenueStream_Payers(), this.getParticipant(), this.getParticipant_PaidRevenueStreams(), "payers", null, 0, -1, RevenueStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRevenueStream_ValuePropositions(), this.getValueProposition(), this.getValueProposition_RevenueStreams(), "valuePropositions", null, 0, -1, RevenueStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyResourceEClass, KeyResource.class, "KeyResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyResource_Kind(), this.getResourceKind(), "kind", null, 0, 1, KeyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyResource_Capacity(), ecorePackage.getEBigDecimal(), "capacity", null, 0, 1, KeyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyResource_CapacityUnit(), this.getQuantityUnit(), "capacityUnit", null, 0, 1, KeyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyResource_CapacityNote(), ecorePackage.getEString(), "capacityNote", null, 0, 1, KeyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyResource_Status(), this.getAvailabilityStatus(), "status", null, 0, 1, KeyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyResource_AvailableFrom(), ecorePackage.getEIntegerObject(), "availableFrom", null, 0, 1, KeyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyResource_Providers(), this.getParticipant(), this.getParticipant_ProvidedResources(), "providers", null, 0, -1, KeyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyResource_Partnerships(), this.getPartnership(), this.getPartnership_Resources(), "partnerships", null, 0, -1, KeyResource.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyResource_SupportedActions(), this.getKeyAction(), this.getKeyAction_SupportingResources(), "supportedActions", null, 0, -1, KeyResource.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyResource_CostItems(), this.getCostItem(), this.getCostItem_Resources(), "costItems", null, 0, -1, KeyResource.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyActionEClass, KeyAction.class, "KeyAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyAction_Kind(), this.getActionKind(), "kind", null, 0, 1, KeyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyAction_Status(), this.getAvailabilityStatus(), "status", null, 0, 1, KeyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyAction_AvailableFrom(), ecorePackage.getEIntegerObject(), "availableFrom", null, 0, 1, KeyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyAction_Performers(), this.getParticipant(), this.getParticipant_PerformedActions(), "performers", null, 0, -1, KeyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyAction_SupportingResources(), this.getKeyResource(), this.getKeyResource_SupportedActions(), "supportingResources", null, 0, -1, KeyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyAction_ValuePropositions(), this.getValueProposition(), this.getValueProposition_KeyActions(), "valuePropositions", null, 0, -1, KeyAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyAction_Partnerships(), this.getPartnership(), this.getPartnership_Actions(), "partnerships", null, 0, -1, KeyAction.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyAction_CostItems(), this.getCostItem(), this.getCostItem_Actions(), "costItems", null, 0, -1, KeyAction.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnershipEClass, Partnership.class, "Partnership", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartnership_Kind(), this.getPartnershipKind(), "kind", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_Contribution(), ecorePackage.getEString(), "contribution", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnership_Partners(), this.getParticipant(), this.getParticipant_Partnerships(), "partners", null, 0, -1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnership_Resources(), this.getKeyResource(), this.getKeyResource_Partnerships(), "resources", null, 0, -1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnership_Actions(), this.getKeyAction(), this.getKeyAction_Partnerships(), "actions", null, 0, -1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(costItemEClass, CostItem.class, "CostItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCostItem_Kind(), this.getCostKind(), "kind", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCostItem_Resources(), this.getKeyResource(), this.getKeyResource_CostItems(), "resources", null, 0, -1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCostItem_Actions(), this.getKeyAction(), this.getKeyAction_CostItems(), "actions", null, 0, -1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostItem_Nature(), this.getCostNature(), "nature", null, 0, 1, CostItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Unit(), this.getQuantityUnit(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Direction(), this.getTargetDirection(), "direction", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Baseline(), ecorePackage.getEBigDecimal(), "baseline", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_BaselineYear(), ecorePackage.getEIntegerObject(), "baselineYear", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Target(), ecorePackage.getEBigDecimal(), "target", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_TargetYear(), ecorePackage.getEIntegerObject(), "targetYear", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Current(), ecorePackage.getEBigDecimal(), "current", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_CurrentYear(), ecorePackage.getEIntegerObject(), "currentYear", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Measures(), this.getElement(), null, "measures", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(developmentStageEEnum, DevelopmentStage.class, "DevelopmentStage");
		addEEnumLiteral(developmentStageEEnum, DevelopmentStage.UNSPECIFIED);
		addEEnumLiteral(developmentStageEEnum, DevelopmentStage.INITIATIVE);
		addEEnumLiteral(developmentStageEEnum, DevelopmentStage.EMERGING);
		addEEnumLiteral(developmentStageEEnum, DevelopmentStage.GROWING);
		addEEnumLiteral(developmentStageEEnum, DevelopmentStage.MATURE);
		addEEnumLiteral(developmentStageEEnum, DevelopmentStage.RENEWING);

		initEEnum(participantKindEEnum, ParticipantKind.class, "ParticipantKind");
		addEEnumLiteral(participantKindEEnum, ParticipantKind.UNSPECIFIED);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.LARGE_ENTERPRISE);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.SME);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.DEFENCE_INDUSTRY_ENTERPRISE);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.UNIVERSITY);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.RESEARCH_INSTITUTE);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.TECHNOPARK);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.INVESTOR);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.AUTHORITY);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.CLUSTER_ORGANISATION);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.OTHER);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.INDUSTRIAL_PARK);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.DEVELOPMENT_INSTITUTION);
		addEEnumLiteral(participantKindEEnum, ParticipantKind.FINANCIAL_INSTITUTION);

		initEEnum(participantRoleEEnum, ParticipantRole.class, "ParticipantRole");
		addEEnumLiteral(participantRoleEEnum, ParticipantRole.INNOVATION_GENERATOR);
		addEEnumLiteral(participantRoleEEnum, ParticipantRole.SUPPLIER);
		addEEnumLiteral(participantRoleEEnum, ParticipantRole.PARTNER);
		addEEnumLiteral(participantRoleEEnum, ParticipantRole.COORDINATOR);

		initEEnum(interactionKindEEnum, InteractionKind.class, "InteractionKind");
		addEEnumLiteral(interactionKindEEnum, InteractionKind.UNSPECIFIED);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.COOPERATION);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.SUPPLY);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.JOINT_RESEARCH);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.KNOWLEDGE_TRANSFER);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.FINANCING);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.OTHER);

		initEEnum(interactionDirectionEEnum, InteractionDirection.class, "InteractionDirection");
		addEEnumLiteral(interactionDirectionEEnum, InteractionDirection.UNSPECIFIED);
		addEEnumLiteral(interactionDirectionEEnum, InteractionDirection.ONE_WAY);
		addEEnumLiteral(interactionDirectionEEnum, InteractionDirection.MUTUAL);

		initEEnum(interactionIntensityEEnum, InteractionIntensity.class, "InteractionIntensity");
		addEEnumLiteral(interactionIntensityEEnum, InteractionIntensity.UNSPECIFIED);
		addEEnumLiteral(interactionIntensityEEnum, InteractionIntensity.LOW);
		addEEnumLiteral(interactionIntensityEEnum, InteractionIntensity.MEDIUM);
		addEEnumLiteral(interactionIntensityEEnum, InteractionIntensity.HIGH);

		initEEnum(priorityEEnum, Priority.class, "Priority");
		addEEnumLiteral(priorityEEnum, Priority.UNSPECIFIED);
		addEEnumLiteral(priorityEEnum, Priority.LOW);
		addEEnumLiteral(priorityEEnum, Priority.MEDIUM);
		addEEnumLiteral(priorityEEnum, Priority.HIGH);

		initEEnum(channelKindEEnum, ChannelKind.class, "ChannelKind");
		addEEnumLiteral(channelKindEEnum, ChannelKind.UNSPECIFIED);
		addEEnumLiteral(channelKindEEnum, ChannelKind.DIRECT);
		addEEnumLiteral(channelKindEEnum, ChannelKind.EVENT);
		addEEnumLiteral(channelKindEEnum, ChannelKind.DIGITAL_PLATFORM);
		addEEnumLiteral(channelKindEEnum, ChannelKind.PARTNER_NETWORK);
		addEEnumLiteral(channelKindEEnum, ChannelKind.OTHER);

		initEEnum(relationshipKindEEnum, RelationshipKind.class, "RelationshipKind");
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.UNSPECIFIED);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.PERSONAL_ASSISTANCE);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.DEDICATED_ASSISTANCE);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.SELF_SERVICE);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.COMMUNITY);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.CO_CREATION);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.OTHER);

		initEEnum(revenueKindEEnum, RevenueKind.class, "RevenueKind");
		addEEnumLiteral(revenueKindEEnum, RevenueKind.UNSPECIFIED);
		addEEnumLiteral(revenueKindEEnum, RevenueKind.MEMBERSHIP_FEE);
		addEEnumLiteral(revenueKindEEnum, RevenueKind.PAID_SERVICE);
		addEEnumLiteral(revenueKindEEnum, RevenueKind.GRANT);
		addEEnumLiteral(revenueKindEEnum, RevenueKind.STATE_PROGRAMME);
		addEEnumLiteral(revenueKindEEnum, RevenueKind.COMMERCIALISATION_SHARE);
		addEEnumLiteral(revenueKindEEnum, RevenueKind.OTHER);

		initEEnum(resourceKindEEnum, ResourceKind.class, "ResourceKind");
		addEEnumLiteral(resourceKindEEnum, ResourceKind.UNSPECIFIED);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.INFRASTRUCTURE);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.EQUIPMENT);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.INTELLECTUAL);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.HUMAN);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.FINANCIAL);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.INFORMATION);

		initEEnum(actionKindEEnum, ActionKind.class, "ActionKind");
		addEEnumLiteral(actionKindEEnum, ActionKind.UNSPECIFIED);
		addEEnumLiteral(actionKindEEnum, ActionKind.RD_SUPPORT);
		addEEnumLiteral(actionKindEEnum, ActionKind.TECHNOLOGY_TRANSFER);
		addEEnumLiteral(actionKindEEnum, ActionKind.COMMERCIALISATION);
		addEEnumLiteral(actionKindEEnum, ActionKind.TRAINING);
		addEEnumLiteral(actionKindEEnum, ActionKind.CERTIFICATION);
		addEEnumLiteral(actionKindEEnum, ActionKind.COORDINATION);
		addEEnumLiteral(actionKindEEnum, ActionKind.PROMOTION);
		addEEnumLiteral(actionKindEEnum, ActionKind.OTHER);

		initEEnum(partnershipKindEEnum, PartnershipKind.class, "PartnershipKind");
		addEEnumLiteral(partnershipKindEEnum, PartnershipKind.UNSPECIFIED);
		addEEnumLiteral(partnershipKindEEnum, PartnershipKind.STRATEGIC_ALLIANCE);
		addEEnumLiteral(partnershipKindEEnum, PartnershipKind.COOPETITION);
		addEEnumLiteral(partnershipKindEEnum, PartnershipKind.JOINT_VENTURE);
		addEEnumLiteral(partnershipKindEEnum, PartnershipKind.SUPPLY);
		addEEnumLiteral(partnershipKindEEnum, PartnershipKind.STATE_SUPPORT);
		addEEnumLiteral(partnershipKindEEnum, PartnershipKind.OTHER);

		initEEnum(costKindEEnum, CostKind.class, "CostKind");
		addEEnumLiteral(costKindEEnum, CostKind.UNSPECIFIED);
		addEEnumLiteral(costKindEEnum, CostKind.FIXED);
		addEEnumLiteral(costKindEEnum, CostKind.VARIABLE);

		initEEnum(membershipEEnum, Membership.class, "Membership");
		addEEnumLiteral(membershipEEnum, Membership.UNSPECIFIED);
		addEEnumLiteral(membershipEEnum, Membership.MEMBER);
		addEEnumLiteral(membershipEEnum, Membership.EXTERNAL);

		initEEnum(availabilityStatusEEnum, AvailabilityStatus.class, "AvailabilityStatus");
		addEEnumLiteral(availabilityStatusEEnum, AvailabilityStatus.UNSPECIFIED);
		addEEnumLiteral(availabilityStatusEEnum, AvailabilityStatus.AVAILABLE);
		addEEnumLiteral(availabilityStatusEEnum, AvailabilityStatus.PLANNED);
		addEEnumLiteral(availabilityStatusEEnum, AvailabilityStatus.MISSING);

		initEEnum(quantityUnitEEnum, QuantityUnit.class, "QuantityUnit");
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.UNSPECIFIED);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.PEOPLE);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.ORGANISATIONS);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.SQUARE_METRES);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.HOURS_PER_YEAR);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.PROJECTS_PER_YEAR);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.SERVICES_PER_YEAR);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.UNITS_PER_YEAR);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.RUB);
		addEEnumLiteral(quantityUnitEEnum, QuantityUnit.PERCENT);

		initEEnum(amountPeriodEEnum, AmountPeriod.class, "AmountPeriod");
		addEEnumLiteral(amountPeriodEEnum, AmountPeriod.UNSPECIFIED);
		addEEnumLiteral(amountPeriodEEnum, AmountPeriod.PER_YEAR);
		addEEnumLiteral(amountPeriodEEnum, AmountPeriod.ONE_OFF);

		initEEnum(costNatureEEnum, CostNature.class, "CostNature");
		addEEnumLiteral(costNatureEEnum, CostNature.UNSPECIFIED);
		addEEnumLiteral(costNatureEEnum, CostNature.CAPITAL);
		addEEnumLiteral(costNatureEEnum, CostNature.OPERATING);

		initEEnum(targetDirectionEEnum, TargetDirection.class, "TargetDirection");
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.UNSPECIFIED);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.AT_LEAST);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.AT_MOST);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http://www.eclipse.org/emf/2002/Ecore/OCL
		createOCLAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "invocationDelegates", "http://www.eclipse.org/emf/2002/Ecore/OCL",
			   "settingDelegates", "http://www.eclipse.org/emf/2002/Ecore/OCL",
			   "validationDelegates", "http://www.eclipse.org/emf/2002/Ecore/OCL"
		   });
		addAnnotation
		  (namedElementEClass,
		   source,
		   new String[] {
			   "constraints", "hasName"
		   });
		addAnnotation
		  (clusterEClass,
		   source,
		   new String[] {
			   "constraints", "hasCoordinator uniqueNames"
		   });
		addAnnotation
		  (participantEClass,
		   source,
		   new String[] {
			   "constraints", "notIsolated hasRole"
		   });
		addAnnotation
		  (interactionEClass,
		   source,
		   new String[] {
			   "constraints", "linksDifferentParticipants hasBothEnds"
		   });
		addAnnotation
		  (externalContourEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueExternalNames"
		   });
		addAnnotation
		  (internalContourEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueInternalNames"
		   });
		addAnnotation
		  (segmentEClass,
		   source,
		   new String[] {
			   "constraints", "addressedByValueProposition hasChannel hasRelationship membersGenerateInnovation hasMember hasNeed uniqueNeedNames"
		   });
		addAnnotation
		  (segmentNeedEClass,
		   source,
		   new String[] {
			   "constraints", "coveredByReadinessChain"
		   });
		addAnnotation
		  (valuePropositionEClass,
		   source,
		   new String[] {
			   "constraints", "addressesSegment coversNeedsOfItsSegments deliveredByKeyAction"
		   });
		addAnnotation
		  (channelEClass,
		   source,
		   new String[] {
			   "constraints", "servesSegment"
		   });
		addAnnotation
		  (relationshipEClass,
		   source,
		   new String[] {
			   "constraints", "withSegment"
		   });
		addAnnotation
		  (revenueStreamEClass,
		   source,
		   new String[] {
			   "constraints", "fromSegment"
		   });
		addAnnotation
		  (keyResourceEClass,
		   source,
		   new String[] {
			   "constraints", "supportsAction hasProvider"
		   });
		addAnnotation
		  (keyActionEClass,
		   source,
		   new String[] {
			   "constraints", "hasSupportingResource deliversValueProposition hasPerformer"
		   });
		addAnnotation
		  (partnershipEClass,
		   source,
		   new String[] {
			   "constraints", "hasPartner contributes"
		   });
		addAnnotation
		  (costItemEClass,
		   source,
		   new String[] {
			   "constraints", "hasCause"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore/OCL</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createOCLAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore/OCL";
		addAnnotation
		  (namedElementEClass,
		   source,
		   new String[] {
			   "hasName", "not name.oclIsUndefined() and name.size() > 0"
		   });
		addAnnotation
		  (clusterEClass,
		   source,
		   new String[] {
			   "hasCoordinator", "participants->exists(p | p.roles->includes(ParticipantRole::COORDINATOR))",
			   "uniqueNames", "participants->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)"
		   });
		addAnnotation
		  (participantEClass,
		   source,
		   new String[] {
			   "notIsolated", "outgoingInteractions->notEmpty() or incomingInteractions->notEmpty()",
			   "hasRole", "roles->notEmpty()"
		   });
		addAnnotation
		  (interactionEClass,
		   source,
		   new String[] {
			   "linksDifferentParticipants", "source.oclIsUndefined() or target.oclIsUndefined() or source <> target",
			   "hasBothEnds", "not source.oclIsUndefined() and not target.oclIsUndefined()"
		   });
		addAnnotation
		  (externalContourEClass,
		   source,
		   new String[] {
			   "uniqueExternalNames", "segments->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and valuePropositions->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and channels->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and relationships->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and revenueStreams->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)"
		   });
		addAnnotation
		  (internalContourEClass,
		   source,
		   new String[] {
			   "uniqueInternalNames", "keyResources->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and keyActions->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and partnerships->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name) and costItems->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)"
		   });
		addAnnotation
		  (segmentEClass,
		   source,
		   new String[] {
			   "addressedByValueProposition", "valuePropositions->notEmpty()",
			   "hasChannel", "channels->notEmpty()",
			   "hasRelationship", "relationships->notEmpty()",
			   "membersGenerateInnovation", "members->forAll(m | m.roles->includes(ParticipantRole::INNOVATION_GENERATOR))",
			   "hasMember", "members->notEmpty()",
			   "hasNeed", "needs->notEmpty()",
			   "uniqueNeedNames", "needs->select(e | not e.name.oclIsUndefined())->isUnique(e | e.name)"
		   });
		addAnnotation
		  (segmentNeedEClass,
		   source,
		   new String[] {
			   "coveredByReadinessChain", "valuePropositions->exists(vp | vp.keyActions->exists(a | a.supportingResources->notEmpty()))"
		   });
		addAnnotation
		  (valuePropositionEClass,
		   source,
		   new String[] {
			   "addressesSegment", "segments->notEmpty()",
			   "coversNeedsOfItsSegments", "needs->forAll(n | segments->exists(s | s.needs->includes(n)))",
			   "deliveredByKeyAction", "keyActions->notEmpty()"
		   });
		addAnnotation
		  (channelEClass,
		   source,
		   new String[] {
			   "servesSegment", "segments->notEmpty()"
		   });
		addAnnotation
		  (relationshipEClass,
		   source,
		   new String[] {
			   "withSegment", "segments->notEmpty()"
		   });
		addAnnotation
		  (revenueStreamEClass,
		   source,
		   new String[] {
			   "fromSegment", "segments->notEmpty()"
		   });
		addAnnotation
		  (keyResourceEClass,
		   source,
		   new String[] {
			   "supportsAction", "supportedActions->notEmpty()",
			   "hasProvider", "providers->notEmpty() or partnerships->notEmpty()"
		   });
		addAnnotation
		  (keyActionEClass,
		   source,
		   new String[] {
			   "hasSupportingResource", "supportingResources->notEmpty()",
			   "deliversValueProposition", "valuePropositions->notEmpty()",
			   "hasPerformer", "performers->notEmpty() or partnerships->notEmpty()"
		   });
		addAnnotation
		  (partnershipEClass,
		   source,
		   new String[] {
			   "hasPartner", "partners->notEmpty()",
			   "contributes", "resources->notEmpty() or actions->notEmpty()"
		   });
		addAnnotation
		  (costItemEClass,
		   source,
		   new String[] {
			   "hasCause", "resources->notEmpty() or actions->notEmpty()"
		   });
	}

} //SticPackageImpl
