package org.stic.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.Participant;
import org.stic.SticFactory;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.CriticalElement;
import org.stic.analysis.Scenario;
import org.stic.analysis.ScenarioChange;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.View;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.ui.swt.SwtResources;

/**
 * Switching one element off in what-if mode on a 500-node diagram: the scenario analysed from the baseline
 * ({@link AnalysisResult#under}), the overlay built and the whole window-sized view repainted with the new colours,
 * as the editor does after the context menu's Switch Off; beside it, in the same run, the same repaint without the
 * analysis (the baseline). Target: 50 ms. Prints medians.
 */
class WhatIfBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    /**
     * The 500-node cluster of the paint benchmark, with ten participants that provide the resources and perform the
     * actions (the network view draws them, not the contours' view), so that needs are ready and switching one
     * element off costs some of them.
     */
    static Cluster cluster() {
        Cluster cluster = DiagramPaintBenchmark.cluster(500, 7);
        List<Participant> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Participant p = SticFactory.eINSTANCE.createParticipant();
            p.setName("Participant " + i);
            cluster.getParticipants().add(p);
            members.add(p);
        }
        Random random = new Random(11);
        cluster.getInternalContour().getKeyResources().forEach(r -> r.getProviders().add(members.get(random.nextInt(10))));
        cluster.getInternalContour().getKeyActions().forEach(a -> a.getPerformers().add(members.get(random.nextInt(10))));
        return cluster;
    }

    @Test
    void switchingOneElementOffOn500Nodes() {
        Display display = Display.getCurrent();
        Cluster cluster = cluster();
        Scene scene = SceneBuilder.build(cluster, View.BOTH, List.of());
        assertEquals(500, scene.nodes().size());
        DiagramLayout.layout(scene);
        AnalysisResult baseline = Analysis.of(cluster, AnalysisOptions.thisYear());
        // the element whose loss costs the most ready needs, so that the repaint has red in it
        List<CriticalElement> critical = baseline.criticalElements();
        EObject off = critical.isEmpty() ? cluster.getInternalContour().getKeyResources().get(0)
                : critical.get(0).element();
        Scenario scenario = new Scenario("benchmark", List.of(new ScenarioChange.Remove(off)));
        SwtResources resources = new SwtResources(display);
        Image image = new Image(display, WIDTH, HEIGHT);
        Rectangle all = new Rectangle(0, 0, WIDTH, HEIGHT);
        double fit = Math.min(WIDTH / scene.width(), HEIGHT / scene.height());
        List<WhatIfOverlay> built = new ArrayList<>();
        try {
            double plain = DiagramPaintBenchmark.median(() -> {
                scene.setOverlays(List.of());
                paint(image, scene, resources, fit, all);
            });
            double whatIf = DiagramPaintBenchmark.median(() -> {
                WhatIfOverlay overlay = WhatIfOverlay.of(baseline, baseline.under(scenario));
                scene.setOverlays(List.of(overlay));
                paint(image, scene, resources, fit, all);
                built.add(overlay);
            });
            double analysisOnly = DiagramPaintBenchmark.median(
                    () -> WhatIfOverlay.of(baseline, baseline.under(scenario)));
            WhatIfOverlay last = built.get(built.size() - 1);
            scene.setOverlays(List.of(last));
            double paintOnly = DiagramPaintBenchmark.median(() -> paint(image, scene, resources, fit, all));
            System.out.printf(Locale.ROOT, "WhatIfBenchmark: %d nodes, %d edges, image %d x %d, zoomed to fit (%.0f %%)%n",
                    scene.nodes().size(), scene.edges().size(), WIDTH, HEIGHT, fit * 100);
            System.out.printf(Locale.ROOT, "  switched off: %s; %d elements lose readiness (%d needs)%n",
                    off.eClass().getName(), last.lost().size(),
                    last.lost().stream().filter(e -> e instanceof org.stic.SegmentNeed).count());
            System.out.printf(Locale.ROOT, "  baseline: full repaint without the analysis: median %.1f ms%n", plain);
            System.out.printf(Locale.ROOT,
                    "  what-if: scenario analysed + overlay + full repaint in the new colours: median %.1f ms "
                            + "(target <= 50 ms; of which analysis + overlay alone %.2f ms)%n", whatIf,
                    analysisOnly);
            System.out.printf(Locale.ROOT, "  the same repaint in the scenario's colours, overlay already built: "
                    + "median %.1f ms%n", paintOnly);
        } finally {
            image.dispose();
            resources.dispose();
        }
    }

    private static void paint(Image image, Scene scene, SwtResources resources, double zoom, Rectangle clip) {
        GC gc = new GC(image);
        try {
            DiagramViewer.paintScene(gc, scene, resources, zoom, 0, 0, clip);
        } finally {
            gc.dispose();
        }
    }
}
