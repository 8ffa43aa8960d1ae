/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Action Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of key action of a cluster.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getActionKind()
 * @model
 * @generated
 */
public enum ActionKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of action has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>RD SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Support of research and development.
	 * <!-- end-model-doc -->
	 * @see #RD_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	RD_SUPPORT(1, "RD_SUPPORT", "RD_SUPPORT"),

	/**
	 * The '<em><b>TECHNOLOGY TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of technologies between participants and from research to industry.
	 * <!-- end-model-doc -->
	 * @see #TECHNOLOGY_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY_TRANSFER(2, "TECHNOLOGY_TRANSFER", "TECHNOLOGY_TRANSFER"),

	/**
	 * The '<em><b>COMMERCIALISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Commercialisation of innovations: bringing products to market.
	 * <!-- end-model-doc -->
	 * @see #COMMERCIALISATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMERCIALISATION(3, "COMMERCIALISATION", "COMMERCIALISATION"),

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training and education of staff.
	 * <!-- end-model-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(4, "TRAINING", "TRAINING"),

	/**
	 * The '<em><b>CERTIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certification, testing and standardisation.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	CERTIFICATION(5, "CERTIFICATION", "CERTIFICATION"),

	/**
	 * The '<em><b>COORDINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordination of the participants and of joint projects.
	 * <!-- end-model-doc -->
	 * @see #COORDINATION_VALUE
	 * @generated
	 * @ordered
	 */
	COORDINATION(6, "COORDINATION", "COORDINATION"),

	/**
	 * The '<em><b>PROMOTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Promotion of the cluster and its participants, marketing.
	 * <!-- end-model-doc -->
	 * @see #PROMOTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROMOTION(7, "PROMOTION", "PROMOTION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other action.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of action has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>RD SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Support of research and development.
	 * <!-- end-model-doc -->
	 * @see #RD_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RD_SUPPORT_VALUE = 1;

	/**
	 * The '<em><b>TECHNOLOGY TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of technologies between participants and from research to industry.
	 * <!-- end-model-doc -->
	 * @see #TECHNOLOGY_TRANSFER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_TRANSFER_VALUE = 2;

	/**
	 * The '<em><b>COMMERCIALISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Commercialisation of innovations: bringing products to market.
	 * <!-- end-model-doc -->
	 * @see #COMMERCIALISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMERCIALISATION_VALUE = 3;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training and education of staff.
	 * <!-- end-model-doc -->
	 * @see #TRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 4;

	/**
	 * The '<em><b>CERTIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certification, testing and standardisation.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CERTIFICATION_VALUE = 5;

	/**
	 * The '<em><b>COORDINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordination of the participants and of joint projects.
	 * <!-- end-model-doc -->
	 * @see #COORDINATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COORDINATION_VALUE = 6;

	/**
	 * The '<em><b>PROMOTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Promotion of the cluster and its participants, marketing.
	 * <!-- end-model-doc -->
	 * @see #PROMOTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROMOTION_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other action.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Action Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActionKind[] VALUES_ARRAY =
		new ActionKind[] {
			UNSPECIFIED,
			RD_SUPPORT,
			TECHNOLOGY_TRANSFER,
			COMMERCIALISATION,
			TRAINING,
			CERTIFICATION,
			COORDINATION,
			PROMOTION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Action Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Action Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Action Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Action Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case RD_SUPPORT_VALUE: return RD_SUPPORT;
			case TECHNOLOGY_TRANSFER_VALUE: return TECHNOLOGY_TRANSFER;
			case COMMERCIALISATION_VALUE: return COMMERCIALISATION;
			case TRAINING_VALUE: return TRAINING;
			case CERTIFICATION_VALUE: return CERTIFICATION;
			case COORDINATION_VALUE: return COORDINATION;
			case PROMOTION_VALUE: return PROMOTION;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ActionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ActionKind
