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
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.Channel;
import org.stic.Participant;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticPackage;
import org.stic.ValueProposition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.SegmentImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.stic.impl.SegmentImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.stic.impl.SegmentImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.stic.impl.SegmentImpl#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.impl.SegmentImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.stic.impl.SegmentImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.stic.impl.SegmentImpl#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentImpl extends NamedElementImpl implements Segment {
	/**
	 * The default value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected String criteria = CRITERIA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> members;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentNeed> needs;

	/**
	 * The cached value of the '{@link #getValuePropositions() <em>Value Propositions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePropositions()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueProposition> valuePropositions;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getRevenueStreams() <em>Revenue Streams</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenueStreams()
	 * @generated
	 * @ordered
	 */
	protected EList<RevenueStream> revenueStreams;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriteria() {
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteria(String newCriteria) {
		String oldCriteria = criteria;
		criteria = newCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SticPackage.SEGMENT__CRITERIA, oldCriteria, criteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getMembers() {
		if (members == null) {
			members = new EObjectWithInverseResolvingEList.ManyInverse<Participant>(Participant.class, this, SticPackage.SEGMENT__MEMBERS, SticPackage.PARTICIPANT__SEGMENTS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentNeed> getNeeds() {
		if (needs == null) {
			needs = new EObjectContainmentEList<SegmentNeed>(SegmentNeed.class, this, SticPackage.SEGMENT__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueProposition> getValuePropositions() {
		if (valuePropositions == null) {
			valuePropositions = new EObjectWithInverseResolvingEList.ManyInverse<ValueProposition>(ValueProposition.class, this, SticPackage.SEGMENT__VALUE_PROPOSITIONS, SticPackage.VALUE_PROPOSITION__SEGMENTS);
		}
		return valuePropositions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectWithInverseResolvingEList.ManyInverse<Channel>(Channel.class, this, SticPackage.SEGMENT__CHANNELS, SticPackage.CHANNEL__SEGMENTS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectWithInverseResolvingEList.ManyInverse<Relationship>(Relationship.class, this, SticPackage.SEGMENT__RELATIONSHIPS, SticPackage.RELATIONSHIP__SEGMENTS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RevenueStream> getRevenueStreams() {
		if (revenueStreams == null) {
			revenueStreams = new EObjectWithInverseResolvingEList.ManyInverse<RevenueStream>(RevenueStream.class, this, SticPackage.SEGMENT__REVENUE_STREAMS, SticPackage.REVENUE_STREAM__SEGMENTS);
		}
		return revenueStreams;
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
			case SticPackage.SEGMENT__MEMBERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMembers()).basicAdd(otherEnd, msgs);
			case SticPackage.SEGMENT__VALUE_PROPOSITIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getValuePropositions()).basicAdd(otherEnd, msgs);
			case SticPackage.SEGMENT__CHANNELS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChannels()).basicAdd(otherEnd, msgs);
			case SticPackage.SEGMENT__RELATIONSHIPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRelationships()).basicAdd(otherEnd, msgs);
			case SticPackage.SEGMENT__REVENUE_STREAMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRevenueStreams()).basicAdd(otherEnd, msgs);
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
			case SticPackage.SEGMENT__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case SticPackage.SEGMENT__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
			case SticPackage.SEGMENT__VALUE_PROPOSITIONS:
				return ((InternalEList<?>)getValuePropositions()).basicRemove(otherEnd, msgs);
			case SticPackage.SEGMENT__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case SticPackage.SEGMENT__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case SticPackage.SEGMENT__REVENUE_STREAMS:
				return ((InternalEList<?>)getRevenueStreams()).basicRemove(otherEnd, msgs);
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
			case SticPackage.SEGMENT__CRITERIA:
				return getCriteria();
			case SticPackage.SEGMENT__MEMBERS:
				return getMembers();
			case SticPackage.SEGMENT__NEEDS:
				return getNeeds();
			case SticPackage.SEGMENT__VALUE_PROPOSITIONS:
				return getValuePropositions();
			case SticPackage.SEGMENT__CHANNELS:
				return getChannels();
			case SticPackage.SEGMENT__RELATIONSHIPS:
				return getRelationships();
			case SticPackage.SEGMENT__REVENUE_STREAMS:
				return getRevenueStreams();
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
			case SticPackage.SEGMENT__CRITERIA:
				setCriteria((String)newValue);
				return;
			case SticPackage.SEGMENT__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Participant>)newValue);
				return;
			case SticPackage.SEGMENT__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends SegmentNeed>)newValue);
				return;
			case SticPackage.SEGMENT__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				getValuePropositions().addAll((Collection<? extends ValueProposition>)newValue);
				return;
			case SticPackage.SEGMENT__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case SticPackage.SEGMENT__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case SticPackage.SEGMENT__REVENUE_STREAMS:
				getRevenueStreams().clear();
				getRevenueStreams().addAll((Collection<? extends RevenueStream>)newValue);
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
			case SticPackage.SEGMENT__CRITERIA:
				setCriteria(CRITERIA_EDEFAULT);
				return;
			case SticPackage.SEGMENT__MEMBERS:
				getMembers().clear();
				return;
			case SticPackage.SEGMENT__NEEDS:
				getNeeds().clear();
				return;
			case SticPackage.SEGMENT__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				return;
			case SticPackage.SEGMENT__CHANNELS:
				getChannels().clear();
				return;
			case SticPackage.SEGMENT__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case SticPackage.SEGMENT__REVENUE_STREAMS:
				getRevenueStreams().clear();
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
			case SticPackage.SEGMENT__CRITERIA:
				return CRITERIA_EDEFAULT == null ? criteria != null : !CRITERIA_EDEFAULT.equals(criteria);
			case SticPackage.SEGMENT__MEMBERS:
				return members != null && !members.isEmpty();
			case SticPackage.SEGMENT__NEEDS:
				return needs != null && !needs.isEmpty();
			case SticPackage.SEGMENT__VALUE_PROPOSITIONS:
				return valuePropositions != null && !valuePropositions.isEmpty();
			case SticPackage.SEGMENT__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SticPackage.SEGMENT__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case SticPackage.SEGMENT__REVENUE_STREAMS:
				return revenueStreams != null && !revenueStreams.isEmpty();
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
		result.append(" (criteria: ");
		result.append(criteria);
		result.append(')');
		return result.toString();
	}

} //SegmentImpl
