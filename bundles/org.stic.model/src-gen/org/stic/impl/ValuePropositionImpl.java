/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.Channel;
import org.stic.KeyAction;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticPackage;
import org.stic.ValueProposition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value Proposition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.ValuePropositionImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.impl.ValuePropositionImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.stic.impl.ValuePropositionImpl#getKeyActions <em>Key Actions</em>}</li>
 *   <li>{@link org.stic.impl.ValuePropositionImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.stic.impl.ValuePropositionImpl#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValuePropositionImpl extends NamedElementImpl implements ValueProposition {
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
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentNeed> needs;

	/**
	 * The cached value of the '{@link #getKeyActions() <em>Key Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyActions()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyAction> keyActions;

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
	protected ValuePropositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.VALUE_PROPOSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectWithInverseResolvingEList.ManyInverse<Segment>(Segment.class, this, SticPackage.VALUE_PROPOSITION__SEGMENTS, SticPackage.SEGMENT__VALUE_PROPOSITIONS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentNeed> getNeeds() {
		if (needs == null) {
			needs = new EObjectWithInverseResolvingEList.ManyInverse<SegmentNeed>(SegmentNeed.class, this, SticPackage.VALUE_PROPOSITION__NEEDS, SticPackage.SEGMENT_NEED__VALUE_PROPOSITIONS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyAction> getKeyActions() {
		if (keyActions == null) {
			keyActions = new EObjectWithInverseResolvingEList.ManyInverse<KeyAction>(KeyAction.class, this, SticPackage.VALUE_PROPOSITION__KEY_ACTIONS, SticPackage.KEY_ACTION__VALUE_PROPOSITIONS);
		}
		return keyActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectWithInverseResolvingEList.ManyInverse<Channel>(Channel.class, this, SticPackage.VALUE_PROPOSITION__CHANNELS, SticPackage.CHANNEL__VALUE_PROPOSITIONS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RevenueStream> getRevenueStreams() {
		if (revenueStreams == null) {
			revenueStreams = new EObjectWithInverseResolvingEList.ManyInverse<RevenueStream>(RevenueStream.class, this, SticPackage.VALUE_PROPOSITION__REVENUE_STREAMS, SticPackage.REVENUE_STREAM__VALUE_PROPOSITIONS);
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
			case SticPackage.VALUE_PROPOSITION__SEGMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSegments()).basicAdd(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__NEEDS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getNeeds()).basicAdd(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__KEY_ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getKeyActions()).basicAdd(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__CHANNELS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChannels()).basicAdd(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__REVENUE_STREAMS:
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
			case SticPackage.VALUE_PROPOSITION__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__KEY_ACTIONS:
				return ((InternalEList<?>)getKeyActions()).basicRemove(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case SticPackage.VALUE_PROPOSITION__REVENUE_STREAMS:
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
			case SticPackage.VALUE_PROPOSITION__SEGMENTS:
				return getSegments();
			case SticPackage.VALUE_PROPOSITION__NEEDS:
				return getNeeds();
			case SticPackage.VALUE_PROPOSITION__KEY_ACTIONS:
				return getKeyActions();
			case SticPackage.VALUE_PROPOSITION__CHANNELS:
				return getChannels();
			case SticPackage.VALUE_PROPOSITION__REVENUE_STREAMS:
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
			case SticPackage.VALUE_PROPOSITION__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case SticPackage.VALUE_PROPOSITION__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends SegmentNeed>)newValue);
				return;
			case SticPackage.VALUE_PROPOSITION__KEY_ACTIONS:
				getKeyActions().clear();
				getKeyActions().addAll((Collection<? extends KeyAction>)newValue);
				return;
			case SticPackage.VALUE_PROPOSITION__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case SticPackage.VALUE_PROPOSITION__REVENUE_STREAMS:
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
			case SticPackage.VALUE_PROPOSITION__SEGMENTS:
				getSegments().clear();
				return;
			case SticPackage.VALUE_PROPOSITION__NEEDS:
				getNeeds().clear();
				return;
			case SticPackage.VALUE_PROPOSITION__KEY_ACTIONS:
				getKeyActions().clear();
				return;
			case SticPackage.VALUE_PROPOSITION__CHANNELS:
				getChannels().clear();
				return;
			case SticPackage.VALUE_PROPOSITION__REVENUE_STREAMS:
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
			case SticPackage.VALUE_PROPOSITION__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case SticPackage.VALUE_PROPOSITION__NEEDS:
				return needs != null && !needs.isEmpty();
			case SticPackage.VALUE_PROPOSITION__KEY_ACTIONS:
				return keyActions != null && !keyActions.isEmpty();
			case SticPackage.VALUE_PROPOSITION__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SticPackage.VALUE_PROPOSITION__REVENUE_STREAMS:
				return revenueStreams != null && !revenueStreams.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ValuePropositionImpl
