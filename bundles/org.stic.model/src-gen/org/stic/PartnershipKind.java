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
 * A representation of the literals of the enumeration '<em><b>Partnership Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of partnership, after the business model canvas.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getPartnershipKind()
 * @model
 * @generated
 */
public enum PartnershipKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of partnership has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>STRATEGIC ALLIANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A strategic alliance between non-competitors.
	 * <!-- end-model-doc -->
	 * @see #STRATEGIC_ALLIANCE_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIC_ALLIANCE(1, "STRATEGIC_ALLIANCE", "STRATEGIC_ALLIANCE"),

	/**
	 * The '<em><b>COOPETITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A partnership between competitors.
	 * <!-- end-model-doc -->
	 * @see #COOPETITION_VALUE
	 * @generated
	 * @ordered
	 */
	COOPETITION(2, "COOPETITION", "COOPETITION"),

	/**
	 * The '<em><b>JOINT VENTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A joint venture to develop new business.
	 * <!-- end-model-doc -->
	 * @see #JOINT_VENTURE_VALUE
	 * @generated
	 * @ordered
	 */
	JOINT_VENTURE(3, "JOINT_VENTURE", "JOINT_VENTURE"),

	/**
	 * The '<em><b>SUPPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A buyer-supplier relationship that secures resources.
	 * <!-- end-model-doc -->
	 * @see #SUPPLY_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLY(4, "SUPPLY", "SUPPLY"),

	/**
	 * The '<em><b>STATE SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Support by an authority or development institution.
	 * <!-- end-model-doc -->
	 * @see #STATE_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_SUPPORT(5, "STATE_SUPPORT", "STATE_SUPPORT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other partnership.
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
	 * Not assessed (не оценено): the kind of partnership has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>STRATEGIC ALLIANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A strategic alliance between non-competitors.
	 * <!-- end-model-doc -->
	 * @see #STRATEGIC_ALLIANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIC_ALLIANCE_VALUE = 1;

	/**
	 * The '<em><b>COOPETITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A partnership between competitors.
	 * <!-- end-model-doc -->
	 * @see #COOPETITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COOPETITION_VALUE = 2;

	/**
	 * The '<em><b>JOINT VENTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A joint venture to develop new business.
	 * <!-- end-model-doc -->
	 * @see #JOINT_VENTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOINT_VENTURE_VALUE = 3;

	/**
	 * The '<em><b>SUPPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A buyer-supplier relationship that secures resources.
	 * <!-- end-model-doc -->
	 * @see #SUPPLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLY_VALUE = 4;

	/**
	 * The '<em><b>STATE SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Support by an authority or development institution.
	 * <!-- end-model-doc -->
	 * @see #STATE_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_SUPPORT_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other partnership.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Partnership Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnershipKind[] VALUES_ARRAY =
		new PartnershipKind[] {
			UNSPECIFIED,
			STRATEGIC_ALLIANCE,
			COOPETITION,
			JOINT_VENTURE,
			SUPPLY,
			STATE_SUPPORT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Partnership Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnershipKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partnership Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnershipKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partnership Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnershipKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partnership Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case STRATEGIC_ALLIANCE_VALUE: return STRATEGIC_ALLIANCE;
			case COOPETITION_VALUE: return COOPETITION;
			case JOINT_VENTURE_VALUE: return JOINT_VENTURE;
			case SUPPLY_VALUE: return SUPPLY;
			case STATE_SUPPORT_VALUE: return STATE_SUPPORT;
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
	private PartnershipKind(int value, String name, String literal) {
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
	
} //PartnershipKind
