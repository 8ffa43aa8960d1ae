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
 * A representation of the literals of the enumeration '<em><b>Revenue Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of revenue of a cluster.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getRevenueKind()
 * @model
 * @generated
 */
public enum RevenueKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of revenue has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>MEMBERSHIP FEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership fees of participants.
	 * <!-- end-model-doc -->
	 * @see #MEMBERSHIP_FEE_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBERSHIP_FEE(1, "MEMBERSHIP_FEE", "MEMBERSHIP_FEE"),

	/**
	 * The '<em><b>PAID SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fees for the cluster's paid services.
	 * <!-- end-model-doc -->
	 * @see #PAID_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	PAID_SERVICE(2, "PAID_SERVICE", "PAID_SERVICE"),

	/**
	 * The '<em><b>GRANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grants and subsidies.
	 * <!-- end-model-doc -->
	 * @see #GRANT_VALUE
	 * @generated
	 * @ordered
	 */
	GRANT(3, "GRANT", "GRANT"),

	/**
	 * The '<em><b>STATE PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Money from federal or regional programmes.
	 * <!-- end-model-doc -->
	 * @see #STATE_PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_PROGRAMME(4, "STATE_PROGRAMME", "STATE_PROGRAMME"),

	/**
	 * The '<em><b>COMMERCIALISATION SHARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A share of the income from commercialised results.
	 * <!-- end-model-doc -->
	 * @see #COMMERCIALISATION_SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMERCIALISATION_SHARE(5, "COMMERCIALISATION_SHARE", "COMMERCIALISATION_SHARE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other revenue.
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
	 * Not assessed (не оценено): the kind of revenue has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>MEMBERSHIP FEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership fees of participants.
	 * <!-- end-model-doc -->
	 * @see #MEMBERSHIP_FEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMBERSHIP_FEE_VALUE = 1;

	/**
	 * The '<em><b>PAID SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fees for the cluster's paid services.
	 * <!-- end-model-doc -->
	 * @see #PAID_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAID_SERVICE_VALUE = 2;

	/**
	 * The '<em><b>GRANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grants and subsidies.
	 * <!-- end-model-doc -->
	 * @see #GRANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRANT_VALUE = 3;

	/**
	 * The '<em><b>STATE PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Money from federal or regional programmes.
	 * <!-- end-model-doc -->
	 * @see #STATE_PROGRAMME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_PROGRAMME_VALUE = 4;

	/**
	 * The '<em><b>COMMERCIALISATION SHARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A share of the income from commercialised results.
	 * <!-- end-model-doc -->
	 * @see #COMMERCIALISATION_SHARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMERCIALISATION_SHARE_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other revenue.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Revenue Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RevenueKind[] VALUES_ARRAY =
		new RevenueKind[] {
			UNSPECIFIED,
			MEMBERSHIP_FEE,
			PAID_SERVICE,
			GRANT,
			STATE_PROGRAMME,
			COMMERCIALISATION_SHARE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Revenue Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RevenueKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Revenue Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RevenueKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RevenueKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Revenue Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RevenueKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RevenueKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Revenue Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RevenueKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case MEMBERSHIP_FEE_VALUE: return MEMBERSHIP_FEE;
			case PAID_SERVICE_VALUE: return PAID_SERVICE;
			case GRANT_VALUE: return GRANT;
			case STATE_PROGRAMME_VALUE: return STATE_PROGRAMME;
			case COMMERCIALISATION_SHARE_VALUE: return COMMERCIALISATION_SHARE;
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
	private RevenueKind(int value, String name, String literal) {
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
	
} //RevenueKind
