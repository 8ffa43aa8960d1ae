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
 * A representation of the literals of the enumeration '<em><b>Participant Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of organisation that take part in a STIC.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getParticipantKind()
 * @model
 * @generated
 */
public enum ParticipantKind implements Enumerator {
	/**
	 * The '<em><b>LARGE ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A large industrial enterprise.
	 * <!-- end-model-doc -->
	 * @see #LARGE_ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	LARGE_ENTERPRISE(0, "LARGE_ENTERPRISE", "LARGE_ENTERPRISE"),

	/**
	 * The '<em><b>SME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A small or medium-sized enterprise, including start-ups.
	 * <!-- end-model-doc -->
	 * @see #SME_VALUE
	 * @generated
	 * @ordered
	 */
	SME(1, "SME", "SME"),

	/**
	 * The '<em><b>DEFENCE INDUSTRY ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An enterprise of the defence industry, typically converting to civil and dual-use products.
	 * <!-- end-model-doc -->
	 * @see #DEFENCE_INDUSTRY_ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	DEFENCE_INDUSTRY_ENTERPRISE(2, "DEFENCE_INDUSTRY_ENTERPRISE", "DEFENCE_INDUSTRY_ENTERPRISE"),

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A university or other higher-education institution.
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSITY(3, "UNIVERSITY", "UNIVERSITY"),

	/**
	 * The '<em><b>RESEARCH INSTITUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A research institute or scientific centre.
	 * <!-- end-model-doc -->
	 * @see #RESEARCH_INSTITUTE_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH_INSTITUTE(4, "RESEARCH_INSTITUTE", "RESEARCH_INSTITUTE"),

	/**
	 * The '<em><b>TECHNOPARK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A technopark, industrial park or business incubator.
	 * <!-- end-model-doc -->
	 * @see #TECHNOPARK_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOPARK(5, "TECHNOPARK", "TECHNOPARK"),

	/**
	 * The '<em><b>INVESTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An investor or financial institution: bank, venture fund, development institution.
	 * <!-- end-model-doc -->
	 * @see #INVESTOR_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTOR(6, "INVESTOR", "INVESTOR"),

	/**
	 * The '<em><b>AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A federal, regional or municipal authority.
	 * <!-- end-model-doc -->
	 * @see #AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	AUTHORITY(7, "AUTHORITY", "AUTHORITY"),

	/**
	 * The '<em><b>CLUSTER ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The specialised organisation that runs the cluster.
	 * <!-- end-model-doc -->
	 * @see #CLUSTER_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	CLUSTER_ORGANISATION(8, "CLUSTER_ORGANISATION", "CLUSTER_ORGANISATION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of organisation.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>LARGE ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A large industrial enterprise.
	 * <!-- end-model-doc -->
	 * @see #LARGE_ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LARGE_ENTERPRISE_VALUE = 0;

	/**
	 * The '<em><b>SME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A small or medium-sized enterprise, including start-ups.
	 * <!-- end-model-doc -->
	 * @see #SME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SME_VALUE = 1;

	/**
	 * The '<em><b>DEFENCE INDUSTRY ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An enterprise of the defence industry, typically converting to civil and dual-use products.
	 * <!-- end-model-doc -->
	 * @see #DEFENCE_INDUSTRY_ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEFENCE_INDUSTRY_ENTERPRISE_VALUE = 2;

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A university or other higher-education institution.
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSITY_VALUE = 3;

	/**
	 * The '<em><b>RESEARCH INSTITUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A research institute or scientific centre.
	 * <!-- end-model-doc -->
	 * @see #RESEARCH_INSTITUTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_INSTITUTE_VALUE = 4;

	/**
	 * The '<em><b>TECHNOPARK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A technopark, industrial park or business incubator.
	 * <!-- end-model-doc -->
	 * @see #TECHNOPARK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOPARK_VALUE = 5;

	/**
	 * The '<em><b>INVESTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An investor or financial institution: bank, venture fund, development institution.
	 * <!-- end-model-doc -->
	 * @see #INVESTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTOR_VALUE = 6;

	/**
	 * The '<em><b>AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A federal, regional or municipal authority.
	 * <!-- end-model-doc -->
	 * @see #AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTHORITY_VALUE = 7;

	/**
	 * The '<em><b>CLUSTER ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The specialised organisation that runs the cluster.
	 * <!-- end-model-doc -->
	 * @see #CLUSTER_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLUSTER_ORGANISATION_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of organisation.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Participant Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ParticipantKind[] VALUES_ARRAY =
		new ParticipantKind[] {
			LARGE_ENTERPRISE,
			SME,
			DEFENCE_INDUSTRY_ENTERPRISE,
			UNIVERSITY,
			RESEARCH_INSTITUTE,
			TECHNOPARK,
			INVESTOR,
			AUTHORITY,
			CLUSTER_ORGANISATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Participant Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ParticipantKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Participant Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParticipantKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Participant Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ParticipantKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Participant Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ParticipantKind get(int value) {
		switch (value) {
			case LARGE_ENTERPRISE_VALUE: return LARGE_ENTERPRISE;
			case SME_VALUE: return SME;
			case DEFENCE_INDUSTRY_ENTERPRISE_VALUE: return DEFENCE_INDUSTRY_ENTERPRISE;
			case UNIVERSITY_VALUE: return UNIVERSITY;
			case RESEARCH_INSTITUTE_VALUE: return RESEARCH_INSTITUTE;
			case TECHNOPARK_VALUE: return TECHNOPARK;
			case INVESTOR_VALUE: return INVESTOR;
			case AUTHORITY_VALUE: return AUTHORITY;
			case CLUSTER_ORGANISATION_VALUE: return CLUSTER_ORGANISATION;
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
	private ParticipantKind(int value, String name, String literal) {
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
	
} //ParticipantKind
