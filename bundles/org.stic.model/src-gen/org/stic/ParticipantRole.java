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
 * A representation of the literals of the enumeration '<em><b>Participant Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The roles a participant plays in the cluster's business model.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getParticipantRole()
 * @model
 * @generated
 */
public enum ParticipantRole implements Enumerator {
	/**
	 * The '<em><b>INNOVATION GENERATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generates innovations and consumes the cluster's value: the cluster's consumer.
	 * <!-- end-model-doc -->
	 * @see #INNOVATION_GENERATOR_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION_GENERATOR(0, "INNOVATION_GENERATOR", "INNOVATION_GENERATOR"),

	/**
	 * The '<em><b>SUPPLIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplies resources or performs actions for the cluster.
	 * <!-- end-model-doc -->
	 * @see #SUPPLIER_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLIER(1, "SUPPLIER", "SUPPLIER"),

	/**
	 * The '<em><b>PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partners with the cluster organisation in key actions.
	 * <!-- end-model-doc -->
	 * @see #PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER(2, "PARTNER", "PARTNER"),

	/**
	 * The '<em><b>COORDINATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordinates the cluster (usually the specialised cluster organisation).
	 * <!-- end-model-doc -->
	 * @see #COORDINATOR_VALUE
	 * @generated
	 * @ordered
	 */
	COORDINATOR(3, "COORDINATOR", "COORDINATOR");

	/**
	 * The '<em><b>INNOVATION GENERATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generates innovations and consumes the cluster's value: the cluster's consumer.
	 * <!-- end-model-doc -->
	 * @see #INNOVATION_GENERATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_GENERATOR_VALUE = 0;

	/**
	 * The '<em><b>SUPPLIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplies resources or performs actions for the cluster.
	 * <!-- end-model-doc -->
	 * @see #SUPPLIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLIER_VALUE = 1;

	/**
	 * The '<em><b>PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partners with the cluster organisation in key actions.
	 * <!-- end-model-doc -->
	 * @see #PARTNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_VALUE = 2;

	/**
	 * The '<em><b>COORDINATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordinates the cluster (usually the specialised cluster organisation).
	 * <!-- end-model-doc -->
	 * @see #COORDINATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COORDINATOR_VALUE = 3;

	/**
	 * An array of all the '<em><b>Participant Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ParticipantRole[] VALUES_ARRAY =
		new ParticipantRole[] {
			INNOVATION_GENERATOR,
			SUPPLIER,
			PARTNER,
			COORDINATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Participant Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ParticipantRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Participant Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParticipantRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Participant Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParticipantRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Participant Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantRole get(int value) {
		switch (value) {
			case INNOVATION_GENERATOR_VALUE: return INNOVATION_GENERATOR;
			case SUPPLIER_VALUE: return SUPPLIER;
			case PARTNER_VALUE: return PARTNER;
			case COORDINATOR_VALUE: return COORDINATOR;
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
	private ParticipantRole(int value, String name, String literal) {
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
	
} //ParticipantRole
