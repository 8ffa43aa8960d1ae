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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SticPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.ParticipantImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getPerformedActions <em>Performed Actions</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getProvidedResources <em>Provided Resources</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getOutgoingInteractions <em>Outgoing Interactions</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getIncomingInteractions <em>Incoming Interactions</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getMembership <em>Membership</em>}</li>
 *   <li>{@link org.stic.impl.ParticipantImpl#getPaidRevenueStreams <em>Paid Revenue Streams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParticipantImpl extends NamedElementImpl implements Participant {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ParticipantKind KIND_EDEFAULT = ParticipantKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ParticipantKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<ParticipantRole> roles;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getPerformedActions() <em>Performed Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedActions()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyAction> performedActions;

	/**
	 * The cached value of the '{@link #getProvidedResources() <em>Provided Resources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvidedResources()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyResource> providedResources;

	/**
	 * The cached value of the '{@link #getPartnerships() <em>Partnerships</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerships()
	 * @generated
	 * @ordered
	 */
	protected EList<Partnership> partnerships;

	/**
	 * The cached value of the '{@link #getOutgoingInteractions() <em>Outgoing Interactions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutgoingInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> outgoingInteractions;

	/**
	 * The cached value of the '{@link #getIncomingInteractions() <em>Incoming Interactions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomingInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> incomingInteractions;

	/**
	 * The default value of the '{@link #getMembership() <em>Membership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembership()
	 * @generated
	 * @ordered
	 */
	protected static final Membership MEMBERSHIP_EDEFAULT = Membership.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMembership() <em>Membership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembership()
	 * @generated
	 * @ordered
	 */
	protected Membership membership = MEMBERSHIP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPaidRevenueStreams() <em>Paid Revenue Streams</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaidRevenueStreams()
	 * @generated
	 * @ordered
	 */
	protected EList<RevenueStream> paidRevenueStreams;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParticipantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.PARTICIPANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParticipantKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ParticipantKind newKind) {
		ParticipantKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.PARTICIPANT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParticipantRole> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<ParticipantRole>(ParticipantRole.class, this, SticPackage.PARTICIPANT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.PARTICIPANT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectWithInverseResolvingEList.ManyInverse<Segment>(Segment.class, this, SticPackage.PARTICIPANT__SEGMENTS, SticPackage.SEGMENT__MEMBERS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyAction> getPerformedActions() {
		if (performedActions == null) {
			performedActions = new EObjectWithInverseResolvingEList.ManyInverse<KeyAction>(KeyAction.class, this, SticPackage.PARTICIPANT__PERFORMED_ACTIONS, SticPackage.KEY_ACTION__PERFORMERS);
		}
		return performedActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyResource> getProvidedResources() {
		if (providedResources == null) {
			providedResources = new EObjectWithInverseResolvingEList.ManyInverse<KeyResource>(KeyResource.class, this, SticPackage.PARTICIPANT__PROVIDED_RESOURCES, SticPackage.KEY_RESOURCE__PROVIDERS);
		}
		return providedResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partnership> getPartnerships() {
		if (partnerships == null) {
			partnerships = new EObjectWithInverseResolvingEList.ManyInverse<Partnership>(Partnership.class, this, SticPackage.PARTICIPANT__PARTNERSHIPS, SticPackage.PARTNERSHIP__PARTNERS);
		}
		return partnerships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getOutgoingInteractions() {
		if (outgoingInteractions == null) {
			outgoingInteractions = new EObjectWithInverseResolvingEList<Interaction>(Interaction.class, this, SticPackage.PARTICIPANT__OUTGOING_INTERACTIONS, SticPackage.INTERACTION__SOURCE);
		}
		return outgoingInteractions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getIncomingInteractions() {
		if (incomingInteractions == null) {
			incomingInteractions = new EObjectWithInverseResolvingEList<Interaction>(Interaction.class, this, SticPackage.PARTICIPANT__INCOMING_INTERACTIONS, SticPackage.INTERACTION__TARGET);
		}
		return incomingInteractions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Membership getMembership() {
		return membership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembership(Membership newMembership) {
		Membership oldMembership = membership;
		membership = newMembership == null ? MEMBERSHIP_EDEFAULT : newMembership;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.PARTICIPANT__MEMBERSHIP, oldMembership, membership));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RevenueStream> getPaidRevenueStreams() {
		if (paidRevenueStreams == null) {
			paidRevenueStreams = new EObjectWithInverseResolvingEList.ManyInverse<RevenueStream>(RevenueStream.class, this, SticPackage.PARTICIPANT__PAID_REVENUE_STREAMS, SticPackage.REVENUE_STREAM__PAYERS);
		}
		return paidRevenueStreams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SticPackage.PARTICIPANT__SEGMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSegments()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PERFORMED_ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPerformedActions()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PROVIDED_RESOURCES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getProvidedResources()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PARTNERSHIPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPartnerships()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTICIPANT__OUTGOING_INTERACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOutgoingInteractions()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTICIPANT__INCOMING_INTERACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getIncomingInteractions()).basicAdd(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PAID_REVENUE_STREAMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPaidRevenueStreams()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SticPackage.PARTICIPANT__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PERFORMED_ACTIONS:
				return ((InternalEList<?>)getPerformedActions()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PROVIDED_RESOURCES:
				return ((InternalEList<?>)getProvidedResources()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PARTNERSHIPS:
				return ((InternalEList<?>)getPartnerships()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTICIPANT__OUTGOING_INTERACTIONS:
				return ((InternalEList<?>)getOutgoingInteractions()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTICIPANT__INCOMING_INTERACTIONS:
				return ((InternalEList<?>)getIncomingInteractions()).basicRemove(otherEnd, msgs);
			case SticPackage.PARTICIPANT__PAID_REVENUE_STREAMS:
				return ((InternalEList<?>)getPaidRevenueStreams()).basicRemove(otherEnd, msgs);
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
			case SticPackage.PARTICIPANT__KIND:
				return getKind();
			case SticPackage.PARTICIPANT__ROLES:
				return getRoles();
			case SticPackage.PARTICIPANT__LOCATION:
				return getLocation();
			case SticPackage.PARTICIPANT__SEGMENTS:
				return getSegments();
			case SticPackage.PARTICIPANT__PERFORMED_ACTIONS:
				return getPerformedActions();
			case SticPackage.PARTICIPANT__PROVIDED_RESOURCES:
				return getProvidedResources();
			case SticPackage.PARTICIPANT__PARTNERSHIPS:
				return getPartnerships();
			case SticPackage.PARTICIPANT__OUTGOING_INTERACTIONS:
				return getOutgoingInteractions();
			case SticPackage.PARTICIPANT__INCOMING_INTERACTIONS:
				return getIncomingInteractions();
			case SticPackage.PARTICIPANT__MEMBERSHIP:
				return getMembership();
			case SticPackage.PARTICIPANT__PAID_REVENUE_STREAMS:
				return getPaidRevenueStreams();
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
			case SticPackage.PARTICIPANT__KIND:
				setKind((ParticipantKind)newValue);
				return;
			case SticPackage.PARTICIPANT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends ParticipantRole>)newValue);
				return;
			case SticPackage.PARTICIPANT__LOCATION:
				setLocation((String)newValue);
				return;
			case SticPackage.PARTICIPANT__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case SticPackage.PARTICIPANT__PERFORMED_ACTIONS:
				getPerformedActions().clear();
				getPerformedActions().addAll((Collection<? extends KeyAction>)newValue);
				return;
			case SticPackage.PARTICIPANT__PROVIDED_RESOURCES:
				getProvidedResources().clear();
				getProvidedResources().addAll((Collection<? extends KeyResource>)newValue);
				return;
			case SticPackage.PARTICIPANT__PARTNERSHIPS:
				getPartnerships().clear();
				getPartnerships().addAll((Collection<? extends Partnership>)newValue);
				return;
			case SticPackage.PARTICIPANT__OUTGOING_INTERACTIONS:
				getOutgoingInteractions().clear();
				getOutgoingInteractions().addAll((Collection<? extends Interaction>)newValue);
				return;
			case SticPackage.PARTICIPANT__INCOMING_INTERACTIONS:
				getIncomingInteractions().clear();
				getIncomingInteractions().addAll((Collection<? extends Interaction>)newValue);
				return;
			case SticPackage.PARTICIPANT__MEMBERSHIP:
				setMembership((Membership)newValue);
				return;
			case SticPackage.PARTICIPANT__PAID_REVENUE_STREAMS:
				getPaidRevenueStreams().clear();
				getPaidRevenueStreams().addAll((Collection<? extends RevenueStream>)newValue);
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
			case SticPackage.PARTICIPANT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SticPackage.PARTICIPANT__ROLES:
				getRoles().clear();
				return;
			case SticPackage.PARTICIPANT__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case SticPackage.PARTICIPANT__SEGMENTS:
				getSegments().clear();
				return;
			case SticPackage.PARTICIPANT__PERFORMED_ACTIONS:
				getPerformedActions().clear();
				return;
			case SticPackage.PARTICIPANT__PROVIDED_RESOURCES:
				getProvidedResources().clear();
				return;
			case SticPackage.PARTICIPANT__PARTNERSHIPS:
				getPartnerships().clear();
				return;
			case SticPackage.PARTICIPANT__OUTGOING_INTERACTIONS:
				getOutgoingInteractions().clear();
				return;
			case SticPackage.PARTICIPANT__INCOMING_INTERACTIONS:
				getIncomingInteractions().clear();
				return;
			case SticPackage.PARTICIPANT__MEMBERSHIP:
				setMembership(MEMBERSHIP_EDEFAULT);
				return;
			case SticPackage.PARTICIPANT__PAID_REVENUE_STREAMS:
				getPaidRevenueStreams().clear();
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
			case SticPackage.PARTICIPANT__KIND:
				return kind != KIND_EDEFAULT;
			case SticPackage.PARTICIPANT__ROLES:
				return roles != null && !roles.isEmpty();
			case SticPackage.PARTICIPANT__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case SticPackage.PARTICIPANT__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case SticPackage.PARTICIPANT__PERFORMED_ACTIONS:
				return performedActions != null && !performedActions.isEmpty();
			case SticPackage.PARTICIPANT__PROVIDED_RESOURCES:
				return providedResources != null && !providedResources.isEmpty();
			case SticPackage.PARTICIPANT__PARTNERSHIPS:
				return partnerships != null && !partnerships.isEmpty();
			case SticPackage.PARTICIPANT__OUTGOING_INTERACTIONS:
				return outgoingInteractions != null && !outgoingInteractions.isEmpty();
			case SticPackage.PARTICIPANT__INCOMING_INTERACTIONS:
				return incomingInteractions != null && !incomingInteractions.isEmpty();
			case SticPackage.PARTICIPANT__MEMBERSHIP:
				return membership != MEMBERSHIP_EDEFAULT;
			case SticPackage.PARTICIPANT__PAID_REVENUE_STREAMS:
				return paidRevenueStreams != null && !paidRevenueStreams.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", roles: ");
		result.append(roles);
		result.append(", location: ");
		result.append(location);
		result.append(", membership: ");
		result.append(membership);
		result.append(')');
		return result.toString();
	}

} //ParticipantImpl
