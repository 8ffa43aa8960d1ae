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
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of organisation has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

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
	LARGE_ENTERPRISE(1, "LARGE_ENTERPRISE", "LARGE_ENTERPRISE"),

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
	SME(2, "SME", "SME"),

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
	DEFENCE_INDUSTRY_ENTERPRISE(3, "DEFENCE_INDUSTRY_ENTERPRISE", "DEFENCE_INDUSTRY_ENTERPRISE"),

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
	UNIVERSITY(4, "UNIVERSITY", "UNIVERSITY"),

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
	RESEARCH_INSTITUTE(5, "RESEARCH_INSTITUTE", "RESEARCH_INSTITUTE"),

	/**
	 * The '<em><b>TECHNOPARK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A technopark or business incubator (технопарк); industrial parks have their own kind.
	 * <!-- end-model-doc -->
	 * @see #TECHNOPARK_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOPARK(6, "TECHNOPARK", "TECHNOPARK"),

	/**
	 * The '<em><b>INVESTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An investor (инвестор): a venture fund or private investor; banks, state funds and agencies have their own kinds.
	 * <!-- end-model-doc -->
	 * @see #INVESTOR_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTOR(7, "INVESTOR", "INVESTOR"),

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
	AUTHORITY(8, "AUTHORITY", "AUTHORITY"),

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
	CLUSTER_ORGANISATION(9, "CLUSTER_ORGANISATION", "CLUSTER_ORGANISATION"),

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
	OTHER(10, "OTHER", "OTHER"),

	/**
	 * The '<em><b>INDUSTRIAL PARK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An industrial park (индустриальный парк): a site with engineering infrastructure for the production of resident companies, e.g. the Vorsino industrial park in the Kaluga region.
	 * <!-- end-model-doc -->
	 * @see #INDUSTRIAL_PARK_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRIAL_PARK(11, "INDUSTRIAL_PARK", "INDUSTRIAL_PARK"),

	/**
	 * The '<em><b>DEVELOPMENT INSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A development institution (институт развития): a state fund or agency that finances or supports development, such as the Industrial Development Fund or a regional innovation agency.
	 * <!-- end-model-doc -->
	 * @see #DEVELOPMENT_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	DEVELOPMENT_INSTITUTION(12, "DEVELOPMENT_INSTITUTION", "DEVELOPMENT_INSTITUTION"),

	/**
	 * The '<em><b>FINANCIAL INSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A financial institution (финансовая организация): a bank, leasing or insurance company.
	 * <!-- end-model-doc -->
	 * @see #FINANCIAL_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL_INSTITUTION(13, "FINANCIAL_INSTITUTION", "FINANCIAL_INSTITUTION");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the kind of organisation has not been assessed yet. The default of a new element, so that no real value is assumed until someone decides; 1.0 files, which had no such value, get the value they meant written explicitly on migration.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

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
	public static final int LARGE_ENTERPRISE_VALUE = 1;

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
	public static final int SME_VALUE = 2;

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
	public static final int DEFENCE_INDUSTRY_ENTERPRISE_VALUE = 3;

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
	public static final int UNIVERSITY_VALUE = 4;

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
	public static final int RESEARCH_INSTITUTE_VALUE = 5;

	/**
	 * The '<em><b>TECHNOPARK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A technopark or business incubator (технопарк); industrial parks have their own kind.
	 * <!-- end-model-doc -->
	 * @see #TECHNOPARK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOPARK_VALUE = 6;

	/**
	 * The '<em><b>INVESTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An investor (инвестор): a venture fund or private investor; banks, state funds and agencies have their own kinds.
	 * <!-- end-model-doc -->
	 * @see #INVESTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTOR_VALUE = 7;

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
	public static final int AUTHORITY_VALUE = 8;

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
	public static final int CLUSTER_ORGANISATION_VALUE = 9;

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
	public static final int OTHER_VALUE = 10;

	/**
	 * The '<em><b>INDUSTRIAL PARK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An industrial park (индустриальный парк): a site with engineering infrastructure for the production of resident companies, e.g. the Vorsino industrial park in the Kaluga region.
	 * <!-- end-model-doc -->
	 * @see #INDUSTRIAL_PARK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRIAL_PARK_VALUE = 11;

	/**
	 * The '<em><b>DEVELOPMENT INSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A development institution (институт развития): a state fund or agency that finances or supports development, such as the Industrial Development Fund or a regional innovation agency.
	 * <!-- end-model-doc -->
	 * @see #DEVELOPMENT_INSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVELOPMENT_INSTITUTION_VALUE = 12;

	/**
	 * The '<em><b>FINANCIAL INSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A financial institution (финансовая организация): a bank, leasing or insurance company.
	 * <!-- end-model-doc -->
	 * @see #FINANCIAL_INSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_INSTITUTION_VALUE = 13;

	/**
	 * An array of all the '<em><b>Participant Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ParticipantKind[] VALUES_ARRAY =
		new ParticipantKind[] {
			UNSPECIFIED,
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
			INDUSTRIAL_PARK,
			DEVELOPMENT_INSTITUTION,
			FINANCIAL_INSTITUTION,
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
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
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
			case INDUSTRIAL_PARK_VALUE: return INDUSTRIAL_PARK;
			case DEVELOPMENT_INSTITUTION_VALUE: return DEVELOPMENT_INSTITUTION;
			case FINANCIAL_INSTITUTION_VALUE: return FINANCIAL_INSTITUTION;
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
