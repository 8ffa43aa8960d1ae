package org.stic.report;

import org.eclipse.osgi.util.NLS;

/** Texts of the report's analysis sections (analysis.properties, Russian in analysis_ru.properties). */
final class AnalysisTexts extends NLS {

    private static final String BUNDLE_NAME = "org.stic.report.analysis";

    public static String Chart_rest;
    public static String Chart_title;
    public static String Chart_totals;
    public static String Column_achieved;
    public static String Column_action;
    public static String Column_amount;
    public static String Column_assumed;
    public static String Column_balance;
    public static String Column_baseline;
    public static String Column_baselineVariant;
    public static String Column_capacity;
    public static String Column_change;
    public static String Column_cost;
    public static String Column_coverage;
    public static String Column_currency;
    public static String Column_current;
    public static String Column_element;
    public static String Column_finding;
    public static String Column_impact;
    public static String Column_indicator;
    public static String Column_load;
    public static String Column_need;
    public static String Column_needs;
    public static String Column_needsLost;
    public static String Column_needsRouted;
    public static String Column_payer;
    public static String Column_priority;
    public static String Column_progress;
    public static String Column_proposition;
    public static String Column_ready;
    public static String Column_readyFrom;
    public static String Column_reason;
    public static String Column_resource;
    public static String Column_revenue;
    public static String Column_rule;
    public static String Column_scenario;
    public static String Column_segment;
    public static String Column_severity;
    public static String Column_share;
    public static String Column_stateShare;
    public static String Column_status;
    public static String Column_target;
    public static String Column_unit;
    public static String Column_utilisation;
    public static String Column_year;
    public static String Critical_intro;
    public static String Critical_none;
    public static String Critical_table;
    public static String Critical_title;
    public static String Fact_findings;
    public static String Fact_model;
    public static String Fact_overLoaded;
    public static String Fact_ready;
    public static String Fact_readyValue;
    public static String Fact_year;
    public static String Findings_intro;
    public static String Findings_none;
    public static String Findings_table;
    public static String Findings_title;
    public static String Load_intro;
    public static String Load_none;
    public static String Load_table;
    public static String Load_title;
    public static String Money_byPayer;
    public static String Money_costByAction;
    public static String Money_costByProposition;
    public static String Money_costByResource;
    public static String Money_indicators;
    public static String Money_intro;
    public static String Money_none;
    public static String Money_revenueByProposition;
    public static String Money_series;
    public static String Money_title;
    public static String Money_totals;
    public static String No;
    public static String NotAttributed;
    public static String Readiness_bySegment;
    public static String Readiness_byYear;
    public static String Readiness_byYearNote;
    public static String Readiness_intro;
    public static String Readiness_needs;
    public static String Readiness_noGaps;
    public static String Readiness_reasons;
    public static String Readiness_reasonsNote;
    public static String Readiness_title;
    public static String Readiness_total;
    public static String Scenario_intro;
    public static String Scenario_loads;
    public static String Scenario_money;
    public static String Scenario_needs;
    public static String Scenario_noMoney;
    public static String Scenario_noNeeds;
    public static String Scenario_removed;
    public static String Scenario_title;
    public static String Yes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AnalysisTexts.class);
    }

    private AnalysisTexts() {
    }
}
