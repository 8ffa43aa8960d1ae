package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.Segment;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.Diagrams;
import org.stic.diagram.EdgeType;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.scene.Styles;

class SceneStructureTest {

    @Test
    void everyElementOfEachViewAppearsOnceAndNoOtherDoes() {
        Cluster cluster = TestModels.pharma();
        for (View view : View.values()) {
            Scene scene = Diagrams.create(cluster, view);
            Set<EObject> expected = new HashSet<>();
            for (NodeType t : NodeType.inViewOrder(view)) {
                expected.addAll(t.elements(cluster));
            }
            List<EObject> drawn = scene.nodes().stream().map(SceneNode::element).toList();
            assertEquals(expected.size(), drawn.size(), view + ": node count");
            assertEquals(expected, new HashSet<>(drawn), view + ": the drawn elements");
            for (SceneNode n : scene.nodes()) {
                assertTrue(n.type().eClass().isInstance(n.element()), n.type() + " drawn for " + n.element());
                assertTrue(n.type().inView(view));
            }
        }
    }

    @Test
    void edgesFollowTheVocabularyWithBothEndsInTheView() {
        Cluster cluster = TestModels.pharma();
        for (View view : View.values()) {
            if (view == View.CANVAS) {
                continue; // lines only on demand, between blocks: CanvasViewTest
            }
            Scene scene = Diagrams.create(cluster, view);
            int expected = 0;
            for (EdgeType t : EdgeType.values()) {
                if (t == EdgeType.INTERACTION) {
                    expected += view == View.NETWORK ? cluster.getInteractions().size() : 0;
                    continue;
                }
                NodeType owner = NodeType.of(t.reference().getEContainingClass()).orElseThrow();
                for (EObject o : owner.elements(cluster)) {
                    for (Object other : (List<?>) o.eGet(t.reference())) {
                        if (scene.node(o) != null && scene.node((EObject) other) != null) {
                            expected++;
                        }
                    }
                }
            }
            assertEquals(expected, scene.edges().size(), view + ": edge count");
            for (SceneEdge e : scene.edges()) {
                assertEquals(e.type().sourceType(), e.source().type(), e.type() + " source");
                assertTrue(e.type().endsAt(e.target().type()), e.type() + " target " + e.target().type());
                assertTrue(e.route().size() >= 2, "routed");
                assertOrthogonal(e);
            }
        }
        // cross-contour edges only in the both view
        assertTrue(Diagrams.create(cluster, View.BOTH).edges().stream().anyMatch(e -> e.type() == EdgeType.DELIVERS));
        assertTrue(Diagrams.create(cluster, View.INTERNAL).edges().stream()
                .noneMatch(e -> e.type() == EdgeType.DELIVERS));
    }

    @Test
    void nodesDoNotOverlapAndLieInsideTheirGroupAndRegion() {
        for (Cluster cluster : List.of(TestModels.pharma(), TestModels.generated(400, 3))) {
            for (View view : View.values()) {
                Scene scene = Diagrams.create(cluster, view);
                assertNoOverlap(scene.nodes().stream().map(SceneNode::bounds).toList(), view + " nodes");
                for (SceneNode n : scene.nodes()) {
                    SceneContainer group = n.container();
                    assertNotNull(group, "grouped");
                    // the canvas lists a segment's needs under it, in the segments' block
                    assertEquals(view == View.CANVAS && n.type() == NodeType.SEGMENT_NEED ? NodeType.SEGMENT : n.type(),
                            group.type());
                    assertTrue(group.bounds().contains(n.bounds()), n.label() + " inside " + group.label());
                    if (view == View.NETWORK) {
                        assertNull(group.parent(), "no regions in the network view");
                    } else {
                        SceneContainer region = group.parent();
                        assertEquals(SceneContainer.Kind.REGION, region.kind());
                        assertEquals(n.type().region(), region.region());
                        assertTrue(region.bounds().contains(n.bounds()), n.label() + " inside " + region.label());
                    }
                }
                List<Bounds> regions = scene.containers().stream()
                        .filter(c -> c.kind() == SceneContainer.Kind.REGION).map(SceneContainer::bounds).toList();
                assertNoOverlap(regions, view + " regions");
                assertNoOverlap(scene.containers().stream().filter(c -> c.kind() == SceneContainer.Kind.GROUP)
                        .map(SceneContainer::bounds).toList(), view + " groups");
                for (SceneContainer c : scene.containers()) {
                    assertTrue(c.bounds().maxX() <= scene.width() && c.bounds().maxY() <= scene.height());
                }
            }
        }
    }

