/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The STIC metamodel: the business model of a sectoral and territorial innovative cluster (STIC), with its external contour (facing the cluster's consumers, its innovation-generating participants) and its internal contour (key resources, key actions, partnerships and costs: the cluster's readiness to serve them), plus the network interaction of the participants. Version 2.0 adds money with payers and periods, quantities with units, the status of resources and actions, membership, indicators (goals) and sources of facts; 1.0 files are migrated on load. Versioning: see the README of the org.stic.model bundle.
 * <!-- end-model-doc -->
 * @see org.stic.SticFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore invocationDelegates='http://www.eclipse.org/emf/2002/Ecore/OCL' settingDelegates='http://www.eclipse.org/emf/2002/Ecore/OCL' validationDelegates='http://www.eclipse.org/emf/2002/Ecore/OCL'"
 * @generated
 */
public interface SticPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "stic";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.stic.org/stic/2.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "stic";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SticPackage eINSTANCE = org.stic.impl.SticPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.stic.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.ElementImpl
	 * @see org.stic.impl.SticPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__CITATION = 1;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ILLUSTRATIVE = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.NamedElementImpl
	 * @see org.stic.impl.SticPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__CITATION = ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ILLUSTRATIVE = ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.ClusterImpl <em>Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.ClusterImpl
	 * @see org.stic.impl.SticPackageImpl#getCluster()
	 * @generated
	 */
	int CLUSTER = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SECTOR = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Territory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__TERRITORY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Specialisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SPECIALISATION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__PURPOSE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Development Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DEVELOPMENT_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__MODEL_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__PARTICIPANTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__INTERACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>External Contour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__EXTERNAL_CONTOUR = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Internal Contour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__INTERNAL_CONTOUR = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__INDICATORS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.ParticipantImpl
	 * @see org.stic.impl.SticPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ROLES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__LOCATION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Performed Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PERFORMED_ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Provided Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PROVIDED_RESOURCES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Partnerships</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PARTNERSHIPS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Outgoing Interactions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__OUTGOING_INTERACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Incoming Interactions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__INCOMING_INTERACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Membership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__MEMBERSHIP = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Paid Revenue Streams</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PAID_REVENUE_STREAMS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.InteractionImpl <em>Interaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.InteractionImpl
	 * @see org.stic.impl.SticPackageImpl#getInteraction()
	 * @generated
	 */
	int INTERACTION = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CITATION = ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__ILLUSTRATIVE = ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DIRECTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__INTENSITY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__SOURCE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__TARGET = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.ContourImpl <em>Contour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.ContourImpl
	 * @see org.stic.impl.SticPackageImpl#getContour()
	 * @generated
	 */
	int CONTOUR = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR__CITATION = ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR__ILLUSTRATIVE = ELEMENT__ILLUSTRATIVE;

	/**
	 * The number of structural features of the '<em>Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTOUR_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.ExternalContourImpl <em>External Contour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.ExternalContourImpl
	 * @see org.stic.impl.SticPackageImpl#getExternalContour()
	 * @generated
	 */
	int EXTERNAL_CONTOUR = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__DESCRIPTION = CONTOUR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__CITATION = CONTOUR__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__ILLUSTRATIVE = CONTOUR__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__SEGMENTS = CONTOUR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Propositions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__VALUE_PROPOSITIONS = CONTOUR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__CHANNELS = CONTOUR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__RELATIONSHIPS = CONTOUR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revenue Streams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR__REVENUE_STREAMS = CONTOUR_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>External Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR_FEATURE_COUNT = CONTOUR_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>External Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONTOUR_OPERATION_COUNT = CONTOUR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.InternalContourImpl <em>Internal Contour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.InternalContourImpl
	 * @see org.stic.impl.SticPackageImpl#getInternalContour()
	 * @generated
	 */
	int INTERNAL_CONTOUR = 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR__DESCRIPTION = CONTOUR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR__CITATION = CONTOUR__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR__ILLUSTRATIVE = CONTOUR__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Key Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR__KEY_RESOURCES = CONTOUR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Key Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR__KEY_ACTIONS = CONTOUR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partnerships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR__PARTNERSHIPS = CONTOUR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cost Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR__COST_ITEMS = CONTOUR_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Internal Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR_FEATURE_COUNT = CONTOUR_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Internal Contour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERNAL_CONTOUR_OPERATION_COUNT = CONTOUR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.SegmentImpl
	 * @see org.stic.impl.SticPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 8;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CRITERIA = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__MEMBERS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NEEDS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value Propositions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__VALUE_PROPOSITIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__RELATIONSHIPS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Revenue Streams</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__REVENUE_STREAMS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.SegmentNeedImpl <em>Segment Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.SegmentNeedImpl
	 * @see org.stic.impl.SticPackageImpl#getSegmentNeed()
	 * @generated
	 */
	int SEGMENT_NEED = 9;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Propositions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__VALUE_PROPOSITIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__DEMAND = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Demand Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED__DEMAND_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Segment Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Segment Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_NEED_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.ValuePropositionImpl <em>Value Proposition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.ValuePropositionImpl
	 * @see org.stic.impl.SticPackageImpl#getValueProposition()
	 * @generated
	 */
	int VALUE_PROPOSITION = 10;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__NEEDS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__KEY_ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revenue Streams</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__REVENUE_STREAMS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Value Proposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Value Proposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.ChannelImpl
	 * @see org.stic.impl.SticPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 11;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value Propositions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__VALUE_PROPOSITIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.RelationshipImpl
	 * @see org.stic.impl.SticPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 12;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.MonetaryElementImpl <em>Monetary Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.MonetaryElementImpl
	 * @see org.stic.impl.SticPackageImpl#getMonetaryElement()
	 * @generated
	 */
	int MONETARY_ELEMENT = 13;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__AMOUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__CURRENCY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__PERIOD = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__FROM_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT__TO_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Monetary Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Monetary Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_ELEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.RevenueStreamImpl <em>Revenue Stream</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.RevenueStreamImpl
	 * @see org.stic.impl.SticPackageImpl#getRevenueStream()
	 * @generated
	 */
	int REVENUE_STREAM = 14;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__DESCRIPTION = MONETARY_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__CITATION = MONETARY_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__ILLUSTRATIVE = MONETARY_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__NAME = MONETARY_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__AMOUNT = MONETARY_ELEMENT__AMOUNT;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__CURRENCY = MONETARY_ELEMENT__CURRENCY;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__PERIOD = MONETARY_ELEMENT__PERIOD;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__FROM_YEAR = MONETARY_ELEMENT__FROM_YEAR;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__TO_YEAR = MONETARY_ELEMENT__TO_YEAR;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__KIND = MONETARY_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__SEGMENTS = MONETARY_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Payers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__PAYERS = MONETARY_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value Propositions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM__VALUE_PROPOSITIONS = MONETARY_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Revenue Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM_FEATURE_COUNT = MONETARY_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Revenue Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_STREAM_OPERATION_COUNT = MONETARY_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.KeyResourceImpl <em>Key Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.KeyResourceImpl
	 * @see org.stic.impl.SticPackageImpl#getKeyResource()
	 * @generated
	 */
	int KEY_RESOURCE = 15;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__CAPACITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Capacity Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__CAPACITY_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Capacity Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__CAPACITY_NOTE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Available From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__AVAILABLE_FROM = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Providers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__PROVIDERS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Partnerships</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__PARTNERSHIPS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Supported Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__SUPPORTED_ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Cost Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE__COST_ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Key Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Key Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_RESOURCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.KeyActionImpl <em>Key Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.KeyActionImpl
	 * @see org.stic.impl.SticPackageImpl#getKeyAction()
	 * @generated
	 */
	int KEY_ACTION = 16;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Available From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__AVAILABLE_FROM = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Performers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__PERFORMERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Supporting Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__SUPPORTING_RESOURCES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Value Propositions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__VALUE_PROPOSITIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Partnerships</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__PARTNERSHIPS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cost Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION__COST_ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Key Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Key Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.PartnershipImpl <em>Partnership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.PartnershipImpl
	 * @see org.stic.impl.SticPackageImpl#getPartnership()
	 * @generated
	 */
	int PARTNERSHIP = 17;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Contribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__CONTRIBUTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__PARTNERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__RESOURCES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Partnership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Partnership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.CostItemImpl <em>Cost Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.CostItemImpl
	 * @see org.stic.impl.SticPackageImpl#getCostItem()
	 * @generated
	 */
	int COST_ITEM = 18;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__DESCRIPTION = MONETARY_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__CITATION = MONETARY_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__ILLUSTRATIVE = MONETARY_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__NAME = MONETARY_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__AMOUNT = MONETARY_ELEMENT__AMOUNT;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__CURRENCY = MONETARY_ELEMENT__CURRENCY;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__PERIOD = MONETARY_ELEMENT__PERIOD;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__FROM_YEAR = MONETARY_ELEMENT__FROM_YEAR;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__TO_YEAR = MONETARY_ELEMENT__TO_YEAR;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__KIND = MONETARY_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__RESOURCES = MONETARY_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__ACTIONS = MONETARY_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Nature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM__NATURE = MONETARY_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Cost Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM_FEATURE_COUNT = MONETARY_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Cost Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_ITEM_OPERATION_COUNT = MONETARY_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.impl.IndicatorImpl
	 * @see org.stic.impl.SticPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 19;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CITATION = NAMED_ELEMENT__CITATION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ILLUSTRATIVE = NAMED_ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CURRENT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Current Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CURRENT_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASURES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stic.DevelopmentStage <em>Development Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.DevelopmentStage
	 * @see org.stic.impl.SticPackageImpl#getDevelopmentStage()
	 * @generated
	 */
	int DEVELOPMENT_STAGE = 20;

	/**
	 * The meta object id for the '{@link org.stic.ParticipantKind <em>Participant Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.ParticipantKind
	 * @see org.stic.impl.SticPackageImpl#getParticipantKind()
	 * @generated
	 */
	int PARTICIPANT_KIND = 21;

	/**
	 * The meta object id for the '{@link org.stic.ParticipantRole <em>Participant Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.ParticipantRole
	 * @see org.stic.impl.SticPackageImpl#getParticipantRole()
	 * @generated
	 */
	int PARTICIPANT_ROLE = 22;

	/**
	 * The meta object id for the '{@link org.stic.InteractionKind <em>Interaction Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.InteractionKind
	 * @see org.stic.impl.SticPackageImpl#getInteractionKind()
	 * @generated
	 */
	int INTERACTION_KIND = 23;

	/**
	 * The meta object id for the '{@link org.stic.InteractionDirection <em>Interaction Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.InteractionDirection
	 * @see org.stic.impl.SticPackageImpl#getInteractionDirection()
	 * @generated
	 */
	int INTERACTION_DIRECTION = 24;

	/**
	 * The meta object id for the '{@link org.stic.InteractionIntensity <em>Interaction Intensity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.InteractionIntensity
	 * @see org.stic.impl.SticPackageImpl#getInteractionIntensity()
	 * @generated
	 */
	int INTERACTION_INTENSITY = 25;

	/**
	 * The meta object id for the '{@link org.stic.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.Priority
	 * @see org.stic.impl.SticPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 26;

	/**
	 * The meta object id for the '{@link org.stic.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.ChannelKind
	 * @see org.stic.impl.SticPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 27;

	/**
	 * The meta object id for the '{@link org.stic.RelationshipKind <em>Relationship Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.RelationshipKind
	 * @see org.stic.impl.SticPackageImpl#getRelationshipKind()
	 * @generated
	 */
	int RELATIONSHIP_KIND = 28;

	/**
	 * The meta object id for the '{@link org.stic.RevenueKind <em>Revenue Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.RevenueKind
	 * @see org.stic.impl.SticPackageImpl#getRevenueKind()
	 * @generated
	 */
	int REVENUE_KIND = 29;

	/**
	 * The meta object id for the '{@link org.stic.ResourceKind <em>Resource Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.ResourceKind
	 * @see org.stic.impl.SticPackageImpl#getResourceKind()
	 * @generated
	 */
	int RESOURCE_KIND = 30;

	/**
	 * The meta object id for the '{@link org.stic.ActionKind <em>Action Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.ActionKind
	 * @see org.stic.impl.SticPackageImpl#getActionKind()
	 * @generated
	 */
	int ACTION_KIND = 31;

	/**
	 * The meta object id for the '{@link org.stic.PartnershipKind <em>Partnership Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.PartnershipKind
	 * @see org.stic.impl.SticPackageImpl#getPartnershipKind()
	 * @generated
	 */
	int PARTNERSHIP_KIND = 32;

	/**
	 * The meta object id for the '{@link org.stic.CostKind <em>Cost Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.CostKind
	 * @see org.stic.impl.SticPackageImpl#getCostKind()
	 * @generated
	 */
	int COST_KIND = 33;

	/**
	 * The meta object id for the '{@link org.stic.Membership <em>Membership</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.Membership
	 * @see org.stic.impl.SticPackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 34;

	/**
	 * The meta object id for the '{@link org.stic.AvailabilityStatus <em>Availability Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.AvailabilityStatus
	 * @see org.stic.impl.SticPackageImpl#getAvailabilityStatus()
	 * @generated
	 */
	int AVAILABILITY_STATUS = 35;

	/**
	 * The meta object id for the '{@link org.stic.QuantityUnit <em>Quantity Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.QuantityUnit
	 * @see org.stic.impl.SticPackageImpl#getQuantityUnit()
	 * @generated
	 */
	int QUANTITY_UNIT = 36;

	/**
	 * The meta object id for the '{@link org.stic.AmountPeriod <em>Amount Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.AmountPeriod
	 * @see org.stic.impl.SticPackageImpl#getAmountPeriod()
	 * @generated
	 */
	int AMOUNT_PERIOD = 37;

	/**
	 * The meta object id for the '{@link org.stic.CostNature <em>Cost Nature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.CostNature
	 * @see org.stic.impl.SticPackageImpl#getCostNature()
	 * @generated
	 */
	int COST_NATURE = 38;

	/**
	 * The meta object id for the '{@link org.stic.TargetDirection <em>Target Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stic.TargetDirection
	 * @see org.stic.impl.SticPackageImpl#getTargetDirection()
	 * @generated
	 */
	int TARGET_DIRECTION = 39;


	/**
	 * Returns the meta object for class '{@link org.stic.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.stic.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Element#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stic.Element#getDescription()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Element#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.stic.Element#getCitation()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Citation();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Element#isIllustrative <em>Illustrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Illustrative</em>'.
	 * @see org.stic.Element#isIllustrative()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Illustrative();

	/**
	 * Returns the meta object for class '{@link org.stic.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.stic.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.stic.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link org.stic.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster</em>'.
	 * @see org.stic.Cluster
	 * @generated
	 */
	EClass getCluster();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Cluster#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.stic.Cluster#getSector()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Cluster#getTerritory <em>Territory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Territory</em>'.
	 * @see org.stic.Cluster#getTerritory()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Territory();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Cluster#getSpecialisation <em>Specialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialisation</em>'.
	 * @see org.stic.Cluster#getSpecialisation()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Specialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Cluster#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.stic.Cluster#getPurpose()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Cluster#getDevelopmentStage <em>Development Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Development Stage</em>'.
	 * @see org.stic.Cluster#getDevelopmentStage()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_DevelopmentStage();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Cluster#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.stic.Cluster#getModelVersion()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_ModelVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.Cluster#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see org.stic.Cluster#getParticipants()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Participants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.Cluster#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interactions</em>'.
	 * @see org.stic.Cluster#getInteractions()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Interactions();

	/**
	 * Returns the meta object for the containment reference '{@link org.stic.Cluster#getExternalContour <em>External Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>External Contour</em>'.
	 * @see org.stic.Cluster#getExternalContour()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_ExternalContour();

	/**
	 * Returns the meta object for the containment reference '{@link org.stic.Cluster#getInternalContour <em>Internal Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Internal Contour</em>'.
	 * @see org.stic.Cluster#getInternalContour()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_InternalContour();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.Cluster#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.stic.Cluster#getIndicators()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Indicators();

	/**
	 * Returns the meta object for class '{@link org.stic.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see org.stic.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Participant#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.Participant#getKind()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.stic.Participant#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.stic.Participant#getRoles()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Roles();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Participant#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.stic.Participant#getLocation()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Location();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Participant#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.stic.Participant#getSegments()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Participant#getPerformedActions <em>Performed Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Performed Actions</em>'.
	 * @see org.stic.Participant#getPerformedActions()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_PerformedActions();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Participant#getProvidedResources <em>Provided Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Provided Resources</em>'.
	 * @see org.stic.Participant#getProvidedResources()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_ProvidedResources();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Participant#getPartnerships <em>Partnerships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partnerships</em>'.
	 * @see org.stic.Participant#getPartnerships()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_Partnerships();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Participant#getOutgoingInteractions <em>Outgoing Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outgoing Interactions</em>'.
	 * @see org.stic.Participant#getOutgoingInteractions()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_OutgoingInteractions();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Participant#getIncomingInteractions <em>Incoming Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Incoming Interactions</em>'.
	 * @see org.stic.Participant#getIncomingInteractions()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_IncomingInteractions();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Participant#getMembership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Membership</em>'.
	 * @see org.stic.Participant#getMembership()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Membership();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Participant#getPaidRevenueStreams <em>Paid Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Paid Revenue Streams</em>'.
	 * @see org.stic.Participant#getPaidRevenueStreams()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_PaidRevenueStreams();

	/**
	 * Returns the meta object for class '{@link org.stic.Interaction <em>Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction</em>'.
	 * @see org.stic.Interaction
	 * @generated
	 */
	EClass getInteraction();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Interaction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.Interaction#getKind()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Interaction#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.stic.Interaction#getDirection()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Interaction#getIntensity <em>Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intensity</em>'.
	 * @see org.stic.Interaction#getIntensity()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Intensity();

	/**
	 * Returns the meta object for the reference '{@link org.stic.Interaction#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.stic.Interaction#getSource()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Source();

	/**
	 * Returns the meta object for the reference '{@link org.stic.Interaction#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.stic.Interaction#getTarget()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Target();

	/**
	 * Returns the meta object for class '{@link org.stic.Contour <em>Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contour</em>'.
	 * @see org.stic.Contour
	 * @generated
	 */
	EClass getContour();

	/**
	 * Returns the meta object for class '{@link org.stic.ExternalContour <em>External Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Contour</em>'.
	 * @see org.stic.ExternalContour
	 * @generated
	 */
	EClass getExternalContour();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.ExternalContour#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.stic.ExternalContour#getSegments()
	 * @see #getExternalContour()
	 * @generated
	 */
	EReference getExternalContour_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.ExternalContour#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Propositions</em>'.
	 * @see org.stic.ExternalContour#getValuePropositions()
	 * @see #getExternalContour()
	 * @generated
	 */
	EReference getExternalContour_ValuePropositions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.ExternalContour#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.stic.ExternalContour#getChannels()
	 * @see #getExternalContour()
	 * @generated
	 */
	EReference getExternalContour_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.ExternalContour#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.stic.ExternalContour#getRelationships()
	 * @see #getExternalContour()
	 * @generated
	 */
	EReference getExternalContour_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.ExternalContour#getRevenueStreams <em>Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revenue Streams</em>'.
	 * @see org.stic.ExternalContour#getRevenueStreams()
	 * @see #getExternalContour()
	 * @generated
	 */
	EReference getExternalContour_RevenueStreams();

	/**
	 * Returns the meta object for class '{@link org.stic.InternalContour <em>Internal Contour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Internal Contour</em>'.
	 * @see org.stic.InternalContour
	 * @generated
	 */
	EClass getInternalContour();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.InternalContour#getKeyResources <em>Key Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Resources</em>'.
	 * @see org.stic.InternalContour#getKeyResources()
	 * @see #getInternalContour()
	 * @generated
	 */
	EReference getInternalContour_KeyResources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.InternalContour#getKeyActions <em>Key Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Actions</em>'.
	 * @see org.stic.InternalContour#getKeyActions()
	 * @see #getInternalContour()
	 * @generated
	 */
	EReference getInternalContour_KeyActions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.InternalContour#getPartnerships <em>Partnerships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partnerships</em>'.
	 * @see org.stic.InternalContour#getPartnerships()
	 * @see #getInternalContour()
	 * @generated
	 */
	EReference getInternalContour_Partnerships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.InternalContour#getCostItems <em>Cost Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cost Items</em>'.
	 * @see org.stic.InternalContour#getCostItems()
	 * @see #getInternalContour()
	 * @generated
	 */
	EReference getInternalContour_CostItems();

	/**
	 * Returns the meta object for class '{@link org.stic.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.stic.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Segment#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see org.stic.Segment#getCriteria()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Criteria();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Segment#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.stic.Segment#getMembers()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stic.Segment#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needs</em>'.
	 * @see org.stic.Segment#getNeeds()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Needs();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Segment#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Value Propositions</em>'.
	 * @see org.stic.Segment#getValuePropositions()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_ValuePropositions();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Segment#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.stic.Segment#getChannels()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Segment#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Relationships</em>'.
	 * @see org.stic.Segment#getRelationships()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Relationships();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Segment#getRevenueStreams <em>Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Revenue Streams</em>'.
	 * @see org.stic.Segment#getRevenueStreams()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_RevenueStreams();

	/**
	 * Returns the meta object for class '{@link org.stic.SegmentNeed <em>Segment Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Need</em>'.
	 * @see org.stic.SegmentNeed
	 * @generated
	 */
	EClass getSegmentNeed();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.SegmentNeed#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.stic.SegmentNeed#getPriority()
	 * @see #getSegmentNeed()
	 * @generated
	 */
	EAttribute getSegmentNeed_Priority();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.SegmentNeed#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Value Propositions</em>'.
	 * @see org.stic.SegmentNeed#getValuePropositions()
	 * @see #getSegmentNeed()
	 * @generated
	 */
	EReference getSegmentNeed_ValuePropositions();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.SegmentNeed#getDemand <em>Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demand</em>'.
	 * @see org.stic.SegmentNeed#getDemand()
	 * @see #getSegmentNeed()
	 * @generated
	 */
	EAttribute getSegmentNeed_Demand();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.SegmentNeed#getDemandUnit <em>Demand Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demand Unit</em>'.
	 * @see org.stic.SegmentNeed#getDemandUnit()
	 * @see #getSegmentNeed()
	 * @generated
	 */
	EAttribute getSegmentNeed_DemandUnit();

	/**
	 * Returns the meta object for class '{@link org.stic.ValueProposition <em>Value Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Proposition</em>'.
	 * @see org.stic.ValueProposition
	 * @generated
	 */
	EClass getValueProposition();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.ValueProposition#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.stic.ValueProposition#getSegments()
	 * @see #getValueProposition()
	 * @generated
	 */
	EReference getValueProposition_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.ValueProposition#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Needs</em>'.
	 * @see org.stic.ValueProposition#getNeeds()
	 * @see #getValueProposition()
	 * @generated
	 */
	EReference getValueProposition_Needs();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.ValueProposition#getKeyActions <em>Key Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Key Actions</em>'.
	 * @see org.stic.ValueProposition#getKeyActions()
	 * @see #getValueProposition()
	 * @generated
	 */
	EReference getValueProposition_KeyActions();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.ValueProposition#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.stic.ValueProposition#getChannels()
	 * @see #getValueProposition()
	 * @generated
	 */
	EReference getValueProposition_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.ValueProposition#getRevenueStreams <em>Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Revenue Streams</em>'.
	 * @see org.stic.ValueProposition#getRevenueStreams()
	 * @see #getValueProposition()
	 * @generated
	 */
	EReference getValueProposition_RevenueStreams();

	/**
	 * Returns the meta object for class '{@link org.stic.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.stic.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Channel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.Channel#getKind()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Channel#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.stic.Channel#getSegments()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Channel#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Value Propositions</em>'.
	 * @see org.stic.Channel#getValuePropositions()
	 * @see #getChannel()
	 * @generated
	 */
	EReference getChannel_ValuePropositions();

	/**
	 * Returns the meta object for class '{@link org.stic.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.stic.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Relationship#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.Relationship#getKind()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Relationship#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.stic.Relationship#getSegments()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Segments();

	/**
	 * Returns the meta object for class '{@link org.stic.MonetaryElement <em>Monetary Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monetary Element</em>'.
	 * @see org.stic.MonetaryElement
	 * @generated
	 */
	EClass getMonetaryElement();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.MonetaryElement#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.stic.MonetaryElement#getAmount()
	 * @see #getMonetaryElement()
	 * @generated
	 */
	EAttribute getMonetaryElement_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.MonetaryElement#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.stic.MonetaryElement#getCurrency()
	 * @see #getMonetaryElement()
	 * @generated
	 */
	EAttribute getMonetaryElement_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.MonetaryElement#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.stic.MonetaryElement#getPeriod()
	 * @see #getMonetaryElement()
	 * @generated
	 */
	EAttribute getMonetaryElement_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.MonetaryElement#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see org.stic.MonetaryElement#getFromYear()
	 * @see #getMonetaryElement()
	 * @generated
	 */
	EAttribute getMonetaryElement_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.MonetaryElement#getToYear <em>To Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Year</em>'.
	 * @see org.stic.MonetaryElement#getToYear()
	 * @see #getMonetaryElement()
	 * @generated
	 */
	EAttribute getMonetaryElement_ToYear();

	/**
	 * Returns the meta object for class '{@link org.stic.RevenueStream <em>Revenue Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Revenue Stream</em>'.
	 * @see org.stic.RevenueStream
	 * @generated
	 */
	EClass getRevenueStream();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.RevenueStream#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.RevenueStream#getKind()
	 * @see #getRevenueStream()
	 * @generated
	 */
	EAttribute getRevenueStream_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.RevenueStream#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.stic.RevenueStream#getSegments()
	 * @see #getRevenueStream()
	 * @generated
	 */
	EReference getRevenueStream_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.RevenueStream#getPayers <em>Payers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Payers</em>'.
	 * @see org.stic.RevenueStream#getPayers()
	 * @see #getRevenueStream()
	 * @generated
	 */
	EReference getRevenueStream_Payers();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.RevenueStream#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Value Propositions</em>'.
	 * @see org.stic.RevenueStream#getValuePropositions()
	 * @see #getRevenueStream()
	 * @generated
	 */
	EReference getRevenueStream_ValuePropositions();

	/**
	 * Returns the meta object for class '{@link org.stic.KeyResource <em>Key Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Resource</em>'.
	 * @see org.stic.KeyResource
	 * @generated
	 */
	EClass getKeyResource();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyResource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.KeyResource#getKind()
	 * @see #getKeyResource()
	 * @generated
	 */
	EAttribute getKeyResource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyResource#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.stic.KeyResource#getCapacity()
	 * @see #getKeyResource()
	 * @generated
	 */
	EAttribute getKeyResource_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyResource#getCapacityUnit <em>Capacity Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Unit</em>'.
	 * @see org.stic.KeyResource#getCapacityUnit()
	 * @see #getKeyResource()
	 * @generated
	 */
	EAttribute getKeyResource_CapacityUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyResource#getCapacityNote <em>Capacity Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Note</em>'.
	 * @see org.stic.KeyResource#getCapacityNote()
	 * @see #getKeyResource()
	 * @generated
	 */
	EAttribute getKeyResource_CapacityNote();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyResource#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.stic.KeyResource#getStatus()
	 * @see #getKeyResource()
	 * @generated
	 */
	EAttribute getKeyResource_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyResource#getAvailableFrom <em>Available From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Available From</em>'.
	 * @see org.stic.KeyResource#getAvailableFrom()
	 * @see #getKeyResource()
	 * @generated
	 */
	EAttribute getKeyResource_AvailableFrom();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyResource#getProviders <em>Providers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Providers</em>'.
	 * @see org.stic.KeyResource#getProviders()
	 * @see #getKeyResource()
	 * @generated
	 */
	EReference getKeyResource_Providers();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyResource#getPartnerships <em>Partnerships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partnerships</em>'.
	 * @see org.stic.KeyResource#getPartnerships()
	 * @see #getKeyResource()
	 * @generated
	 */
	EReference getKeyResource_Partnerships();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyResource#getSupportedActions <em>Supported Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supported Actions</em>'.
	 * @see org.stic.KeyResource#getSupportedActions()
	 * @see #getKeyResource()
	 * @generated
	 */
	EReference getKeyResource_SupportedActions();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyResource#getCostItems <em>Cost Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cost Items</em>'.
	 * @see org.stic.KeyResource#getCostItems()
	 * @see #getKeyResource()
	 * @generated
	 */
	EReference getKeyResource_CostItems();

	/**
	 * Returns the meta object for class '{@link org.stic.KeyAction <em>Key Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Action</em>'.
	 * @see org.stic.KeyAction
	 * @generated
	 */
	EClass getKeyAction();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyAction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.KeyAction#getKind()
	 * @see #getKeyAction()
	 * @generated
	 */
	EAttribute getKeyAction_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.stic.KeyAction#getStatus()
	 * @see #getKeyAction()
	 * @generated
	 */
	EAttribute getKeyAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.KeyAction#getAvailableFrom <em>Available From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Available From</em>'.
	 * @see org.stic.KeyAction#getAvailableFrom()
	 * @see #getKeyAction()
	 * @generated
	 */
	EAttribute getKeyAction_AvailableFrom();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyAction#getPerformers <em>Performers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Performers</em>'.
	 * @see org.stic.KeyAction#getPerformers()
	 * @see #getKeyAction()
	 * @generated
	 */
	EReference getKeyAction_Performers();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyAction#getSupportingResources <em>Supporting Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supporting Resources</em>'.
	 * @see org.stic.KeyAction#getSupportingResources()
	 * @see #getKeyAction()
	 * @generated
	 */
	EReference getKeyAction_SupportingResources();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyAction#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Value Propositions</em>'.
	 * @see org.stic.KeyAction#getValuePropositions()
	 * @see #getKeyAction()
	 * @generated
	 */
	EReference getKeyAction_ValuePropositions();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyAction#getPartnerships <em>Partnerships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partnerships</em>'.
	 * @see org.stic.KeyAction#getPartnerships()
	 * @see #getKeyAction()
	 * @generated
	 */
	EReference getKeyAction_Partnerships();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.KeyAction#getCostItems <em>Cost Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cost Items</em>'.
	 * @see org.stic.KeyAction#getCostItems()
	 * @see #getKeyAction()
	 * @generated
	 */
	EReference getKeyAction_CostItems();

	/**
	 * Returns the meta object for class '{@link org.stic.Partnership <em>Partnership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partnership</em>'.
	 * @see org.stic.Partnership
	 * @generated
	 */
	EClass getPartnership();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Partnership#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.Partnership#getKind()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Partnership#getContribution <em>Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contribution</em>'.
	 * @see org.stic.Partnership#getContribution()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Contribution();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Partnership#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.stic.Partnership#getPartners()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Partners();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Partnership#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Resources</em>'.
	 * @see org.stic.Partnership#getResources()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Resources();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Partnership#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.stic.Partnership#getActions()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Actions();

	/**
	 * Returns the meta object for class '{@link org.stic.CostItem <em>Cost Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cost Item</em>'.
	 * @see org.stic.CostItem
	 * @generated
	 */
	EClass getCostItem();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.CostItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stic.CostItem#getKind()
	 * @see #getCostItem()
	 * @generated
	 */
	EAttribute getCostItem_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.CostItem#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Resources</em>'.
	 * @see org.stic.CostItem#getResources()
	 * @see #getCostItem()
	 * @generated
	 */
	EReference getCostItem_Resources();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.CostItem#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.stic.CostItem#getActions()
	 * @see #getCostItem()
	 * @generated
	 */
	EReference getCostItem_Actions();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.CostItem#getNature <em>Nature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nature</em>'.
	 * @see org.stic.CostItem#getNature()
	 * @see #getCostItem()
	 * @generated
	 */
	EAttribute getCostItem_Nature();

	/**
	 * Returns the meta object for class '{@link org.stic.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.stic.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.stic.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.stic.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.stic.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see org.stic.Indicator#getBaselineYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.stic.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.stic.Indicator#getTargetYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetYear();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current</em>'.
	 * @see org.stic.Indicator#getCurrent()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Current();

	/**
	 * Returns the meta object for the attribute '{@link org.stic.Indicator#getCurrentYear <em>Current Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Year</em>'.
	 * @see org.stic.Indicator#getCurrentYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_CurrentYear();

	/**
	 * Returns the meta object for the reference list '{@link org.stic.Indicator#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measures</em>'.
	 * @see org.stic.Indicator#getMeasures()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measures();

	/**
	 * Returns the meta object for enum '{@link org.stic.DevelopmentStage <em>Development Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Development Stage</em>'.
	 * @see org.stic.DevelopmentStage
	 * @generated
	 */
	EEnum getDevelopmentStage();

	/**
	 * Returns the meta object for enum '{@link org.stic.ParticipantKind <em>Participant Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Participant Kind</em>'.
	 * @see org.stic.ParticipantKind
	 * @generated
	 */
	EEnum getParticipantKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.ParticipantRole <em>Participant Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Participant Role</em>'.
	 * @see org.stic.ParticipantRole
	 * @generated
	 */
	EEnum getParticipantRole();

	/**
	 * Returns the meta object for enum '{@link org.stic.InteractionKind <em>Interaction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Kind</em>'.
	 * @see org.stic.InteractionKind
	 * @generated
	 */
	EEnum getInteractionKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.InteractionDirection <em>Interaction Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Direction</em>'.
	 * @see org.stic.InteractionDirection
	 * @generated
	 */
	EEnum getInteractionDirection();

	/**
	 * Returns the meta object for enum '{@link org.stic.InteractionIntensity <em>Interaction Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Intensity</em>'.
	 * @see org.stic.InteractionIntensity
	 * @generated
	 */
	EEnum getInteractionIntensity();

	/**
	 * Returns the meta object for enum '{@link org.stic.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.stic.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.stic.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.stic.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.RelationshipKind <em>Relationship Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Kind</em>'.
	 * @see org.stic.RelationshipKind
	 * @generated
	 */
	EEnum getRelationshipKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.RevenueKind <em>Revenue Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Revenue Kind</em>'.
	 * @see org.stic.RevenueKind
	 * @generated
	 */
	EEnum getRevenueKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.ResourceKind <em>Resource Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resource Kind</em>'.
	 * @see org.stic.ResourceKind
	 * @generated
	 */
	EEnum getResourceKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.ActionKind <em>Action Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Kind</em>'.
	 * @see org.stic.ActionKind
	 * @generated
	 */
	EEnum getActionKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.PartnershipKind <em>Partnership Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partnership Kind</em>'.
	 * @see org.stic.PartnershipKind
	 * @generated
	 */
	EEnum getPartnershipKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.CostKind <em>Cost Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cost Kind</em>'.
	 * @see org.stic.CostKind
	 * @generated
	 */
	EEnum getCostKind();

	/**
	 * Returns the meta object for enum '{@link org.stic.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Membership</em>'.
	 * @see org.stic.Membership
	 * @generated
	 */
	EEnum getMembership();

	/**
	 * Returns the meta object for enum '{@link org.stic.AvailabilityStatus <em>Availability Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Availability Status</em>'.
	 * @see org.stic.AvailabilityStatus
	 * @generated
	 */
	EEnum getAvailabilityStatus();

	/**
	 * Returns the meta object for enum '{@link org.stic.QuantityUnit <em>Quantity Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quantity Unit</em>'.
	 * @see org.stic.QuantityUnit
	 * @generated
	 */
	EEnum getQuantityUnit();

	/**
	 * Returns the meta object for enum '{@link org.stic.AmountPeriod <em>Amount Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Amount Period</em>'.
	 * @see org.stic.AmountPeriod
	 * @generated
	 */
	EEnum getAmountPeriod();

	/**
	 * Returns the meta object for enum '{@link org.stic.CostNature <em>Cost Nature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cost Nature</em>'.
	 * @see org.stic.CostNature
	 * @generated
	 */
	EEnum getCostNature();

	/**
	 * Returns the meta object for enum '{@link org.stic.TargetDirection <em>Target Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Direction</em>'.
	 * @see org.stic.TargetDirection
	 * @generated
	 */
	EEnum getTargetDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SticFactory getSticFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.stic.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.ElementImpl
		 * @see org.stic.impl.SticPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__DESCRIPTION = eINSTANCE.getElement_Description();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__CITATION = eINSTANCE.getElement_Citation();

		/**
		 * The meta object literal for the '<em><b>Illustrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ILLUSTRATIVE = eINSTANCE.getElement_Illustrative();

		/**
		 * The meta object literal for the '{@link org.stic.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.NamedElementImpl
		 * @see org.stic.impl.SticPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link org.stic.impl.ClusterImpl <em>Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.ClusterImpl
		 * @see org.stic.impl.SticPackageImpl#getCluster()
		 * @generated
		 */
		EClass CLUSTER = eINSTANCE.getCluster();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__SECTOR = eINSTANCE.getCluster_Sector();

		/**
		 * The meta object literal for the '<em><b>Territory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__TERRITORY = eINSTANCE.getCluster_Territory();

		/**
		 * The meta object literal for the '<em><b>Specialisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__SPECIALISATION = eINSTANCE.getCluster_Specialisation();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__PURPOSE = eINSTANCE.getCluster_Purpose();

		/**
		 * The meta object literal for the '<em><b>Development Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__DEVELOPMENT_STAGE = eINSTANCE.getCluster_DevelopmentStage();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__MODEL_VERSION = eINSTANCE.getCluster_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__PARTICIPANTS = eINSTANCE.getCluster_Participants();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__INTERACTIONS = eINSTANCE.getCluster_Interactions();

		/**
		 * The meta object literal for the '<em><b>External Contour</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__EXTERNAL_CONTOUR = eINSTANCE.getCluster_ExternalContour();

		/**
		 * The meta object literal for the '<em><b>Internal Contour</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__INTERNAL_CONTOUR = eINSTANCE.getCluster_InternalContour();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__INDICATORS = eINSTANCE.getCluster_Indicators();

		/**
		 * The meta object literal for the '{@link org.stic.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.ParticipantImpl
		 * @see org.stic.impl.SticPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__KIND = eINSTANCE.getParticipant_Kind();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ROLES = eINSTANCE.getParticipant_Roles();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__LOCATION = eINSTANCE.getParticipant_Location();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__SEGMENTS = eINSTANCE.getParticipant_Segments();

		/**
		 * The meta object literal for the '<em><b>Performed Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__PERFORMED_ACTIONS = eINSTANCE.getParticipant_PerformedActions();

		/**
		 * The meta object literal for the '<em><b>Provided Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__PROVIDED_RESOURCES = eINSTANCE.getParticipant_ProvidedResources();

		/**
		 * The meta object literal for the '<em><b>Partnerships</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__PARTNERSHIPS = eINSTANCE.getParticipant_Partnerships();

		/**
		 * The meta object literal for the '<em><b>Outgoing Interactions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__OUTGOING_INTERACTIONS = eINSTANCE.getParticipant_OutgoingInteractions();

		/**
		 * The meta object literal for the '<em><b>Incoming Interactions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__INCOMING_INTERACTIONS = eINSTANCE.getParticipant_IncomingInteractions();

		/**
		 * The meta object literal for the '<em><b>Membership</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__MEMBERSHIP = eINSTANCE.getParticipant_Membership();

		/**
		 * The meta object literal for the '<em><b>Paid Revenue Streams</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__PAID_REVENUE_STREAMS = eINSTANCE.getParticipant_PaidRevenueStreams();

		/**
		 * The meta object literal for the '{@link org.stic.impl.InteractionImpl <em>Interaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.InteractionImpl
		 * @see org.stic.impl.SticPackageImpl#getInteraction()
		 * @generated
		 */
		EClass INTERACTION = eINSTANCE.getInteraction();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__KIND = eINSTANCE.getInteraction_Kind();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__DIRECTION = eINSTANCE.getInteraction_Direction();

		/**
		 * The meta object literal for the '<em><b>Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__INTENSITY = eINSTANCE.getInteraction_Intensity();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__SOURCE = eINSTANCE.getInteraction_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__TARGET = eINSTANCE.getInteraction_Target();

		/**
		 * The meta object literal for the '{@link org.stic.impl.ContourImpl <em>Contour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.ContourImpl
		 * @see org.stic.impl.SticPackageImpl#getContour()
		 * @generated
		 */
		EClass CONTOUR = eINSTANCE.getContour();

		/**
		 * The meta object literal for the '{@link org.stic.impl.ExternalContourImpl <em>External Contour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.ExternalContourImpl
		 * @see org.stic.impl.SticPackageImpl#getExternalContour()
		 * @generated
		 */
		EClass EXTERNAL_CONTOUR = eINSTANCE.getExternalContour();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONTOUR__SEGMENTS = eINSTANCE.getExternalContour_Segments();

		/**
		 * The meta object literal for the '<em><b>Value Propositions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONTOUR__VALUE_PROPOSITIONS = eINSTANCE.getExternalContour_ValuePropositions();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONTOUR__CHANNELS = eINSTANCE.getExternalContour_Channels();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONTOUR__RELATIONSHIPS = eINSTANCE.getExternalContour_Relationships();

		/**
		 * The meta object literal for the '<em><b>Revenue Streams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONTOUR__REVENUE_STREAMS = eINSTANCE.getExternalContour_RevenueStreams();

		/**
		 * The meta object literal for the '{@link org.stic.impl.InternalContourImpl <em>Internal Contour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.InternalContourImpl
		 * @see org.stic.impl.SticPackageImpl#getInternalContour()
		 * @generated
		 */
		EClass INTERNAL_CONTOUR = eINSTANCE.getInternalContour();

		/**
		 * The meta object literal for the '<em><b>Key Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERNAL_CONTOUR__KEY_RESOURCES = eINSTANCE.getInternalContour_KeyResources();

		/**
		 * The meta object literal for the '<em><b>Key Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERNAL_CONTOUR__KEY_ACTIONS = eINSTANCE.getInternalContour_KeyActions();

		/**
		 * The meta object literal for the '<em><b>Partnerships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERNAL_CONTOUR__PARTNERSHIPS = eINSTANCE.getInternalContour_Partnerships();

		/**
		 * The meta object literal for the '<em><b>Cost Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERNAL_CONTOUR__COST_ITEMS = eINSTANCE.getInternalContour_CostItems();

		/**
		 * The meta object literal for the '{@link org.stic.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.SegmentImpl
		 * @see org.stic.impl.SticPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__CRITERIA = eINSTANCE.getSegment_Criteria();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__MEMBERS = eINSTANCE.getSegment_Members();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__NEEDS = eINSTANCE.getSegment_Needs();

		/**
		 * The meta object literal for the '<em><b>Value Propositions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__VALUE_PROPOSITIONS = eINSTANCE.getSegment_ValuePropositions();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__CHANNELS = eINSTANCE.getSegment_Channels();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__RELATIONSHIPS = eINSTANCE.getSegment_Relationships();

		/**
		 * The meta object literal for the '<em><b>Revenue Streams</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__REVENUE_STREAMS = eINSTANCE.getSegment_RevenueStreams();

		/**
		 * The meta object literal for the '{@link org.stic.impl.SegmentNeedImpl <em>Segment Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.SegmentNeedImpl
		 * @see org.stic.impl.SticPackageImpl#getSegmentNeed()
		 * @generated
		 */
		EClass SEGMENT_NEED = eINSTANCE.getSegmentNeed();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_NEED__PRIORITY = eINSTANCE.getSegmentNeed_Priority();

		/**
		 * The meta object literal for the '<em><b>Value Propositions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT_NEED__VALUE_PROPOSITIONS = eINSTANCE.getSegmentNeed_ValuePropositions();

		/**
		 * The meta object literal for the '<em><b>Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_NEED__DEMAND = eINSTANCE.getSegmentNeed_Demand();

		/**
		 * The meta object literal for the '<em><b>Demand Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_NEED__DEMAND_UNIT = eINSTANCE.getSegmentNeed_DemandUnit();

		/**
		 * The meta object literal for the '{@link org.stic.impl.ValuePropositionImpl <em>Value Proposition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.ValuePropositionImpl
		 * @see org.stic.impl.SticPackageImpl#getValueProposition()
		 * @generated
		 */
		EClass VALUE_PROPOSITION = eINSTANCE.getValueProposition();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_PROPOSITION__SEGMENTS = eINSTANCE.getValueProposition_Segments();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_PROPOSITION__NEEDS = eINSTANCE.getValueProposition_Needs();

		/**
		 * The meta object literal for the '<em><b>Key Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_PROPOSITION__KEY_ACTIONS = eINSTANCE.getValueProposition_KeyActions();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_PROPOSITION__CHANNELS = eINSTANCE.getValueProposition_Channels();

		/**
		 * The meta object literal for the '<em><b>Revenue Streams</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_PROPOSITION__REVENUE_STREAMS = eINSTANCE.getValueProposition_RevenueStreams();

		/**
		 * The meta object literal for the '{@link org.stic.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.ChannelImpl
		 * @see org.stic.impl.SticPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__KIND = eINSTANCE.getChannel_Kind();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__SEGMENTS = eINSTANCE.getChannel_Segments();

		/**
		 * The meta object literal for the '<em><b>Value Propositions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL__VALUE_PROPOSITIONS = eINSTANCE.getChannel_ValuePropositions();

		/**
		 * The meta object literal for the '{@link org.stic.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.RelationshipImpl
		 * @see org.stic.impl.SticPackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__KIND = eINSTANCE.getRelationship_Kind();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__SEGMENTS = eINSTANCE.getRelationship_Segments();

		/**
		 * The meta object literal for the '{@link org.stic.impl.MonetaryElementImpl <em>Monetary Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.MonetaryElementImpl
		 * @see org.stic.impl.SticPackageImpl#getMonetaryElement()
		 * @generated
		 */
		EClass MONETARY_ELEMENT = eINSTANCE.getMonetaryElement();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_ELEMENT__AMOUNT = eINSTANCE.getMonetaryElement_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_ELEMENT__CURRENCY = eINSTANCE.getMonetaryElement_Currency();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_ELEMENT__PERIOD = eINSTANCE.getMonetaryElement_Period();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_ELEMENT__FROM_YEAR = eINSTANCE.getMonetaryElement_FromYear();

		/**
		 * The meta object literal for the '<em><b>To Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_ELEMENT__TO_YEAR = eINSTANCE.getMonetaryElement_ToYear();

		/**
		 * The meta object literal for the '{@link org.stic.impl.RevenueStreamImpl <em>Revenue Stream</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.RevenueStreamImpl
		 * @see org.stic.impl.SticPackageImpl#getRevenueStream()
		 * @generated
		 */
		EClass REVENUE_STREAM = eINSTANCE.getRevenueStream();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVENUE_STREAM__KIND = eINSTANCE.getRevenueStream_Kind();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVENUE_STREAM__SEGMENTS = eINSTANCE.getRevenueStream_Segments();

		/**
		 * The meta object literal for the '<em><b>Payers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVENUE_STREAM__PAYERS = eINSTANCE.getRevenueStream_Payers();

		/**
		 * The meta object literal for the '<em><b>Value Propositions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVENUE_STREAM__VALUE_PROPOSITIONS = eINSTANCE.getRevenueStream_ValuePropositions();

		/**
		 * The meta object literal for the '{@link org.stic.impl.KeyResourceImpl <em>Key Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.KeyResourceImpl
		 * @see org.stic.impl.SticPackageImpl#getKeyResource()
		 * @generated
		 */
		EClass KEY_RESOURCE = eINSTANCE.getKeyResource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_RESOURCE__KIND = eINSTANCE.getKeyResource_Kind();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_RESOURCE__CAPACITY = eINSTANCE.getKeyResource_Capacity();

		/**
		 * The meta object literal for the '<em><b>Capacity Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_RESOURCE__CAPACITY_UNIT = eINSTANCE.getKeyResource_CapacityUnit();

		/**
		 * The meta object literal for the '<em><b>Capacity Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_RESOURCE__CAPACITY_NOTE = eINSTANCE.getKeyResource_CapacityNote();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_RESOURCE__STATUS = eINSTANCE.getKeyResource_Status();

		/**
		 * The meta object literal for the '<em><b>Available From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_RESOURCE__AVAILABLE_FROM = eINSTANCE.getKeyResource_AvailableFrom();

		/**
		 * The meta object literal for the '<em><b>Providers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_RESOURCE__PROVIDERS = eINSTANCE.getKeyResource_Providers();

		/**
		 * The meta object literal for the '<em><b>Partnerships</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_RESOURCE__PARTNERSHIPS = eINSTANCE.getKeyResource_Partnerships();

		/**
		 * The meta object literal for the '<em><b>Supported Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_RESOURCE__SUPPORTED_ACTIONS = eINSTANCE.getKeyResource_SupportedActions();

		/**
		 * The meta object literal for the '<em><b>Cost Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_RESOURCE__COST_ITEMS = eINSTANCE.getKeyResource_CostItems();

		/**
		 * The meta object literal for the '{@link org.stic.impl.KeyActionImpl <em>Key Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.KeyActionImpl
		 * @see org.stic.impl.SticPackageImpl#getKeyAction()
		 * @generated
		 */
		EClass KEY_ACTION = eINSTANCE.getKeyAction();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_ACTION__KIND = eINSTANCE.getKeyAction_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_ACTION__STATUS = eINSTANCE.getKeyAction_Status();

		/**
		 * The meta object literal for the '<em><b>Available From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_ACTION__AVAILABLE_FROM = eINSTANCE.getKeyAction_AvailableFrom();

		/**
		 * The meta object literal for the '<em><b>Performers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_ACTION__PERFORMERS = eINSTANCE.getKeyAction_Performers();

		/**
		 * The meta object literal for the '<em><b>Supporting Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_ACTION__SUPPORTING_RESOURCES = eINSTANCE.getKeyAction_SupportingResources();

		/**
		 * The meta object literal for the '<em><b>Value Propositions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_ACTION__VALUE_PROPOSITIONS = eINSTANCE.getKeyAction_ValuePropositions();

		/**
		 * The meta object literal for the '<em><b>Partnerships</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_ACTION__PARTNERSHIPS = eINSTANCE.getKeyAction_Partnerships();

		/**
		 * The meta object literal for the '<em><b>Cost Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_ACTION__COST_ITEMS = eINSTANCE.getKeyAction_CostItems();

		/**
		 * The meta object literal for the '{@link org.stic.impl.PartnershipImpl <em>Partnership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.PartnershipImpl
		 * @see org.stic.impl.SticPackageImpl#getPartnership()
		 * @generated
		 */
		EClass PARTNERSHIP = eINSTANCE.getPartnership();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__KIND = eINSTANCE.getPartnership_Kind();

		/**
		 * The meta object literal for the '<em><b>Contribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__CONTRIBUTION = eINSTANCE.getPartnership_Contribution();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__PARTNERS = eINSTANCE.getPartnership_Partners();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__RESOURCES = eINSTANCE.getPartnership_Resources();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__ACTIONS = eINSTANCE.getPartnership_Actions();

		/**
		 * The meta object literal for the '{@link org.stic.impl.CostItemImpl <em>Cost Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.CostItemImpl
		 * @see org.stic.impl.SticPackageImpl#getCostItem()
		 * @generated
		 */
		EClass COST_ITEM = eINSTANCE.getCostItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_ITEM__KIND = eINSTANCE.getCostItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COST_ITEM__RESOURCES = eINSTANCE.getCostItem_Resources();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COST_ITEM__ACTIONS = eINSTANCE.getCostItem_Actions();

		/**
		 * The meta object literal for the '<em><b>Nature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_ITEM__NATURE = eINSTANCE.getCostItem_Nature();

		/**
		 * The meta object literal for the '{@link org.stic.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.impl.IndicatorImpl
		 * @see org.stic.impl.SticPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_YEAR = eINSTANCE.getIndicator_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_YEAR = eINSTANCE.getIndicator_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CURRENT = eINSTANCE.getIndicator_Current();

		/**
		 * The meta object literal for the '<em><b>Current Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CURRENT_YEAR = eINSTANCE.getIndicator_CurrentYear();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASURES = eINSTANCE.getIndicator_Measures();

		/**
		 * The meta object literal for the '{@link org.stic.DevelopmentStage <em>Development Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.DevelopmentStage
		 * @see org.stic.impl.SticPackageImpl#getDevelopmentStage()
		 * @generated
		 */
		EEnum DEVELOPMENT_STAGE = eINSTANCE.getDevelopmentStage();

		/**
		 * The meta object literal for the '{@link org.stic.ParticipantKind <em>Participant Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.ParticipantKind
		 * @see org.stic.impl.SticPackageImpl#getParticipantKind()
		 * @generated
		 */
		EEnum PARTICIPANT_KIND = eINSTANCE.getParticipantKind();

		/**
		 * The meta object literal for the '{@link org.stic.ParticipantRole <em>Participant Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.ParticipantRole
		 * @see org.stic.impl.SticPackageImpl#getParticipantRole()
		 * @generated
		 */
		EEnum PARTICIPANT_ROLE = eINSTANCE.getParticipantRole();

		/**
		 * The meta object literal for the '{@link org.stic.InteractionKind <em>Interaction Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.InteractionKind
		 * @see org.stic.impl.SticPackageImpl#getInteractionKind()
		 * @generated
		 */
		EEnum INTERACTION_KIND = eINSTANCE.getInteractionKind();

		/**
		 * The meta object literal for the '{@link org.stic.InteractionDirection <em>Interaction Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.InteractionDirection
		 * @see org.stic.impl.SticPackageImpl#getInteractionDirection()
		 * @generated
		 */
		EEnum INTERACTION_DIRECTION = eINSTANCE.getInteractionDirection();

		/**
		 * The meta object literal for the '{@link org.stic.InteractionIntensity <em>Interaction Intensity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.InteractionIntensity
		 * @see org.stic.impl.SticPackageImpl#getInteractionIntensity()
		 * @generated
		 */
		EEnum INTERACTION_INTENSITY = eINSTANCE.getInteractionIntensity();

		/**
		 * The meta object literal for the '{@link org.stic.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.Priority
		 * @see org.stic.impl.SticPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.stic.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.ChannelKind
		 * @see org.stic.impl.SticPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.stic.RelationshipKind <em>Relationship Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.RelationshipKind
		 * @see org.stic.impl.SticPackageImpl#getRelationshipKind()
		 * @generated
		 */
		EEnum RELATIONSHIP_KIND = eINSTANCE.getRelationshipKind();

		/**
		 * The meta object literal for the '{@link org.stic.RevenueKind <em>Revenue Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.RevenueKind
		 * @see org.stic.impl.SticPackageImpl#getRevenueKind()
		 * @generated
		 */
		EEnum REVENUE_KIND = eINSTANCE.getRevenueKind();

		/**
		 * The meta object literal for the '{@link org.stic.ResourceKind <em>Resource Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.ResourceKind
		 * @see org.stic.impl.SticPackageImpl#getResourceKind()
		 * @generated
		 */
		EEnum RESOURCE_KIND = eINSTANCE.getResourceKind();

		/**
		 * The meta object literal for the '{@link org.stic.ActionKind <em>Action Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.ActionKind
		 * @see org.stic.impl.SticPackageImpl#getActionKind()
		 * @generated
		 */
		EEnum ACTION_KIND = eINSTANCE.getActionKind();

		/**
		 * The meta object literal for the '{@link org.stic.PartnershipKind <em>Partnership Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.PartnershipKind
		 * @see org.stic.impl.SticPackageImpl#getPartnershipKind()
		 * @generated
		 */
		EEnum PARTNERSHIP_KIND = eINSTANCE.getPartnershipKind();

		/**
		 * The meta object literal for the '{@link org.stic.CostKind <em>Cost Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.CostKind
		 * @see org.stic.impl.SticPackageImpl#getCostKind()
		 * @generated
		 */
		EEnum COST_KIND = eINSTANCE.getCostKind();

		/**
		 * The meta object literal for the '{@link org.stic.Membership <em>Membership</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.Membership
		 * @see org.stic.impl.SticPackageImpl#getMembership()
		 * @generated
		 */
		EEnum MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '{@link org.stic.AvailabilityStatus <em>Availability Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.AvailabilityStatus
		 * @see org.stic.impl.SticPackageImpl#getAvailabilityStatus()
		 * @generated
		 */
		EEnum AVAILABILITY_STATUS = eINSTANCE.getAvailabilityStatus();

		/**
		 * The meta object literal for the '{@link org.stic.QuantityUnit <em>Quantity Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.QuantityUnit
		 * @see org.stic.impl.SticPackageImpl#getQuantityUnit()
		 * @generated
		 */
		EEnum QUANTITY_UNIT = eINSTANCE.getQuantityUnit();

		/**
		 * The meta object literal for the '{@link org.stic.AmountPeriod <em>Amount Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.AmountPeriod
		 * @see org.stic.impl.SticPackageImpl#getAmountPeriod()
		 * @generated
		 */
		EEnum AMOUNT_PERIOD = eINSTANCE.getAmountPeriod();

		/**
		 * The meta object literal for the '{@link org.stic.CostNature <em>Cost Nature</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.CostNature
		 * @see org.stic.impl.SticPackageImpl#getCostNature()
		 * @generated
		 */
		EEnum COST_NATURE = eINSTANCE.getCostNature();

		/**
		 * The meta object literal for the '{@link org.stic.TargetDirection <em>Target Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stic.TargetDirection
		 * @see org.stic.impl.SticPackageImpl#getTargetDirection()
		 * @generated
		 */
		EEnum TARGET_DIRECTION = eINSTANCE.getTargetDirection();

	}

} //SticPackage
