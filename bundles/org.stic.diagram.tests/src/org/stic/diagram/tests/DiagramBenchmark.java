package org.stic.diagram.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.Link;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneEdge;
import org.stic.examples.SyntheticModels;

/**
 * Figures, not assertions (runs only with -Pbenchmark): the both-contours view of generated models at 100, 1,000
 * and 2,000 nodes; medians of synthesis, layout, each export, and bare ELK layout of the very same ELK graph.
 * Target: synthesis + layout + SVG within 1.2x of the bare ELK layout. Times are the thread's CPU time, so that
 * other processes on a shared machine do not distort the ratio, except the layout: ELK runs on a thread of its own
 * there, so it is wall clock (bare ELK, run on this thread, is CPU time: compare on a quiet machine).
 */
class DiagramBenchmark {

    private static final OutputStream NOWHERE = OutputStream.nullOutputStream();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void synthesisLayoutAndExportAgainstBareElk() throws Exception {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nCPU ms, medians%n%6s %6s %9s %9s %9s %9s %9s %9s %9s %7s%n", "nodes", "edges", "synth",
                "layout", "svg", "png", "pdf", "bare ELK", "s+l+svg", "ratio"));
        for (int size : List.of(100, 1000, 2000)) {
            Cluster cluster = TestModels.generated(size, 42);
            int runs = size >= 1000 ? 5 : 9;
            // warm-up runs: class loading and JIT
            for (int w = 0; w < 2; w++) {
                Scene warm = SceneBuilder.build(cluster, View.BOTH, List.of());
                DiagramLayout.layout(warm);
                DiagramLayout.run(DiagramLayout.toElk(SceneBuilder.build(cluster, View.BOTH, List.of())).root());
                for (ExportFormat f : ExportFormat.values()) {
                    export(warm, f);
                }
            }
            double[] synth = new double[runs];
            double[] layout = new double[runs];
            double[] svg = new double[runs];
            double[] png = new double[runs];
            double[] pdf = new double[runs];
            double[] bare = new double[runs];
            Scene scene = null;
            for (int r = 0; r < runs; r++) {
                long t0 = now();
                scene = SceneBuilder.build(cluster, View.BOTH, List.of());
                long t1 = now();
                layout[r] = layout(scene) / 1e6;
                svg[r] = export(scene, ExportFormat.SVG);
                png[r] = export(scene, ExportFormat.PNG);
                pdf[r] = export(scene, ExportFormat.PDF);
                synth[r] = (t1 - t0) / 1e6;
                DiagramLayout.ElkGraph graph = DiagramLayout.toElk(SceneBuilder.build(cluster, View.BOTH, List.of()));
                long t3 = now();
                DiagramLayout.run(graph.root());
                bare[r] = (now() - t3) / 1e6;
            }
            double pipeline = median(synth) + median(layout) + median(svg);
            table.append(String.format(Locale.ROOT, "%6d %6d %9.0f %9.0f %9.0f %9.0f %9.0f %9.0f %9.0f %6.2fx%n",
                    scene.nodes().size(), scene.edges().size(), median(synth), median(layout), median(svg),
                    median(png), median(pdf), median(bare), pipeline, pipeline / median(bare)));
        }
        System.out.println(table);
    }

    /** The network view: one wide layer per participant kind, the case that used to grow superlinearly. */
    @Test
    void networkViewOfSyntheticModels() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nnetwork view, CPU ms, medians%n%9s %6s %6s %9s%n", "elements", "nodes", "edges", "s+layout"));
        for (int elements : List.of(1000, 3000)) {
            Cluster cluster = SyntheticModels.generate(elements, 42);
            for (int w = 0; w < 2; w++) {
                DiagramLayout.layout(SceneBuilder.build(cluster, View.NETWORK, List.of()));
            }
            double[] times = new double[5];
            Scene scene = null;
            for (int r = 0; r < times.length; r++) {
                long t0 = now();
                scene = SceneBuilder.build(cluster, View.NETWORK, List.of());
                long synthesis = now() - t0;
                times[r] = (synthesis + layout(scene)) / 1e6;
            }
            table.append(String.format(Locale.ROOT, "%9d %6d %6d %9.0f%n", elements, scene.nodes().size(),
                    scene.edges().size(), median(times)));
        }
        System.out.println(table);
    }

    /**
     * What the editor does with links on every mouse move (hover) and click, and after every rebuild (finding the
     * selected link again), on the 2,000-node diagram: microseconds per call, medians of 1,000 points.
     */
    @Test
    void linkHitTestAndReselection() {
        Scene scene = SceneBuilder.build(TestModels.generated(2000, 42), View.BOTH, List.of());
        DiagramLayout.layout(scene);
        java.util.Random random = new java.util.Random(7);
        double[] hit = new double[1000];
        double[] find = new double[1000];
        int hits = 0;
        for (int r = -200; r < hit.length; r++) { // the first 200: warm-up
            double x = random.nextDouble() * scene.width();
            double y = random.nextDouble() * scene.height();
            long t0 = System.nanoTime();
            SceneEdge e = Link.edgeAt(scene, x, y, 4);
            long t1 = System.nanoTime();
            Link link = Link.of(scene.edges().get(random.nextInt(scene.edges().size())));
            long t2 = System.nanoTime();
            link.in(scene);
            long t3 = System.nanoTime();
            if (r >= 0) {
                hit[r] = (t1 - t0) / 1e3;
                find[r] = (t3 - t2) / 1e3;
                hits += e == null ? 0 : 1;
            }
        }
        System.out.printf(Locale.ROOT, "%nlinks on %d nodes / %d edges: hit test median %.1f us (%d of %d points on a"
                + " link), selected link found again median %.1f us%n", scene.nodes().size(), scene.edges().size(),
                median(hit), hits, hit.length, median(find));
    }

    private static double export(Scene scene, ExportFormat format) throws IOException {
        long t = now();
        DiagramExporter.export(scene, format, ExportOptions.defaults(), NOWHERE);
        return (now() - t) / 1e6;
    }

    /** The calling thread's CPU time (ELK's own layout thread is not in it: see {@link #layout}). */
    private static long now() {
        return CPU.getCurrentThreadCpuTime();
    }

    /** Layout time: wall clock, since it runs on ELK's own thread while this one waits. */
    private static long layout(Scene scene) {
        long t = System.nanoTime();
        DiagramLayout.layout(scene);
        return System.nanoTime() - t;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
