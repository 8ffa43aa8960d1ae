package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.SegmentNeed;
import org.stic.model.edit.Language;
import org.stic.examples.SyntheticModels;
import org.stic.validation.SticValidator;

/**
 * Figures of issue 17 (run with -Pbenchmark), each beside its baseline from the same run: the full analysis of
 * 1k/10k/100k synthetic models beside the catalogue validation of the same model; critical elements beside the
 * naive re-run per element; a 10-change scenario from a baseline beside a full re-analysis under it. Median CPU and
 * wall milliseconds of {@value #RUNS} runs after a warm-up.
 */
class AnalysisBenchmark {

    private static final int RUNS = 7;
    private static final long WARM_UP_MS = 1_500;
    private static final AnalysisOptions YEAR = new AnalysisOptions(2026);

    @Test
    void fullAnalysisBesideValidation() {
        System.out.printf("%-8s %14s %14s %8s %8s %8s%n", "elements", "analysis ms", "validation ms", "needs",
                "ready", "findings");
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Cluster model = SyntheticModels.generate(size, 2026);
            AnalysisResult r = Analysis.of(model, YEAR);
            double[] analysis = median(() -> Analysis.of(model, YEAR).needs().size());
            double[] validation = median(() -> SticValidator.builtIn().validate(model).size());
            System.out.printf("%-8d %6.1f / %5.1f %6.1f / %5.1f %8d %8d %8d%n", size, analysis[0], analysis[1],
                    validation[0], validation[1], r.total().needs(), r.total().ready(), r.findings(Language.EN).size());
        }
    }

    @Test
    void criticalElementsBesideTheNaiveReRuns() {
        System.out.printf("%-8s %16s %16s %8s %10s%n", "elements", "incremental ms", "naive ms", "ratio",
                "critical");
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Cluster model = SyntheticModels.generate(size, 2026);
            Evaluation e = Evaluation.of(DependencyGraph.of(model), YEAR.year());
            int[][] incremental = Criticality.lostNeeds(e);
            double[] fast = median(() -> Criticality.lostNeeds(e).length);
            int critical = (int) Arrays.stream(incremental).filter(l -> l.length > 0).count();
            if (size <= 10_000) {
                int[][] naive = Criticality.naive(e);
                for (int x = 0; x < naive.length; x++) {
                    assertArrayEquals(naive[x], incremental[x], "element " + x);
                }
                double[] slow = size == 1_000 ? median(() -> Criticality.naive(e).length) : once(() -> Criticality
                        .naive(e).length);
                System.out.printf("%-8d %7.1f / %6.1f %7.1f / %6.1f %7.0fx %10d%n", size, fast[0], fast[1], slow[0],
                        slow[1], slow[1] / fast[1], critical);
            } else {
                System.out.printf("%-8d %7.1f / %6.1f %16s %8s %10d%n", size, fast[0], fast[1], "(not run)", "",
                        critical);
            }
        }
    }

    @Test
    void aTenChangeScenarioBesideAFullReAnalysis() {
        System.out.printf("%-8s %18s %18s %8s %8s%n", "elements", "from baseline ms", "full re-run ms", "lost",
                "gained");
        for (int size : new int[] {1_000, 10_000}) {
            Cluster model = SyntheticModels.generate(size, 2026);
            AnalysisResult baseline = Analysis.of(model, YEAR);
            Scenario s = tenChanges(model, baseline);
            Comparison expected = Comparison.of(baseline, Analysis.of(model, YEAR, s));
            Comparison fast = Comparison.of(baseline, baseline.under(s));
            assertEquals(expected.needs(), fast.needs());
            double[] incremental = median(() -> Comparison.of(baseline, baseline.under(s)).needs().size());
            double[] full = median(() -> Comparison.of(baseline, Analysis.of(model, YEAR, s)).needs().size());
            System.out.printf("%-8d %8.1f / %7.1f %8.1f / %7.1f %8d %8d%n", size, incremental[0], incremental[1],
                    full[0], full[1], fast.lost().size(), fast.gained().size());
        }
    }

    /**
     * The three most critical elements leave, two resources go missing or are delayed, two capacities and two demands
     * change, one action gets a resource: changes that move readiness, so that the comparison has work to do.
     */
    private static Scenario tenChanges(Cluster model, AnalysisResult baseline) {
        List<ScenarioChange> changes = new ArrayList<>();
        List<KeyResource> resources = model.getInternalContour().getKeyResources();
        List<KeyAction> actions = model.getInternalContour().getKeyActions();
        List<SegmentNeed> needs = model.getExternalContour().getSegments().get(0).getNeeds();
        baseline.criticalElements().stream().limit(3)
                .forEach(c -> changes.add(new ScenarioChange.Remove(c.element())));
        changes.add(new ScenarioChange.SetStatus(resources.get(1), AvailabilityStatus.MISSING, null));
        changes.add(new ScenarioChange.SetStatus(resources.get(2), AvailabilityStatus.PLANNED, 2030));
        changes.add(new ScenarioChange.SetCapacity(resources.get(3), BigDecimal.ONE, null));
        changes.add(new ScenarioChange.SetCapacity(resources.get(4), new BigDecimal(100_000), null));
        changes.add(new ScenarioChange.SetDemand(needs.get(0), new BigDecimal(5_000), null));
        changes.add(new ScenarioChange.SetDemand(needs.get(needs.size() - 1), BigDecimal.TEN, null));
        KeyResource extra = resources.get(resources.size() - 1);
        KeyAction target = actions.stream().filter(a -> !a.getSupportingResources().contains(extra)).findFirst()
                .orElseThrow();
        changes.add(new ScenarioChange.AddResource(target, extra));
        return new Scenario("ten", changes);
    }

    private static double[] once(Supplier<Integer> run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        run.get();
        return new double[] {(threads.getCurrentThreadCpuTime() - c) / 1e6, (System.nanoTime() - t) / 1e6};
    }

    /** Median {CPU, wall} ms of {@value #RUNS} runs, after at least {@value #WARM_UP_MS} ms of CPU warming up. */
    private static double[] median(Supplier<Integer> run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warm = threads.getCurrentThreadCpuTime() + WARM_UP_MS * 1_000_000L;
        for (int i = 0; i < RUNS || threads.getCurrentThreadCpuTime() < warm; i++) {
            run.get();
        }
        double[][] t = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] one = once(run);
            t[0][i] = one[0];
            t[1][i] = one[1];
        }
        Arrays.sort(t[0]);
        Arrays.sort(t[1]);
        return new double[] {t[0][RUNS / 2], t[1][RUNS / 2]};
    }
}
