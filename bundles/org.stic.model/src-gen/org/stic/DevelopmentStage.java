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
 * A representation of the literals of the enumeration '<em><b>Development Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The development stage of a cluster, after the usual cluster life cycle.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getDevelopmentStage()
 * @model
 * @generated
 */
public enum DevelopmentStage implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the development stage has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>INITIATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cluster initiative: participants agreed to cooperate; no specialised organisation yet.
	 * <!-- end-model-doc -->
	 * @see #INITIATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INITIATIVE(1, "INITIATIVE", "INITIATIVE"),

	/**
	 * The '<em><b>EMERGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster organisation works and the first joint projects run.
	 * <!-- end-model-doc -->
	 * @see #EMERGING_VALUE
	 * @generated
	 * @ordered
	 */
	EMERGING(2, "EMERGING", "EMERGING"),

	/**
	 * The '<em><b>GROWING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Participants, joint projects and revenue streams grow.
	 * <!-- end-model-doc -->
	 * @see #GROWING_VALUE
	 * @generated
	 * @ordered
	 */
	GROWING(3, "GROWING", "GROWING"),

	/**
	 * The '<em><b>MATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable network with sustainable revenue streams.
	 * <!-- end-model-doc -->
	 * @see #MATURE_VALUE
	 * @generated
	 * @ordered
	 */
	MATURE(4, "MATURE", "MATURE"),

	/**
	 * The '<em><b>RENEWING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster re-orients itself to new technologies or markets.
	 * <!-- end-model-doc -->
	 * @see #RENEWING_VALUE
	 * @generated
	 * @ordered
	 */
	RENEWING(5, "RENEWING", "RENEWING");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the development stage has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>INITIATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cluster initiative: participants agreed to cooperate; no specialised organisation yet.
	 * <!-- end-model-doc -->
	 * @see #INITIATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIATIVE_VALUE = 1;

	/**
	 * The '<em><b>EMERGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster organisation works and the first joint projects run.
	 * <!-- end-model-doc -->
	 * @see #EMERGING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMERGING_VALUE = 2;

	/**
	 * The '<em><b>GROWING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Participants, joint projects and revenue streams grow.
	 * <!-- end-model-doc -->
	 * @see #GROWING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROWING_VALUE = 3;

	/**
	 * The '<em><b>MATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable network with sustainable revenue streams.
	 * <!-- end-model-doc -->
	 * @see #MATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MATURE_VALUE = 4;

	/**
	 * The '<em><b>RENEWING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster re-orients itself to new technologies or markets.
	 * <!-- end-model-doc -->
	 * @see #RENEWING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RENEWING_VALUE = 5;

	/**
	 * An array of all the '<em><b>Development Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DevelopmentStage[] VALUES_ARRAY =
		new DevelopmentStage[] {
			UNSPECIFIED,
			INITIATIVE,
			EMERGING,
			GROWING,
			MATURE,
			RENEWING,
		};

	/**
	 * A public read-only list of all the '<em><b>Development Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DevelopmentStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Development Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DevelopmentStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DevelopmentStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Development Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DevelopmentStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DevelopmentStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Development Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DevelopmentStage get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case INITIATIVE_VALUE: return INITIATIVE;
			case EMERGING_VALUE: return EMERGING;
			case GROWING_VALUE: return GROWING;
			case MATURE_VALUE: return MATURE;
			case RENEWING_VALUE: return RENEWING;
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
	private DevelopmentStage(int value, String name, String literal) {
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
	
} //DevelopmentStage
