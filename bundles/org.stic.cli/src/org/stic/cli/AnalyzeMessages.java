package org.stic.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code stic analyze} (analyze.properties, Russian in analyze_ru.properties). */
final class AnalyzeMessages extends NLS {

    private static final String BUNDLE_NAME = "org.stic.cli.analyze";

    public static String Analyze_achieved;
    public static String Analyze_badThreshold;
    public static String Analyze_below;
    public static String Analyze_byYear;
    public static String Analyze_cannotWrite;
    public static String Analyze_costByAction;
    public static String Analyze_costByProposition;
    public static String Analyze_costByResource;
    public static String Analyze_critical;
    public static String Analyze_criticalRow;
    public static String Analyze_economics;
    public static String Analyze_findings;
    public static String Analyze_gained;
    public static String Analyze_indicatorRow;
    public static String Analyze_indicators;
    public static String Analyze_levelChanged;
    public static String Analyze_loadChanged;
    public static String Analyze_loadRow;
    public static String Analyze_loads;
    public static String Analyze_lost;
    public static String Analyze_money;
    public static String Analyze_needs;
    public static String Analyze_noLoads;
    public static String Analyze_none;
    public static String Analyze_notAchieved;
    public static String Analyze_notAttributed;
    public static String Analyze_overLoaded;
    public static String Analyze_readiness;
    public static String Analyze_readyFrom;
    public static String Analyze_revenueByPayer;
    public static String Analyze_revenueByProposition;
    public static String Analyze_scenario;
    public static String Analyze_segment;
    public static String Analyze_title;
    public static String Analyze_totals;
    public static String Analyze_unknown;
    public static String Analyze_yearRow;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AnalyzeMessages.class);
    }

    private AnalyzeMessages() {
    }
}
