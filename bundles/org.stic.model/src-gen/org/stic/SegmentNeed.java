/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Segment need (потребность сегмента): a need or requirement of a segment that the cluster should meet. The readiness chain starts here: need, value proposition, key action, key resource.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stic.SegmentNeed#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.stic.SegmentNeed#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.stic.SegmentNeed#getDemand <em>Demand</em>}</li>
 *   <li>{@link org.stic.SegmentNeed#getDemandUnit <em>Demand Unit</em>}</li>
 * </ul>
 *
 * @see org.stic.SticPackage#getSegmentNeed()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='coveredByReadinessChain'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore/OCL coveredByReadinessChain='valuePropositions-&gt;exists(vp | vp.keyActions-&gt;exists(a | a.supportingResources-&gt;notEmpty()))'"
 * @generated
 */
public interface SegmentNeed extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How important the need is to the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.stic.Priority
	 * @see #setPriority(Priority)
	 * @see org.stic.SticPackage#getSegmentNeed_Priority()
	 * @model
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.stic.SegmentNeed#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.stic.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Value Propositions</b></em>' reference list.
	 * The list contents are of type {@link org.stic.ValueProposition}.
	 * It is bidirectional and its opposite is '{@link org.stic.ValueProposition#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value propositions that cover this need.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Propositions</em>' reference list.
	 * @see org.stic.SticPackage#getSegmentNeed_ValuePropositions()
	 * @see org.stic.ValueProposition#getNeeds
	 * @model opposite="needs" transient="true"
	 * @generated
	 */
	EList<ValueProposition> getValuePropositions();

	/**
	 * Returns the value of the '<em><b>Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much of the need there is (спрос), in demandUnit: e.g. 1,200 m² of laboratory space or 40 certification services per year. Compared with the capacity of the key resources on the need's readiness chain when the units are the same.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demand</em>' attribute.
	 * @see #setDemand(BigDecimal)
	 * @see org.stic.SticPackage#getSegmentNeed_Demand()
	 * @model
	 * @generated
	 */
	BigDecimal getDemand();

	/**
	 * Sets the value of the '{@link org.stic.SegmentNeed#getDemand <em>Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demand</em>' attribute.
	 * @see #getDemand()
	 * @generated
	 */
	void setDemand(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Demand Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stic.QuantityUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the demand (единица измерения спроса).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demand Unit</em>' attribute.
	 * @see org.stic.QuantityUnit
	 * @see #setDemandUnit(QuantityUnit)
	 * @see org.stic.SticPackage#getSegmentNeed_DemandUnit()
	 * @model
	 * @generated
	 */
	QuantityUnit getDemandUnit();

	/**
	 * Sets the value of the '{@link org.stic.SegmentNeed#getDemandUnit <em>Demand Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demand Unit</em>' attribute.
	 * @see org.stic.QuantityUnit
	 * @see #getDemandUnit()
	 * @generated
	 */
	void setDemandUnit(QuantityUnit value);

} // SegmentNeed
