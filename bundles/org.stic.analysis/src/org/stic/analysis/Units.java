package org.stic.analysis;

import org.stic.QuantityUnit;

/** Unit labels in the user's language ("услуг/год", "services/year"). */
public final class Units {

    private Units() {
    }

    public static String label(QuantityUnit unit) {
        return switch (unit) {
            case UNSPECIFIED -> Messages.Unit_unspecified;
            case PEOPLE -> Messages.Unit_people;
            case ORGANISATIONS -> Messages.Unit_organisations;
            case SQUARE_METRES -> Messages.Unit_squareMetres;
            case HOURS_PER_YEAR -> Messages.Unit_hoursPerYear;
            case PROJECTS_PER_YEAR -> Messages.Unit_projectsPerYear;
            case SERVICES_PER_YEAR -> Messages.Unit_servicesPerYear;
            case UNITS_PER_YEAR -> Messages.Unit_unitsPerYear;
            case RUB -> Messages.Unit_rub;
            case PERCENT -> Messages.Unit_percent;
        };
    }
}
