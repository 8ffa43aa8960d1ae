package org.stic.analysis;

import org.eclipse.osgi.util.NLS;

/**
 * The analysis' texts for people, English ({@code messages.properties}) and Russian ({@code messages_ru.properties}),
 * chosen by the default locale as Eclipse NLS does.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.stic.analysis.messages";

    public static String Cause_missing;
    public static String Cause_noPartner;
    public static String Cause_noPerformer;
    public static String Cause_noProvider;
    public static String Cause_noSupportingResource;
    public static String Cause_noValueProposition;
    public static String Cause_notDelivered;
    public static String Cause_overLoaded;
    public static String Cause_plannedLater;
    public static String Cause_plannedWithoutYear;
    public static String Cause_removed;
    public static String Cause_statusNotAssessed;
    public static String Level_assumed;
    public static String Level_notReady;
    public static String Level_ready;
    public static String Load_overLoaded;
    public static String Money_notCovered;
    public static String Payer_external;
    public static String Payer_members;
    public static String Payer_none;
    public static String Payer_notAssessed;
    public static String Payer_state;
    public static String Scenario_alreadySupports;
    public static String Scenario_cannotRemove;
    public static String Scenario_duplicate;
    public static String Scenario_empty;
    public static String Scenario_form;
    public static String Scenario_header;
    public static String Scenario_header_missing;
    public static String Scenario_number;
    public static String Scenario_type_action;
    public static String Scenario_type_money;
    public static String Scenario_type_need;
    public static String Scenario_type_resource;
    public static String Scenario_type_resourceOrAction;
    public static String Scenario_unknownChange;
    public static String Scenario_unknownId;
    public static String Scenario_unknownStatus;
    public static String Scenario_unknownUnit;
    public static String Scenario_version;
    public static String Scenario_wrongType;
    public static String Scenario_year;
    public static String Unit_hoursPerYear;
    public static String Unit_organisations;
    public static String Unit_people;
    public static String Unit_percent;
    public static String Unit_projectsPerYear;
    public static String Unit_rub;
    public static String Unit_servicesPerYear;
    public static String Unit_squareMetres;
    public static String Unit_unitsPerYear;
    public static String Unit_unspecified;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
