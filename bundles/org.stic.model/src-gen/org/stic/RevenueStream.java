/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Revenue Stream</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Revenue stream (поток доходов): a stream of income of the cluster: membership fees, paid services, grants, state programme money, shares of commercialised results.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.RevenueStream#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stic.RevenueStream#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.stic.RevenueStream#getPayers <em>Payers</em>}</li>
 *   <li>{@link org.stic.RevenueStream#getValuePropositions <em>Value Propositions</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getRevenueStream()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='fromSegment'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL fromSegment='segments-&gt;notEmpty()'"
 * @generated
 */
public interface RevenueStream extends MonetaryElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.RevenueKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of revenue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stic.RevenueKind
	 * @see #setKind(RevenueKind)
	 * @see org.stic.SticPackage#getRevenueStream_Kind()
	 * @model
	 * @generated
	 */
	RevenueKind getKind();

	/**
	 * Sets the value of the '{@link org.stic.RevenueStream#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stic.RevenueKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RevenueKind value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Segment}.
	 * It is bidirectional and its opposite is '{@link org.stic.Segment#getRevenueStreams <em>Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments that benefit from what this revenue pays for (сегменты — получатели выгоды). In 1.0 this also meant who pays; who pays is now payers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.stic.SticPackage#getRevenueStream_Segments()
	 * @see org.stic.Segment#getRevenueStreams
	 * @model opposite="revenueStreams"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Payers</b></em>' reference list.
	 * The list contents are of type {@link org.stic.Participant}.
	 * It is bidirectional and its opposite is '{@link org.stic.Participant#getPaidRevenueStreams <em>Paid Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who pays (плательщики): the participants, members or external parties, from whom the money comes, e.g. a regional government paying a subsidy. 1.0 files get the members of the stream's segments on migration, since 1.0 read the segments as the payers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payers</em>' reference list.
	 * @see org.stic.SticPackage#getRevenueStream_Payers()
	 * @see org.stic.Participant#getPaidRevenueStreams
	 * @model opposite="paidRevenueStreams"
	 * @generated
	 */
	EList<Participant> getPayers();

	/**
	 * Returns the value of the '<em><b>Value Propositions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.ValueProposition}.
	 * It is bidirectional and its opposite is '{@link org.stic.ValueProposition#getRevenueStreams <em>Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the revenue is earned by (ценностные предложения): the value propositions whose delivery this money pays for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Propositions</em>' reference list.
	 * @see org.stic.SticPackage#getRevenueStream_ValuePropositions()
	 * @see org.stic.ValueProposition#getRevenueStreams
	 * @model opposite="revenueStreams"
	 * @generated
	 */
	EList<ValueProposition> getValuePropositions();

} // RevenueStream
