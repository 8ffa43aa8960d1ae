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
 * A representation of the literals of the enumeration '<em><b>Interaction Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of network interaction between participants.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getInteractionKind()
 * @model
 * @generated
 */
public enum InteractionKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of interaction has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>COOPERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cooperation in production or marketing.
	 * <!-- end-model-doc -->
	 * @see #COOPERATION_VALUE
	 * @generated
	 * @ordered
	 */
	COOPERATION(1, "COOPERATION", "COOPERATION"),

	/**
	 * The '<em><b>SUPPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supply of goods, components or services.
	 * <!-- end-model-doc -->
	 * @see #SUPPLY_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLY(2, "SUPPLY", "SUPPLY"),

	/**
	 * The '<em><b>JOINT RESEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Joint research and development.
	 * <!-- end-model-doc -->
	 * @see #JOINT_RESEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	JOINT_RESEARCH(3, "JOINT_RESEARCH", "JOINT_RESEARCH"),

	/**
	 * The '<em><b>KNOWLEDGE TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of knowledge, technology or staff; training.
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE_TRANSFER(4, "KNOWLEDGE_TRANSFER", "KNOWLEDGE_TRANSFER"),

	/**
	 * The '<em><b>FINANCING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Financing: investment, credit, grants.
	 * <!-- end-model-doc -->
	 * @see #FINANCING_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCING(5, "FINANCING", "FINANCING"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other interaction.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of interaction has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>COOPERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cooperation in production or marketing.
	 * <!-- end-model-doc -->
	 * @see #COOPERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COOPERATION_VALUE = 1;

	/**
	 * The '<em><b>SUPPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supply of goods, components or services.
	 * <!-- end-model-doc -->
	 * @see #SUPPLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLY_VALUE = 2;

	/**
	 * The '<em><b>JOINT RESEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Joint research and development.
	 * <!-- end-model-doc -->
	 * @see #JOINT_RESEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOINT_RESEARCH_VALUE = 3;

	/**
	 * The '<em><b>KNOWLEDGE TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer of knowledge, technology or staff; training.
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE_TRANSFER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_TRANSFER_VALUE = 4;

	/**
	 * The '<em><b>FINANCING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Financing: investment, credit, grants.
	 * <!-- end-model-doc -->
	 * @see #FINANCING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANCING_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other interaction.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Interaction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InteractionKind[] VALUES_ARRAY =
		new InteractionKind[] {
			UNSPECIFIED,
			COOPERATION,
			SUPPLY,
			JOINT_RESEARCH,
			KNOWLEDGE_TRANSFER,
			FINANCING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Interaction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InteractionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interaction Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InteractionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InteractionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interaction Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InteractionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InteractionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interaction Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InteractionKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case COOPERATION_VALUE: return COOPERATION;
			case SUPPLY_VALUE: return SUPPLY;
			case JOINT_RESEARCH_VALUE: return JOINT_RESEARCH;
			case KNOWLEDGE_TRANSFER_VALUE: return KNOWLEDGE_TRANSFER;
			case FINANCING_VALUE: return FINANCING;
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
	private InteractionKind(int value, String name, String literal) {
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
	
} //InteractionKind
