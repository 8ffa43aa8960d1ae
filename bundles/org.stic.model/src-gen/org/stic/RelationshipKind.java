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
 * A representation of the literals of the enumeration '<em><b>Relationship Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of relationship with consumers, after the business model canvas.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getRelationshipKind()
 * @model
 * @generated
 */
public enum RelationshipKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of relationship has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>PERSONAL ASSISTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personal assistance by the cluster organisation.
	 * <!-- end-model-doc -->
	 * @see #PERSONAL_ASSISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL_ASSISTANCE(1, "PERSONAL_ASSISTANCE", "PERSONAL_ASSISTANCE"),

	/**
	 * The '<em><b>DEDICATED ASSISTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A dedicated manager for the participant.
	 * <!-- end-model-doc -->
	 * @see #DEDICATED_ASSISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	DEDICATED_ASSISTANCE(2, "DEDICATED_ASSISTANCE", "DEDICATED_ASSISTANCE"),

	/**
	 * The '<em><b>SELF SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Self-service through published services.
	 * <!-- end-model-doc -->
	 * @see #SELF_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_SERVICE(3, "SELF_SERVICE", "SELF_SERVICE"),

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Communities of practice and working groups.
	 * <!-- end-model-doc -->
	 * @see #COMMUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY(4, "COMMUNITY", "COMMUNITY"),

	/**
	 * The '<em><b>CO CREATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Co-creation in joint projects.
	 * <!-- end-model-doc -->
	 * @see #CO_CREATION_VALUE
	 * @generated
	 * @ordered
	 */
	CO_CREATION(5, "CO_CREATION", "CO_CREATION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other relationship.
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
	 * Not assessed (не оценено): the kind of relationship has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>PERSONAL ASSISTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personal assistance by the cluster organisation.
	 * <!-- end-model-doc -->
	 * @see #PERSONAL_ASSISTANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_ASSISTANCE_VALUE = 1;

	/**
	 * The '<em><b>DEDICATED ASSISTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A dedicated manager for the participant.
	 * <!-- end-model-doc -->
	 * @see #DEDICATED_ASSISTANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEDICATED_ASSISTANCE_VALUE = 2;

	/**
	 * The '<em><b>SELF SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Self-service through published services.
	 * <!-- end-model-doc -->
	 * @see #SELF_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_SERVICE_VALUE = 3;

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Communities of practice and working groups.
	 * <!-- end-model-doc -->
	 * @see #COMMUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_VALUE = 4;

	/**
	 * The '<em><b>CO CREATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Co-creation in joint projects.
	 * <!-- end-model-doc -->
	 * @see #CO_CREATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CO_CREATION_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other relationship.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationshipKind[] VALUES_ARRAY =
		new RelationshipKind[] {
			UNSPECIFIED,
			PERSONAL_ASSISTANCE,
			DEDICATED_ASSISTANCE,
			SELF_SERVICE,
			COMMUNITY,
			CO_CREATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationshipKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PERSONAL_ASSISTANCE_VALUE: return PERSONAL_ASSISTANCE;
			case DEDICATED_ASSISTANCE_VALUE: return DEDICATED_ASSISTANCE;
			case SELF_SERVICE_VALUE: return SELF_SERVICE;
			case COMMUNITY_VALUE: return COMMUNITY;
			case CO_CREATION_VALUE: return CO_CREATION;
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
	private RelationshipKind(int value, String name, String literal) {
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
	
} //RelationshipKind
