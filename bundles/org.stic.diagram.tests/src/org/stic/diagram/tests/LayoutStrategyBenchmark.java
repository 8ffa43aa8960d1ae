package org.stic.diagram.tests;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.LayoutOptions;
import org.stic.diagram.LayoutProgress;
import org.stic.diagram.LayoutQuality;
import org.stic.diagram.LayoutStrategy;
import org.stic.diagram.LayoutTimeoutException;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.examples.Examples;
import org.stic.examples.SyntheticModels;
import org.stic.model.io.SticResources;

/**
 * Figures, not assertions (runs only with -Pbenchmark). (1) Synthesis + layout + SVG of the both-contours view of
 * generated models of 1,000, 10,000 and 100,000 elements, for each layout strategy, beside bare ELK layered on the
 * same graph where it finishes within a minute, and of the canvas view (its own fixed-block layout). Times are wall-clock (layered runs on a thread of its own), one
 * run each after a warm-up at 1,000: on a shared machine, compare within one run. (2) The layout quality of every view of the bundled examples: edge
 * crossings, total edge length and the empty share of the sheet. (3) The same measures and the time of each view of a
 * generated 1,000-element model (the mid-size views of its report) laid out by ELK layered and by the grid of groups:
 * the figures behind {@link LayoutStrategy#LAYERED_MAX_NODES}.
 */
class LayoutStrategyBenchmark {

    private static final long LIMIT_MILLIS = 60_000;
    /** Bare ELK layered runs on the caller's stack: it finishes up to a few hundred nodes. */
    private static final int BARE_ELK_MAX_NODES = 800;

