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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.Channel;
import org.stic.ExternalContour;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SticPackage;
import org.stic.ValueProposition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>External Contour</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.ExternalContourImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.impl.ExternalContourImpl#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.impl.ExternalContourImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.stic.impl.ExternalContourImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.stic.impl.ExternalContourImpl#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExternalContourImpl extends ContourImpl implements ExternalContour {
	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getValuePropositions() <em>Value Propositions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePropositions()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueProposition> valuePropositions;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getRevenueStreams() <em>Revenue Streams</em>}' containment reference list.
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
	protected ExternalContourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.EXTERNAL_CONTOUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, SticPackage.EXTERNAL_CONTOUR__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueProposition> getValuePropositions() {
		if (valuePropositions == null) {
			valuePropositions = new EObjectContainmentEList<ValueProposition>(ValueProposition.class, this, SticPackage.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS);
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
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, SticPackage.EXTERNAL_CONTOUR__CHANNELS);
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
			relationships = new EObjectContainmentEList<Relationship>(Relationship.class, this, SticPackage.EXTERNAL_CONTOUR__RELATIONSHIPS);
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
			revenueStreams = new EObjectContainmentEList<RevenueStream>(RevenueStream.class, this, SticPackage.EXTERNAL_CONTOUR__REVENUE_STREAMS);
		}
		return revenueStreams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SticPackage.EXTERNAL_CONTOUR__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case SticPackage.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS:
				return ((InternalEList<?>)getValuePropositions()).basicRemove(otherEnd, msgs);
			case SticPackage.EXTERNAL_CONTOUR__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case SticPackage.EXTERNAL_CONTOUR__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case SticPackage.EXTERNAL_CONTOUR__REVENUE_STREAMS:
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
			case SticPackage.EXTERNAL_CONTOUR__SEGMENTS:
				return getSegments();
			case SticPackage.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS:
				return getValuePropositions();
			case SticPackage.EXTERNAL_CONTOUR__CHANNELS:
				return getChannels();
			case SticPackage.EXTERNAL_CONTOUR__RELATIONSHIPS:
				return getRelationships();
			case SticPackage.EXTERNAL_CONTOUR__REVENUE_STREAMS:
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
			case SticPackage.EXTERNAL_CONTOUR__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case SticPackage.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				getValuePropositions().addAll((Collection<? extends ValueProposition>)newValue);
				return;
			case SticPackage.EXTERNAL_CONTOUR__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case SticPackage.EXTERNAL_CONTOUR__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case SticPackage.EXTERNAL_CONTOUR__REVENUE_STREAMS:
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
			case SticPackage.EXTERNAL_CONTOUR__SEGMENTS:
				getSegments().clear();
				return;
			case SticPackage.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS:
				getValuePropositions().clear();
				return;
			case SticPackage.EXTERNAL_CONTOUR__CHANNELS:
				getChannels().clear();
				return;
			case SticPackage.EXTERNAL_CONTOUR__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case SticPackage.EXTERNAL_CONTOUR__REVENUE_STREAMS:
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
			case SticPackage.EXTERNAL_CONTOUR__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case SticPackage.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS:
				return valuePropositions != null && !valuePropositions.isEmpty();
			case SticPackage.EXTERNAL_CONTOUR__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SticPackage.EXTERNAL_CONTOUR__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case SticPackage.EXTERNAL_CONTOUR__REVENUE_STREAMS:
				return revenueStreams != null && !revenueStreams.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ExternalContourImpl
