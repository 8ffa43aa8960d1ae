package org.stic.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.stic.Channel;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Partnership;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.swt.SwtResources;
import org.stic.tests.support.Timing;

/**
 * Painting a 500-node diagram with the editor's SWT back end, off-screen into a window-sized image: the full repaint
 * (everything visible: zoomed to fit, and at 100 % where a window shows part of it) and what a drag costs per mouse
 * move (re-applying the manual bounds from the automatic layout, then repainting only the damaged area). Prints
 * medians; the target is under 16 ms per move.
 */
class DiagramPaintBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int RUNS = 30;

    @Test
    void repaintOf500Nodes() {
        Display display = Display.getCurrent();
        Scene scene = SceneBuilder.build(cluster(500, 7), View.BOTH, List.of());
        assertEquals(500, scene.nodes().size());
        DiagramLayout.layout(scene);
        ArrangedScene arranged = new ArrangedScene(scene);
        SwtResources resources = new SwtResources(display);
        Image image = new Image(display, WIDTH, HEIGHT);
        Rectangle all = new Rectangle(0, 0, WIDTH, HEIGHT);
        try {
            double fit = Math.min(WIDTH / scene.width(), HEIGHT / scene.height());
            double full = median(() -> paint(image, scene, resources, fit, 0, 0, all));
            double at100 = median(() -> paint(image, scene, resources, 1, 0, 0, all));

            // a drag: each mouse move re-applies the bounds and repaints what changed, at 100 % around the node
            SceneNode moved = scene.nodes().get(scene.nodes().size() / 3);
            Bounds start = moved.bounds();
            int ox = (int) Math.max(0, start.centerX() - WIDTH / 2.0);
            int oy = (int) Math.max(0, start.centerY() - HEIGHT / 2.0);
            int[] step = { 0 };
            long[] damagePixels = { 0 };
            double move = median(() -> {
                step[0]++;
                Map<EObject, Bounds> manual = new HashMap<>();
                manual.put(moved.element(), start.translate(step[0] % 2 == 0 ? 6 : -6, 4));
                Bounds d = arranged.arrange(manual);
                Rectangle r = new Rectangle((int) Math.floor(d.x() - ox) - 10, (int) Math.floor(d.y() - oy) - 10,
                        (int) Math.ceil(d.width()) + 20, (int) Math.ceil(d.height()) + 20).intersection(all);
                damagePixels[0] = (long) r.width * r.height;
                paint(image, scene, resources, 1, ox, oy, r);
            });
            System.out.printf(Locale.ROOT,
                    "DiagramPaintBenchmark: %d nodes, %d edges, diagram %.0f x %.0f, image %d x %d%n",
                    scene.nodes().size(), scene.edges().size(), scene.width(), scene.height(), WIDTH, HEIGHT);
            System.out.printf(Locale.ROOT, "  full repaint, zoomed to fit (%.0f %%): median %.1f ms%n", fit * 100,
                    full);
            System.out.printf(Locale.ROOT, "  full repaint at 100 %%: median %.1f ms%n", at100);
            System.out.printf(Locale.ROOT,
                    "  one drag step (re-apply bounds + repaint of the %d damaged pixels): median %.1f ms "
                            + "(target < 16 ms)%n", damagePixels[0], move);
        } finally {
            image.dispose();
            resources.dispose();
        }
    }

    private static void paint(Image image, Scene scene, SwtResources resources, double zoom, int ox, int oy,
            Rectangle clip) {
        GC gc = new GC(image);
        try {
            DiagramViewer.paintScene(gc, scene, resources, zoom, ox, oy, clip);
        } finally {
            gc.dispose();
        }
    }

    static double median(Runnable r) {
        return Timing.median(3, RUNS, r);
    }

    /** A cluster of exactly {@code nodes} contour elements, linked at random along the vocabulary's edges. */
    static Cluster cluster(int nodes, long seed) {
        SticFactory f = SticFactory.eINSTANCE;
        Random random = new Random(seed);
        Cluster c = f.createCluster();
        c.setName("Synthetic cluster of " + nodes + " elements");
        InternalContour in = f.createInternalContour();
        ExternalContour out = f.createExternalContour();
        c.setInternalContour(in);
        c.setExternalContour(out);
        int n = nodes / 20;
        List<KeyResource> resources = new ArrayList<>();
        List<KeyAction> actions = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        List<ValueProposition> offers = new ArrayList<>();
        for (int i = 0; i < 3 * n; i++) {
            KeyResource r = f.createKeyResource();
            r.setName("Resource " + i + " (laboratory equipment and staff)");
            in.getKeyResources().add(r);
            resources.add(r);
        }
        for (int i = 0; i < 3 * n; i++) {
            Segment s = f.createSegment();
            s.setName("Segment " + i);
            out.getSegments().add(s);
            segments.add(s);
        }
        for (int i = 0; i < 3 * n; i++) {
            ValueProposition v = f.createValueProposition();
            v.setName("Value proposition " + i + " for the region's companies");
            v.getSegments().add(segments.get(random.nextInt(segments.size())));
            out.getValuePropositions().add(v);
            offers.add(v);
        }
        for (int i = 0; i < 4 * n; i++) {
            KeyAction a = f.createKeyAction();
            a.setName("Key action " + i);
            if (i % 8 != 7) {
                a.getSupportingResources().add(resources.get(random.nextInt(resources.size())));
            }
            a.getValuePropositions().add(offers.get(random.nextInt(offers.size())));
            in.getKeyActions().add(a);
            actions.add(a);
        }
        for (int i = 0; i < 2 * n; i++) {
            Segment s = segments.get(i % segments.size());
            SegmentNeed need = f.createSegmentNeed();
            need.setName("Need " + i);
            s.getNeeds().add(need);
            offers.get(random.nextInt(offers.size())).getNeeds().add(need);
        }
        for (int i = 0; i < n; i++) {
            Partnership p = f.createPartnership();
            p.setName("Partnership " + i);
            p.getResources().add(resources.get(random.nextInt(resources.size())));
            in.getPartnerships().add(p);
            CostItem cost = f.createCostItem();
            cost.setName("Cost item " + i);
            cost.getActions().add(actions.get(random.nextInt(actions.size())));
            in.getCostItems().add(cost);
            Channel ch = f.createChannel();
            ch.setName("Channel " + i);
            ch.getSegments().add(segments.get(random.nextInt(segments.size())));
            out.getChannels().add(ch);
            Relationship rel = f.createRelationship();
            rel.setName("Relationship " + i);
            rel.getSegments().add(segments.get(random.nextInt(segments.size())));
            out.getRelationships().add(rel);
        }
        for (int i = 0; i < nodes - 20 * n + n; i++) {
            RevenueStream rs = f.createRevenueStream();
            rs.setName("Revenue stream " + i);
            rs.getSegments().add(segments.get(random.nextInt(segments.size())));
            out.getRevenueStreams().add(rs);
        }
        return c;
    }
}