    @Test
    void strategiesAtScale() throws Exception {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nboth-contours view, wall-clock ms (one run)%n%9s %6s %6s %-8s %8s %9s %7s %9s%n", "elements",
                "nodes", "edges", "strategy", "synth", "layout", "svg", "s+l+svg"));
        Cluster warm = SyntheticModels.generate(1000, 1);
        for (LayoutStrategy s : List.of(LayoutStrategy.GRID, LayoutStrategy.LAYERED)) {
            DiagramLayout.layout(SceneBuilder.build(warm, View.BOTH, List.of()), options(s));
        }
        for (int elements : List.of(1_000, 10_000, 100_000)) {
            Cluster cluster = SyntheticModels.generate(elements, 1);
            for (LayoutStrategy strategy : List.of(LayoutStrategy.AUTO, LayoutStrategy.GRID, LayoutStrategy.LAYERED)) {
                if (strategy == LayoutStrategy.LAYERED && elements > 10_000) {
                    table.append(String.format(Locale.ROOT, "%9d %6s %6s %-8s %s%n", elements, "", "", "layered",
                            "not run (it does not finish 10,000 elements within a minute)"));
                    continue;
                }
                long t0 = cpu();
                Scene scene = SceneBuilder.build(cluster, View.BOTH, List.of());
                long t1 = cpu();
                try {
                    DiagramLayout.layout(scene, options(strategy));
                } catch (LayoutTimeoutException e) {
                    table.append(String.format(Locale.ROOT, "%9d %6d %6d %-8s %8.0f   did not finish within %d s%n",
                            elements, scene.nodes().size(), scene.edges().size(), strategy.id(), ms(t1 - t0),
                            LIMIT_MILLIS / 1000));
                    continue;
                }
                long t2 = cpu();
                DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), OutputStream.nullOutputStream());
                long t3 = cpu();
                table.append(String.format(Locale.ROOT, "%9d %6d %6d %-8s %8.0f %9.0f %7.0f %9.0f%n", elements,
                        scene.nodes().size(), scene.edges().size(), strategy.id(), ms(t1 - t0), ms(t2 - t1),
                        ms(t3 - t2), ms(t3 - t0)));
            }
            // the canvas view lays itself out (fixed blocks, whatever the strategy): its own row
            long t0 = cpu();
            Scene canvas = SceneBuilder.build(cluster, View.CANVAS, List.of());
            long t1 = cpu();
            DiagramLayout.layout(canvas, options(LayoutStrategy.AUTO));
            long t2 = cpu();
            DiagramExporter.export(canvas, ExportFormat.SVG, ExportOptions.defaults(), OutputStream.nullOutputStream());
            long t3 = cpu();
            table.append(String.format(Locale.ROOT, "%9d %6d %6d %-8s %8.0f %9.0f %7.0f %9.0f%n", elements,
                    canvas.nodes().size(), canvas.edges().size(), "canvas", ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                    ms(t3 - t0)));
            if (elements <= 10_000) {
                // bare ELK layered on the very same graph, on this thread, where it finishes at all
                Scene scene = SceneBuilder.build(cluster, View.BOTH, List.of());
                if (scene.nodes().size() <= BARE_ELK_MAX_NODES) {
                    DiagramLayout.ElkGraph graph = DiagramLayout.toElk(scene);
                    long t = cpu();
                    DiagramLayout.run(graph.root());
                    table.append(String.format(Locale.ROOT, "%9d %6d %6d %-8s %8s %9.0f%n", elements,
                            scene.nodes().size(), scene.edges().size(), "bare ELK", "", ms(cpu() - t)));
                }
            }
        }
        System.out.println(table);
    }

    @Test
    void layoutQualityOfTheExamples() throws Exception {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nlayout quality of the bundled examples%n%-26s %-9s %6s %6s %10s %10s %7s %13s%n", "example", "view",
                "nodes", "edges", "crossings", "length", "empty", "sheet"));
        for (String name : Examples.names()) {
            Cluster cluster = SticResources.load(Examples.path(name));
            for (View view : View.values()) {
                Scene scene = Diagrams.create(cluster, view);
                LayoutQuality q = LayoutQuality.of(scene);
                table.append(String.format(Locale.ROOT, "%-26s %-9s %6d %6d %10d %10.0f %6.1f%% %6.0fx%-6.0f%n", name,
                        view.id(), scene.nodes().size(), scene.edges().size(), q.crossings(), q.edgeLength(),
                        100 * q.emptyShare(), scene.width(), scene.height()));
            }
        }
        System.out.println(table);
    }

    @Test
    void midSizeViewsLayeredAgainstGrid() throws Exception {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nviews of a generated model, layered against the grid of groups (auto: layered up to %d nodes)%n"
                        + "%8s %-9s %6s %6s %-8s %7s %10s %10s %7s %13s%n",
                LayoutStrategy.LAYERED_MAX_NODES, "elements", "view", "nodes", "edges", "strategy", "ms", "crossings",
                "length", "empty", "sheet"));
        Cluster warm = SyntheticModels.generate(250, 2);
        for (LayoutStrategy s : List.of(LayoutStrategy.GRID, LayoutStrategy.LAYERED)) {
            DiagramLayout.layout(SceneBuilder.build(warm, View.BOTH, List.of()), options(s));
        }
        for (int elements : List.of(250, 1_000)) {
            Cluster cluster = SyntheticModels.generate(elements, 1);
            for (View view : List.of(View.INTERNAL, View.EXTERNAL, View.NETWORK, View.BOTH)) {
                for (LayoutStrategy strategy : List.of(LayoutStrategy.LAYERED, LayoutStrategy.GRID)) {
                    Scene scene = SceneBuilder.build(cluster, view, List.of());
                    long t = cpu();
                    DiagramLayout.layout(scene, options(strategy));
                    double millis = ms(cpu() - t);
                    LayoutQuality q = LayoutQuality.of(scene);
                    table.append(String.format(Locale.ROOT, "%8d %-9s %6d %6d %-8s %7.0f %10d %10.0f %6.1f%% %6.0fx%-6.0f%n",
                            elements, view.id(), scene.nodes().size(), scene.edges().size(), strategy.id(), millis,
                            q.crossings(), q.edgeLength(), 100 * q.emptyShare(), scene.width(), scene.height()));
                }
            }
        }
        System.out.println(table);
    }

    private static LayoutOptions options(LayoutStrategy strategy) {
        return new LayoutOptions(strategy, LIMIT_MILLIS, LayoutProgress.NONE);
    }

    /** Wall-clock time: layered runs on a thread of its own, so the caller's CPU time would miss it. */
    private static long cpu() {
        return System.nanoTime();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
