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
 * A representation of the literals of the enumeration '<em><b>Quantity Unit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The unit of a quantity (единица измерения): a small vocabulary so that quantities can be compared. Quantities compare only within one unit; no unit is converted into another.
 * <!-- end-model-doc -->
 * @see org.stic.SticPackage#getQuantityUnit()
 * @model
 * @generated
 */
public enum QuantityUnit implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the quantity has no unit and cannot be compared.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>PEOPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People (чел.): staff, researchers, trainees.
	 * <!-- end-model-doc -->
	 * @see #PEOPLE_VALUE
	 * @generated
	 * @ordered
	 */
	PEOPLE(1, "PEOPLE", "PEOPLE"),

	/**
	 * The '<em><b>ORGANISATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organisations (организаций): companies or institutions served or hosted.
	 * <!-- end-model-doc -->
	 * @see #ORGANISATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATIONS(2, "ORGANISATIONS", "ORGANISATIONS"),

	/**
	 * The '<em><b>SQUARE METRES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Square metres (м²): floor area of buildings, laboratories, clean rooms.
	 * <!-- end-model-doc -->
	 * @see #SQUARE_METRES_VALUE
	 * @generated
	 * @ordered
	 */
	SQUARE_METRES(3, "SQUARE_METRES", "SQUARE_METRES"),

	/**
	 * The '<em><b>HOURS PER YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours per year (ч/год): time of equipment or experts available or needed in a year.
	 * <!-- end-model-doc -->
	 * @see #HOURS_PER_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	HOURS_PER_YEAR(4, "HOURS_PER_YEAR", "HOURS_PER_YEAR"),

	/**
	 * The '<em><b>PROJECTS PER YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Projects per year (проектов/год): joint projects, R&D projects or start-ups carried in a year.
	 * <!-- end-model-doc -->
	 * @see #PROJECTS_PER_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECTS_PER_YEAR(5, "PROJECTS_PER_YEAR", "PROJECTS_PER_YEAR"),

	/**
	 * The '<em><b>SERVICES PER YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services per year (услуг/год): tests, certifications, consultations rendered in a year.
	 * <!-- end-model-doc -->
	 * @see #SERVICES_PER_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICES_PER_YEAR(6, "SERVICES_PER_YEAR", "SERVICES_PER_YEAR"),

	/**
	 * The '<em><b>UNITS PER YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Units per year (изделий/год): products made in a year.
	 * <!-- end-model-doc -->
	 * @see #UNITS_PER_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	UNITS_PER_YEAR(7, "UNITS_PER_YEAR", "UNITS_PER_YEAR"),

	/**
	 * The '<em><b>RUB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roubles (руб.): money, e.g. the size of a fund or a financing need.
	 * <!-- end-model-doc -->
	 * @see #RUB_VALUE
	 * @generated
	 * @ordered
	 */
	RUB(8, "RUB", "RUB"),

	/**
	 * The '<em><b>PERCENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percent (%): a share, e.g. of civil products in output.
	 * <!-- end-model-doc -->
	 * @see #PERCENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENT(9, "PERCENT", "PERCENT");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed (не оценено): the quantity has no unit and cannot be compared.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>PEOPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People (чел.): staff, researchers, trainees.
	 * <!-- end-model-doc -->
	 * @see #PEOPLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEOPLE_VALUE = 1;

	/**
	 * The '<em><b>ORGANISATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organisations (организаций): companies or institutions served or hosted.
	 * <!-- end-model-doc -->
	 * @see #ORGANISATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATIONS_VALUE = 2;

	/**
	 * The '<em><b>SQUARE METRES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Square metres (м²): floor area of buildings, laboratories, clean rooms.
	 * <!-- end-model-doc -->
	 * @see #SQUARE_METRES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SQUARE_METRES_VALUE = 3;

	/**
	 * The '<em><b>HOURS PER YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours per year (ч/год): time of equipment or experts available or needed in a year.
	 * <!-- end-model-doc -->
	 * @see #HOURS_PER_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOURS_PER_YEAR_VALUE = 4;

	/**
	 * The '<em><b>PROJECTS PER YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Projects per year (проектов/год): joint projects, R&D projects or start-ups carried in a year.
	 * <!-- end-model-doc -->
	 * @see #PROJECTS_PER_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECTS_PER_YEAR_VALUE = 5;

	/**
	 * The '<em><b>SERVICES PER YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services per year (услуг/год): tests, certifications, consultations rendered in a year.
	 * <!-- end-model-doc -->
	 * @see #SERVICES_PER_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICES_PER_YEAR_VALUE = 6;

	/**
	 * The '<em><b>UNITS PER YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Units per year (изделий/год): products made in a year.
	 * <!-- end-model-doc -->
	 * @see #UNITS_PER_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNITS_PER_YEAR_VALUE = 7;

	/**
	 * The '<em><b>RUB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roubles (руб.): money, e.g. the size of a fund or a financing need.
	 * <!-- end-model-doc -->
	 * @see #RUB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUB_VALUE = 8;

	/**
	 * The '<em><b>PERCENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percent (%): a share, e.g. of civil products in output.
	 * <!-- end-model-doc -->
	 * @see #PERCENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERCENT_VALUE = 9;

	/**
	 * An array of all the '<em><b>Quantity Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QuantityUnit[] VALUES_ARRAY =
		new QuantityUnit[] {
			UNSPECIFIED,
			PEOPLE,
			ORGANISATIONS,
			SQUARE_METRES,
			HOURS_PER_YEAR,
			PROJECTS_PER_YEAR,
			SERVICES_PER_YEAR,
			UNITS_PER_YEAR,
			RUB,
			PERCENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Quantity Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QuantityUnit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Quantity Unit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuantityUnit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuantityUnit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quantity Unit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuantityUnit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuantityUnit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quantity Unit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuantityUnit get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PEOPLE_VALUE: return PEOPLE;
			case ORGANISATIONS_VALUE: return ORGANISATIONS;
			case SQUARE_METRES_VALUE: return SQUARE_METRES;
			case HOURS_PER_YEAR_VALUE: return HOURS_PER_YEAR;
			case PROJECTS_PER_YEAR_VALUE: return PROJECTS_PER_YEAR;
			case SERVICES_PER_YEAR_VALUE: return SERVICES_PER_YEAR;
			case UNITS_PER_YEAR_VALUE: return UNITS_PER_YEAR;
			case RUB_VALUE: return RUB;
			case PERCENT_VALUE: return PERCENT;
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
	private QuantityUnit(int value, String name, String literal) {
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
	
} //QuantityUnit
