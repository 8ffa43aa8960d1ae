package org.stic.analysis;

import java.util.concurrent.atomic.AtomicLong;

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

    private static final AtomicLong MODELS_READ = new AtomicLong();

    private Analysis() {
    }

    public static AnalysisResult of(Cluster cluster, AnalysisOptions options) {
        return of(cluster, options, DependencyGraph.of(cluster));
    }

    /** The analysis on a dependency graph already read from the model (one graph serves every year). */
    static AnalysisResult of(Cluster cluster, AnalysisOptions options, DependencyGraph graph) {
        return new AnalysisResult(cluster, options, graph, Economics.of(cluster, options.year(), Scenario.NONE),
                null);
    }

    /**
     * How many times this JVM read a model for its analysis (built its dependency graph): what tests and benchmarks
     * count to see that one edit is analysed once however many views show it ({@link AnalysisCache}).
     */
    public static long modelsRead() {
        return MODELS_READ.get();
    }

    static void countModelRead() {
        MODELS_READ.incrementAndGet();
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
