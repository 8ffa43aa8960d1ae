package org.stic.analysis;

import org.stic.Cluster;

/**
 * The readiness, capacity, critical-element and economics analysis of a cluster model (definitions:
 * docs/analysis.md). Headless: the command line, the reports and the workbench all call it.
 *
 * <pre>
 * AnalysisResult r = Analysis.of(cluster, new AnalysisOptions(2026));
 * r.needs()               // readiness and reasons per need
 * r.under(scenario)       // the same model under a what-if scenario
 * Comparison.of(r, r.under(scenario))
 * </pre>
 *
 * The model is read, never changed; the result does not follow later edits (analyse again).
 */
public final class Analysis {

    private Analysis() {
    }

    public static AnalysisResult of(Cluster cluster, AnalysisOptions options) {
        DependencyGraph graph = DependencyGraph.of(cluster);
        return new AnalysisResult(cluster, options, graph, Economics.of(cluster, options.year(), Scenario.NONE),
                null);
    }

    /** The model under a scenario, read from scratch (what {@link AnalysisResult#under} does from a baseline). */
    public static AnalysisResult of(Cluster cluster, AnalysisOptions options, Scenario scenario) {
        return apply(cluster, options, DependencyGraph.of(cluster), scenario);
    }

    static AnalysisResult apply(Cluster cluster, AnalysisOptions options, DependencyGraph baseline,
            Scenario scenario) {
        DependencyGraph graph = baseline.copy();
        for (ScenarioChange change : scenario.changes()) {
            GraphEdits.apply(graph, change);
        }
        return new AnalysisResult(cluster, options, graph, Economics.of(cluster, options.year(), scenario),
                scenario);
    }
}
