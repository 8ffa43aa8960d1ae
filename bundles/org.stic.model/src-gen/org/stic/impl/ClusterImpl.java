/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.Cluster;
import org.stic.DevelopmentStage;
import org.stic.ExternalContour;
import org.stic.Indicator;
import org.stic.Interaction;
import org.stic.InternalContour;
import org.stic.Participant;
import org.stic.SticPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.ClusterImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getSpecialisation <em>Specialisation</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getDevelopmentStage <em>Development Stage</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getExternalContour <em>External Contour</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getInternalContour <em>Internal Contour</em>}</li>
 *   <li>{@link org.stic.impl.ClusterImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterImpl extends NamedElementImpl implements Cluster {
	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerritory() <em>Territory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritory()
	 * @generated
	 * @ordered
	 */
	protected static final String TERRITORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerritory() <em>Territory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritory()
	 * @generated
	 * @ordered
	 */
	protected String territory = TERRITORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpecialisation() <em>Specialisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialisation()
	 * @generated
	 * @ordered
	 */
	protected static final String SPECIALISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpecialisation() <em>Specialisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialisation()
	 * @generated
	 * @ordered
	 */
	protected String specialisation = SPECIALISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevelopmentStage() <em>Development Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopmentStage()
	 * @generated
	 * @ordered
	 */
	protected static final DevelopmentStage DEVELOPMENT_STAGE_EDEFAULT = DevelopmentStage.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDevelopmentStage() <em>Development Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopmentStage()
	 * @generated
	 * @ordered
	 */
	protected DevelopmentStage developmentStage = DEVELOPMENT_STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected String modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getInteractions() <em>Interactions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> interactions;

	/**
	 * The cached value of the '{@link #getExternalContour() <em>External Contour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalContour()
	 * @generated
	 * @ordered
	 */
	protected ExternalContour externalContour;

	/**
	 * The cached value of the '{@link #getInternalContour() <em>Internal Contour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalContour()
	 * @generated
	 * @ordered
	 */
	protected InternalContour internalContour;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.CLUSTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTerritory() {
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerritory(String newTerritory) {
		String oldTerritory = territory;
		territory = newTerritory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__TERRITORY, oldTerritory, territory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpecialisation() {
		return specialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialisation(String newSpecialisation) {
		String oldSpecialisation = specialisation;
		specialisation = newSpecialisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__SPECIALISATION, oldSpecialisation, specialisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevelopmentStage getDevelopmentStage() {
		return developmentStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevelopmentStage(DevelopmentStage newDevelopmentStage) {
		DevelopmentStage oldDevelopmentStage = developmentStage;
		developmentStage = newDevelopmentStage == null ? DEVELOPMENT_STAGE_EDEFAULT : newDevelopmentStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__DEVELOPMENT_STAGE, oldDevelopmentStage, developmentStage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelVersion() {
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(String newModelVersion) {
		String oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, SticPackage.CLUSTER__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getInteractions() {
		if (interactions == null) {
			interactions = new EObjectContainmentEList<Interaction>(Interaction.class, this, SticPackage.CLUSTER__INTERACTIONS);
		}
		return interactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalContour getExternalContour() {
		return externalContour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExternalContour(ExternalContour newExternalContour, NotificationChain msgs) {
		ExternalContour oldExternalContour = externalContour;
		externalContour = newExternalContour;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__EXTERNAL_CONTOUR, oldExternalContour, newExternalContour);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalContour(ExternalContour newExternalContour) {
		if (newExternalContour != externalContour) {
			NotificationChain msgs = null;
			if (externalContour != null)
				msgs = ((InternalEObject)externalContour).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SticPackage.CLUSTER__EXTERNAL_CONTOUR, null, msgs);
			if (newExternalContour != null)
				msgs = ((InternalEObject)newExternalContour).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SticPackage.CLUSTER__EXTERNAL_CONTOUR, null, msgs);
			msgs = basicSetExternalContour(newExternalContour, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__EXTERNAL_CONTOUR, newExternalContour, newExternalContour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InternalContour getInternalContour() {
		return internalContour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInternalContour(InternalContour newInternalContour, NotificationChain msgs) {
		InternalContour oldInternalContour = internalContour;
		internalContour = newInternalContour;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__INTERNAL_CONTOUR, oldInternalContour, newInternalContour);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternalContour(InternalContour newInternalContour) {
		if (newInternalContour != internalContour) {
			NotificationChain msgs = null;
			if (internalContour != null)
				msgs = ((InternalEObject)internalContour).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SticPackage.CLUSTER__INTERNAL_CONTOUR, null, msgs);
			if (newInternalContour != null)
				msgs = ((InternalEObject)newInternalContour).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SticPackage.CLUSTER__INTERNAL_CONTOUR, null, msgs);
			msgs = basicSetInternalContour(newInternalContour, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.CLUSTER__INTERNAL_CONTOUR, newInternalContour, newInternalContour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, SticPackage.CLUSTER__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SticPackage.CLUSTER__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case SticPackage.CLUSTER__INTERACTIONS:
				return ((InternalEList<?>)getInteractions()).basicRemove(otherEnd, msgs);
			case SticPackage.CLUSTER__EXTERNAL_CONTOUR:
				return basicSetExternalContour(null, msgs);
			case SticPackage.CLUSTER__INTERNAL_CONTOUR:
				return basicSetInternalContour(null, msgs);
			case SticPackage.CLUSTER__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SticPackage.CLUSTER__SECTOR:
				return getSector();
			case SticPackage.CLUSTER__TERRITORY:
				return getTerritory();
			case SticPackage.CLUSTER__SPECIALISATION:
				return getSpecialisation();
			case SticPackage.CLUSTER__PURPOSE:
				return getPurpose();
			case SticPackage.CLUSTER__DEVELOPMENT_STAGE:
				return getDevelopmentStage();
			case SticPackage.CLUSTER__MODEL_VERSION:
				return getModelVersion();
			case SticPackage.CLUSTER__PARTICIPANTS:
				return getParticipants();
			case SticPackage.CLUSTER__INTERACTIONS:
				return getInteractions();
			case SticPackage.CLUSTER__EXTERNAL_CONTOUR:
				return getExternalContour();
			case SticPackage.CLUSTER__INTERNAL_CONTOUR:
				return getInternalContour();
			case SticPackage.CLUSTER__INDICATORS:
				return getIndicators();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SticPackage.CLUSTER__SECTOR:
				setSector((String)newValue);
				return;
			case SticPackage.CLUSTER__TERRITORY:
				setTerritory((String)newValue);
				return;
			case SticPackage.CLUSTER__SPECIALISATION:
				setSpecialisation((String)newValue);
				return;
			case SticPackage.CLUSTER__PURPOSE:
				setPurpose((String)newValue);
				return;
			case SticPackage.CLUSTER__DEVELOPMENT_STAGE:
				setDevelopmentStage((DevelopmentStage)newValue);
				return;
			case SticPackage.CLUSTER__MODEL_VERSION:
				setModelVersion((String)newValue);
				return;
			case SticPackage.CLUSTER__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case SticPackage.CLUSTER__INTERACTIONS:
				getInteractions().clear();
				getInteractions().addAll((Collection<? extends Interaction>)newValue);
				return;
			case SticPackage.CLUSTER__EXTERNAL_CONTOUR:
				setExternalContour((ExternalContour)newValue);
				return;
			case SticPackage.CLUSTER__INTERNAL_CONTOUR:
				setInternalContour((InternalContour)newValue);
				return;
			case SticPackage.CLUSTER__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SticPackage.CLUSTER__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case SticPackage.CLUSTER__TERRITORY:
				setTerritory(TERRITORY_EDEFAULT);
				return;
			case SticPackage.CLUSTER__SPECIALISATION:
				setSpecialisation(SPECIALISATION_EDEFAULT);
				return;
			case SticPackage.CLUSTER__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case SticPackage.CLUSTER__DEVELOPMENT_STAGE:
				setDevelopmentStage(DEVELOPMENT_STAGE_EDEFAULT);
				return;
			case SticPackage.CLUSTER__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case SticPackage.CLUSTER__PARTICIPANTS:
				getParticipants().clear();
				return;
			case SticPackage.CLUSTER__INTERACTIONS:
				getInteractions().clear();
				return;
			case SticPackage.CLUSTER__EXTERNAL_CONTOUR:
				setExternalContour((ExternalContour)null);
				return;
			case SticPackage.CLUSTER__INTERNAL_CONTOUR:
				setInternalContour((InternalContour)null);
				return;
			case SticPackage.CLUSTER__INDICATORS:
				getIndicators().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SticPackage.CLUSTER__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case SticPackage.CLUSTER__TERRITORY:
				return TERRITORY_EDEFAULT == null ? territory != null : !TERRITORY_EDEFAULT.equals(territory);
			case SticPackage.CLUSTER__SPECIALISATION:
				return SPECIALISATION_EDEFAULT == null ? specialisation != null : !SPECIALISATION_EDEFAULT.equals(specialisation);
			case SticPackage.CLUSTER__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case SticPackage.CLUSTER__DEVELOPMENT_STAGE:
				return developmentStage != DEVELOPMENT_STAGE_EDEFAULT;
			case SticPackage.CLUSTER__MODEL_VERSION:
				return MODEL_VERSION_EDEFAULT == null ? modelVersion != null : !MODEL_VERSION_EDEFAULT.equals(modelVersion);
			case SticPackage.CLUSTER__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case SticPackage.CLUSTER__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
			case SticPackage.CLUSTER__EXTERNAL_CONTOUR:
				return externalContour != null;
			case SticPackage.CLUSTER__INTERNAL_CONTOUR:
				return internalContour != null;
			case SticPackage.CLUSTER__INDICATORS:
				return indicators != null && !indicators.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sector: ");
		result.append(sector);
		result.append(", territory: ");
		result.append(territory);
		result.append(", specialisation: ");
		result.append(specialisation);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", developmentStage: ");
		result.append(developmentStage);
		result.append(", modelVersion: ");
		result.append(modelVersion);
		result.append(')');
		return result.toString();
	}

} //ClusterImpl