    @Test
    void internalRegionIsLeftOfExternalRegion() {
        Scene scene = Diagrams.create(TestModels.pharma(), View.BOTH);
        Bounds internal = region(scene, ContourRegion.INTERNAL).bounds();
        Bounds external = region(scene, ContourRegion.EXTERNAL).bounds();
        assertTrue(internal.maxX() < external.x(), "internal left of external");
        assertEquals(internal.y(), external.y(), 0.01, "regions share their top");
    }

    @Test
    void decorationsSitExactlyOnTheDecoratedElements() {
        Cluster cluster = TestModels.pharma();
        KeyAction gap = cluster.getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().isEmpty()).findFirst().orElseThrow();
        Segment segment = cluster.getExternalContour().getSegments().get(1);
        List<Decoration> decorations = List.of(
                new Decoration(gap, "error", "INT-001", "Ключевое действие без поддерживающего ресурса"),
                new Decoration(segment, "warning", "EXT-003", "Сегмент без канала"),
                new Decoration(cluster.getInteractions().get(0), "info", "NET-001", "note"));
        Scene both = Diagrams.create(cluster, View.BOTH, decorations, Map.of());
        for (SceneNode n : both.nodes()) {
            List<Decoration> mine = decorations.stream().filter(d -> d.element() == n.element()).toList();
            assertEquals(mine, n.decorations(), n.label());
            if (!mine.isEmpty()) {
                Point badge = ScenePainter.badgeCentre(n);
                assertTrue(n.bounds().contains(new Bounds(badge.x(), badge.y(), 0, 0)), "badge on its node");
            }
        }
        SceneNode gapNode = both.node(gap);
        assertEquals(Styles.ERROR, gapNode.style().border(), "readiness gap: red border");
        assertNotNull(gapNode.style().dash(), "readiness gap: dashed border");
        assertTrue(both.nodes().stream().filter(n -> n != gapNode).allMatch(n -> n.style().dash() == null),
                "no other node has a dashed border");
        // a warning does not make a node stand out like a readiness gap
        assertEquals(Styles.BORDER, both.node(segment).style().border());
        Scene network = Diagrams.create(cluster, View.NETWORK, decorations, Map.of());
        assertTrue(network.nodes().stream().allMatch(n -> n.decorations().isEmpty()));
        assertEquals(1, network.edges().stream().filter(e -> !e.decorations().isEmpty()).count());
        assertSame(cluster.getInteractions().get(0),
                network.edges().stream().filter(e -> !e.decorations().isEmpty()).findFirst().orElseThrow().element());
    }

    @Test
    void layoutIsDeterministic() throws Exception {
        for (View view : View.values()) {
            byte[] first = svg(Diagrams.create(TestModels.generated(200, 11), view));
            byte[] second = svg(Diagrams.create(TestModels.generated(200, 11), view));
            assertTrue(java.util.Arrays.equals(first, second), view + ": same model, same picture");
        }
    }

    @Test
    void manualPositionsOverrideTheLayout() {
        Cluster cluster = TestModels.pharma();
        Scene auto = Diagrams.create(cluster, View.BOTH);
        KeyAction action = cluster.getInternalContour().getKeyActions().get(0);
        Bounds before = auto.node(action).bounds();
        Bounds manual = new Bounds(before.x() + 30, before.maxY() + 400, 220, 90);
        Map<EObject, Bounds> positions = new IdentityHashMap<>();
        positions.put(action, manual);
        Scene scene = Diagrams.create(cluster, View.BOTH, List.of(), positions);
        SceneNode node = scene.node(action);
        assertEquals(manual, node.bounds());
        assertTrue(node.container().bounds().contains(manual), "its group grew to hold it");
        assertTrue(node.container().parent().bounds().contains(manual), "its region grew to hold it");
        assertTrue(scene.height() >= manual.maxY());
        for (SceneEdge e : scene.edges()) {
            if (e.source() == node || e.target() == node) {
                Point end = e.source() == node ? e.route().get(0) : e.route().get(e.route().size() - 1);
                assertTrue(onBorder(end, manual), e.type() + " attaches to the moved node");
                assertOrthogonal(e);
            }
        }
        // other nodes keep their automatic place
        SceneNode other = scene.node(cluster.getInternalContour().getKeyResources().get(0));
        assertEquals(auto.node(cluster.getInternalContour().getKeyResources().get(0)).bounds(), other.bounds());
    }

    @Test
    void vocabularyMatchesTheContract() {
        String[][] table = { { "supports", "KeyResource", "KeyAction" }, { "delivers", "KeyAction", "ValueProposition" },
                { "addresses", "ValueProposition", "Segment" }, { "covers", "ValueProposition", "SegmentNeed" },
                { "has-need", "Segment", "SegmentNeed" }, { "channel-serves", "Channel", "Segment" },
                { "relationship-with", "Relationship", "Segment" }, { "revenue-from", "Segment", "RevenueStream" },
                { "pays", "Participant", "RevenueStream" }, { "earned-by", "RevenueStream", "ValueProposition" },
                { "channel-delivers", "Channel", "ValueProposition" }, { "measures", "Indicator", "Element" },
                { "partnership-provides", "Partnership", "KeyResource" },
                { "partnership-performs", "Partnership", "KeyAction" },
                { "cost-of-resource", "KeyResource", "CostItem" }, { "cost-of-action", "KeyAction", "CostItem" },
                { "interaction", "Participant", "Participant" } };
        assertEquals(table.length, EdgeType.values().length);
        for (String[] row : table) {
            EdgeType t = EdgeType.byId(row[0]).orElseThrow();
            assertEquals(row[1], t.sourceType().eClass().getName(), row[0]);
            if (t == EdgeType.MEASURES) {
                // an indicator measures any element: every node type is a possible end
                assertEquals(List.of(NodeType.values()), t.targetTypes(), row[0]);
                assertEquals(row[2], t.reference().getEReferenceType().getName(), row[0]);
            } else {
                assertEquals(List.of(t.targetType()), t.targetTypes(), row[0]);
                assertEquals(row[2], t.targetType().eClass().getName(), row[0]);
            }
        }
        assertEquals("benefits", EdgeType.REVENUE_FROM.label(), "1.0's pays from segments reads benefits in 2.0");
        assertEquals(List.of("KeyResource", "KeyAction", "Partnership", "CostItem").stream().sorted().toList(),
                NodeType.inViewOrder(View.INTERNAL).stream().map(t -> t.eClass().getName()).sorted().toList());
        assertEquals(List.of("Segment", "SegmentNeed", "ValueProposition", "Channel", "Relationship", "RevenueStream")
                .stream().sorted().toList(),
                NodeType.inViewOrder(View.EXTERNAL).stream().map(t -> t.eClass().getName()).sorted().toList());
        assertEquals(List.of(NodeType.REVENUE_STREAM, NodeType.PARTICIPANT), NodeType.inViewOrder(View.NETWORK),
                "revenue streams beside their payers");
        assertEquals(List.of(NodeType.INDICATOR), Arrays.stream(NodeType.values()).filter(t -> t.inView(View.BOTH)
                && !t.inView(View.INTERNAL) && !t.inView(View.EXTERNAL)).toList(), "only the both view has goals");
    }

    static void assertNoOverlap(List<Bounds> boxes, String what) {
        List<Bounds> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Bounds::x));
        for (int i = 0; i < sorted.size(); i++) {
            Bounds a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).x() < a.maxX(); j++) {
                assertFalse(a.overlaps(sorted.get(j)), what + ": " + a + " overlaps " + sorted.get(j));
            }
        }
    }

    private static void assertOrthogonal(SceneEdge e) {
        List<Point> r = e.route();
        for (int i = 1; i < r.size(); i++) {
            Point a = r.get(i - 1);
            Point b = r.get(i);
            assertTrue(Math.abs(a.x() - b.x()) < 0.01 || Math.abs(a.y() - b.y()) < 0.01,
                    e.type() + " segment " + a + " -> " + b + " is orthogonal");
        }
    }

    private static boolean onBorder(Point p, Bounds b) {
        boolean inX = p.x() >= b.x() - 0.01 && p.x() <= b.maxX() + 0.01;
        boolean inY = p.y() >= b.y() - 0.01 && p.y() <= b.maxY() + 0.01;
        return inX && inY && (Math.abs(p.x() - b.x()) < 0.01 || Math.abs(p.x() - b.maxX()) < 0.01
                || Math.abs(p.y() - b.y()) < 0.01 || Math.abs(p.y() - b.maxY()) < 0.01);
    }

    private static SceneContainer region(Scene scene, ContourRegion r) {
        return scene.containers().stream().filter(c -> c.kind() == SceneContainer.Kind.REGION && c.region() == r)
                .findFirst().orElseThrow();
    }

    private static byte[] svg(Scene scene) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), out);
        return out.toByteArray();
    }
}
