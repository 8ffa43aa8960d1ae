/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sectoral and territorial innovative cluster (STIC; отраслевой территориальный инновационный кластер): the organisations of one sector in one territory that join forces so that the participants who generate innovations develop faster. The root of every .stic model. Its business model has two contours: the external contour facing the cluster's consumers (its own innovation-generating participants) and the internal contour, the cluster's readiness to serve them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.Cluster#getSector <em>Sector</em>}</li>
 *   <li>{@link org.stic.Cluster#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.stic.Cluster#getSpecialisation <em>Specialisation</em>}</li>
 *   <li>{@link org.stic.Cluster#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.stic.Cluster#getDevelopmentStage <em>Development Stage</em>}</li>
 *   <li>{@link org.stic.Cluster#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.stic.Cluster#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.stic.Cluster#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.stic.Cluster#getExternalContour <em>External Contour</em>}</li>
 *   <li>{@link org.stic.Cluster#getInternalContour <em>Internal Contour</em>}</li>
 *   <li>{@link org.stic.Cluster#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getCluster()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasCoordinator uniqueNames'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL hasCoordinator='participants-&gt;exists(p | p.roles-&gt;includes(ParticipantRole::COORDINATOR))' uniqueNames='participants-&gt;select(e | not e.name.oclIsUndefined())-&gt;isUnique(e | e.name)'"
 * @generated
 */
public interface Cluster extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sector of the economy the cluster specialises in, e.g. pharmaceutics, radio-electronics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see org.stic.SticPackage#getCluster_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Territory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The territory (region, municipality) where the cluster's participants are concentrated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Territory</em>' attribute.
	 * @see #setTerritory(String)
	 * @see org.stic.SticPackage#getCluster_Territory()
	 * @model
	 * @generated
	 */
	String getTerritory();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getTerritory <em>Territory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Territory</em>' attribute.
	 * @see #getTerritory()
	 * @generated
	 */
	void setTerritory(String value);

	/**
	 * Returns the value of the '<em><b>Specialisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster's specialisation within its sector: the technologies and products it focuses on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specialisation</em>' attribute.
	 * @see #setSpecialisation(String)
	 * @see org.stic.SticPackage#getCluster_Specialisation()
	 * @model
	 * @generated
	 */
	String getSpecialisation();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getSpecialisation <em>Specialisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialisation</em>' attribute.
	 * @see #getSpecialisation()
	 * @generated
	 */
	void setSpecialisation(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster's purpose as its founding documents state it; for a STIC, the creation of versatile conditions for the accelerated innovative development of the participants that generate innovations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.stic.SticPackage#getCluster_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Development Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.DevelopmentStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the cluster has developed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Development Stage</em>' attribute.
	 * @see org.stic.DevelopmentStage
	 * @see #setDevelopmentStage(DevelopmentStage)
	 * @see org.stic.SticPackage#getCluster_DevelopmentStage()
	 * @model
	 * @generated
	 */
	DevelopmentStage getDevelopmentStage();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getDevelopmentStage <em>Development Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Development Stage</em>' attribute.
	 * @see org.stic.DevelopmentStage
	 * @see #getDevelopmentStage()
	 * @generated
	 */
	void setDevelopmentStage(DevelopmentStage value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of this business model description (e.g. a date or a programme cycle), printed on reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(String)
	 * @see org.stic.SticPackage#getCluster_ModelVersion()
	 * @model
	 * @generated
	 */
	String getModelVersion();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisations that take part in the cluster.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see org.stic.SticPackage#getCluster_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.Interaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network interaction of the participants: who cooperates with, supplies, trains or finances whom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interactions</em>' containment reference list.
	 * @see org.stic.SticPackage#getCluster_Interactions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interaction> getInteractions();

	/**
	 * Returns the value of the '<em><b>External Contour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The external contour of the business model, facing the cluster's consumers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Contour</em>' containment reference.
	 * @see #setExternalContour(ExternalContour)
	 * @see org.stic.SticPackage#getCluster_ExternalContour()
	 * @model containment="true"
	 * @generated
	 */
	ExternalContour getExternalContour();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getExternalContour <em>External Contour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Contour</em>' containment reference.
	 * @see #getExternalContour()
	 * @generated
	 */
	void setExternalContour(ExternalContour value);

	/**
	 * Returns the value of the '<em><b>Internal Contour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The internal contour of the business model: the cluster's readiness and ability to serve its consumers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internal Contour</em>' containment reference.
	 * @see #setInternalContour(InternalContour)
	 * @see org.stic.SticPackage#getCluster_InternalContour()
	 * @model containment="true"
	 * @generated
	 */
	InternalContour getInternalContour();

	/**
	 * Sets the value of the '{@link org.stic.Cluster#getInternalContour <em>Internal Contour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Contour</em>' containment reference.
	 * @see #getInternalContour()
	 * @generated
	 */
	void setInternalContour(InternalContour value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.stic.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster's indicators (показатели): its goals, each with a unit, a baseline, a target and their years, attached to the elements they measure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.stic.SticPackage#getCluster_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Cluster
