package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.stic.Channel;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.NamedElement;
import org.stic.Relationship;
import org.stic.Segment;
import org.stic.SticFactory;
import org.stic.ValueProposition;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.Creation;
import org.stic.diagram.Creation.Placement;
import org.stic.diagram.DiagramState;
import org.stic.diagram.Diagrams;
import org.stic.diagram.EdgeType;
import org.stic.diagram.LinkKind;
import org.stic.diagram.NodeType;
import org.stic.diagram.Verdict;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;

/** The palette's rules: where each element type may be created, which link fits which types, default names. */
class DiagramRulesTest {

    private static final SticFactory F = SticFactory.eINSTANCE;

    /** A cluster with empty contours, as File > New makes it. */
    private static Cluster empty() {
        Cluster c = F.createCluster();
        c.setName("Empty");
        c.setInternalContour(F.createInternalContour());
        c.setExternalContour(F.createExternalContour());
        return c;
    }

    /** One unlinked element of every node type (the need inside the segment), named after its type. */
    private static Map<NodeType, EObject> oneOfEach(Cluster c) {
        Map<NodeType, EObject> elements = new EnumMap<>(NodeType.class);
        for (NodeType t : NodeType.values()) {
            EObject e = F.create(t.eClass());
            ((NamedElement) e).setName(t.label());
            elements.put(t, e);
        }
        for (NodeType t : NodeType.values()) {
            EObject owner = t == NodeType.SEGMENT_NEED ? elements.get(NodeType.SEGMENT)
                    : t == NodeType.PARTICIPANT ? c : Creation.contour(c, t);
            add(owner, t.containment(), elements.get(t));
        }
        return elements;
    }

    @SuppressWarnings("unchecked")
    private static void add(EObject owner, org.eclipse.emf.ecore.EReference ref, EObject value) {
        ((List<EObject>) owner.eGet(ref)).add(value);
    }

    private static SceneContainer region(Scene scene, ContourRegion r) {
        return scene.containers().stream().filter(c -> c.kind() == SceneContainer.Kind.REGION && c.region() == r)
                .findFirst().orElseThrow();
    }

    @Test
    void contourElementsAreCreatedInTheirRegionAndRefusedElsewhereWithTheReason() {
        Cluster c = empty();
        Scene scene = Diagrams.create(c, View.BOTH);
        Bounds in = region(scene, ContourRegion.INTERNAL).bounds();
        Bounds ex = region(scene, ContourRegion.EXTERNAL).bounds();
        for (NodeType t : NodeType.inViewOrder(View.BOTH)) {
            if (t == NodeType.SEGMENT_NEED) {
                continue;
            }
            Bounds right = region(scene, t.region()).bounds();
            Bounds wrong = t.region() == ContourRegion.INTERNAL ? ex : in;
            Placement p = Creation.place(c, scene, t, right.centerX(), right.centerY());
            assertTrue(p.verdict().allowed(), t + ": " + p.verdict().reason());
            assertSame(Creation.contour(c, t), p.owner(), t + " goes in its contour");
            assertSame(t.containment(), p.containment());
            assertTrue(right.contains(p.bounds()), t + " is placed inside its region: " + p.bounds());
            Placement refused = Creation.place(c, scene, t, wrong.centerX(), wrong.centerY());
            assertFalse(refused.verdict().allowed(), t + " in the other region");
            assertEquals(Creation.belongsIn(t), refused.verdict().reason());
            assertFalse(Creation.place(c, scene, t, 2, 2).verdict().allowed(), t + " on the title band");
        }
        assertEquals("A key action belongs in the internal contour", Creation.belongsIn(NodeType.KEY_ACTION));
        assertEquals("A revenue stream belongs in the external contour", Creation.belongsIn(NodeType.REVENUE_STREAM));
        assertEquals("An indicator belongs in the goals and indicators", Creation.belongsIn(NodeType.INDICATOR));
        DiagramState state = new DiagramState();
        state.setCollapsed(View.BOTH, ContourRegion.INTERNAL, true);
        Scene collapsed = Diagrams.create(c, View.BOTH, List.of(), state);
        Bounds folded = region(collapsed, ContourRegion.INTERNAL).bounds();
        assertEquals("The internal contour is collapsed: expand it (double-click its title) to add a key resource",
                Creation.place(c, collapsed, NodeType.KEY_RESOURCE, folded.centerX(), folded.centerY()).verdict()
                        .reason());
    }

    @Test
    void theClickedPointIsTheNewNodesCornerKeptBelowTheHeaders() {
        Cluster c = empty();
        Scene scene = Diagrams.create(c, View.INTERNAL);
        Bounds in = region(scene, ContourRegion.INTERNAL).bounds();
        Placement p = Creation.place(c, scene, NodeType.KEY_ACTION, in.x() + 30, in.maxY() - 2);
        assertEquals(in.x() + 30, p.bounds().x(), 0.5, "at the click");
        assertEquals(in.maxY() - 2, p.bounds().y(), 0.5, "at the click");
        Placement top = Creation.place(c, scene, NodeType.KEY_ACTION, in.x() + 30, in.y() + 2);
        assertTrue(top.bounds().y() >= in.y() + 58, "below the region's and the group's titles: " + top.bounds());
        Placement right = Creation.place(c, scene, NodeType.KEY_ACTION, in.maxX() - 3, in.y() + 100);
        assertTrue(right.bounds().maxX() < in.maxX(), "inside the region's right edge, which it would push into"
                + " the neighbouring region: " + right.bounds() + " in " + in);
    }

    @Test
    void aSegmentNeedIsCreatedOnItsSegmentAndParticipantsInTheNetworkViewOnly() {
        Cluster c = empty();
        Segment s = F.createSegment();
        s.setName("SMEs");
        c.getExternalContour().getSegments().add(s);
        Scene scene = Diagrams.create(c, View.EXTERNAL);
        SceneNode segment = scene.node(s);
        Placement p = Creation.place(c, scene, NodeType.SEGMENT_NEED, segment.bounds().centerX(),
                segment.bounds().centerY());
        assertTrue(p.verdict().allowed());
        assertSame(s, p.owner(), "the need is the clicked segment's");
        assertFalse(p.bounds().overlaps(segment.bounds()), "beside its segment, not on it");
        assertTrue(p.bounds().y() > segment.bounds().maxY(), "below it");
        Bounds ex = region(scene, ContourRegion.EXTERNAL).bounds();
        Placement free = Creation.place(c, scene, NodeType.SEGMENT_NEED, ex.maxX() - 5, ex.maxY() - 5);
        assertEquals("A segment need belongs to a segment: click on the segment that has this need",
                free.verdict().reason());

        assertEquals("A participant belongs in the network view: switch the view", Creation.place(c, scene,
                NodeType.PARTICIPANT, ex.centerX(), ex.centerY()).verdict().reason());
        assertEquals("A key action belongs in the internal contour, which this view does not show: switch the view",
                Creation.place(c, scene, NodeType.KEY_ACTION, ex.centerX(), ex.centerY()).verdict()
                        .reason());
        Scene network = Diagrams.create(c, View.NETWORK);
        Placement participant = Creation.place(c, network, NodeType.PARTICIPANT, 100, 200);
        assertTrue(participant.verdict().allowed());
        assertSame(c, participant.owner());
        assertEquals(new Bounds(100, 200, 176, 46), participant.bounds());
    }

    @Test
    void aMissingContourIsLeftForTheCommandToCreate() {
        Cluster c = F.createCluster();
        Scene scene = Diagrams.create(c, View.BOTH);
        Bounds in = region(scene, ContourRegion.INTERNAL).bounds();
        Placement p = Creation.place(c, scene, NodeType.PARTNERSHIP, in.centerX(), in.centerY());
        assertTrue(p.verdict().allowed());
        assertEquals(null, p.owner());
        assertEquals("internalContour", Creation.contourFeature(NodeType.PARTNERSHIP).getName());
    }

    @Test
    void defaultNamesCountOnAndSkipNamesTaken() {
        Cluster c = empty();
        assertEquals("Key Action 1", Creation.defaultName(c, NodeType.KEY_ACTION));
        assertEquals("Value Proposition 1", Creation.defaultName(c, NodeType.VALUE_PROPOSITION));
        KeyAction a = F.createKeyAction();
        a.setName("Key Action 2");
        c.getInternalContour().getKeyActions().add(a);
        assertEquals("Key Action 3", Creation.defaultName(c, NodeType.KEY_ACTION), "2 is taken");
        KeyAction b = F.createKeyAction();
        b.setName("Something");
        c.getInternalContour().getKeyActions().add(b);
        assertEquals("Key Action 3", Creation.defaultName(c, NodeType.KEY_ACTION));
        assertEquals("Segment Need", Creation.title(NodeType.SEGMENT_NEED));
    }

    /**
     * For every link tool and every pair of node types: accepted exactly when the vocabulary has an edge of the tool
     * between those types, and the change it makes is drawn as that edge, from the source to the target.
     */
    @Test
    void everyLinkToolAcceptsExactlyItsEdgeTypesAndItsChangeIsDrawnAsThatEdge() {
        int accepted = 0;
        for (LinkKind kind : LinkKind.values()) {
            for (NodeType from : NodeType.values()) {
                for (NodeType to : NodeType.values()) {
                    Cluster c = empty();
                    Map<NodeType, EObject> e = oneOfEach(c);
                    EObject source = e.get(from);
                    EObject target = from == to ? F.create(to.eClass()) : e.get(to);
                    if (from == to) {
                        EObject owner = to == NodeType.SEGMENT_NEED ? e.get(NodeType.SEGMENT)
                                : to == NodeType.PARTICIPANT ? c : Creation.contour(c, to);
                        add(owner, to.containment(), target);
                    }
                    EdgeType expected = kind.edgeTypes().stream()
                            .filter(t -> t.sourceType() == from && t.endsAt(to)).findFirst().orElse(null);
                    Verdict v = kind.accepts(source, target);
                    assertEquals(expected != null, v.allowed(), kind + " " + from + " -> " + to + ": " + v.reason());
                    if (expected == null) {
                        assertNotNull(v.reason());
                        continue;
                    }
                    accepted++;
                    apply(c, kind, source, target);
                    View view = from == NodeType.PARTICIPANT ? View.NETWORK : View.BOTH;
                    if (!to.inView(view)) {
                        // an indicator may measure a participant: a model fact that no view draws (nor links)
                        assertEquals(EdgeType.MEASURES, expected, kind + " to " + to);
                        continue;
                    }
                    Scene scene = Diagrams.create(c, view);
                    List<SceneEdge> drawn = scene.edges().stream().filter(x -> x.type() == expected
                            && x.source().element() == source && x.target().element() == target).toList();
                    assertEquals(1, drawn.size(), kind + ": the new link is drawn as " + expected.id());
                    Verdict again = kind.accepts(source, target);
                    assertFalse(again.allowed(), kind + ": a second link between the same two is refused");
                    assertTrue(again.reason().startsWith("There is already"), again.reason());
                }
            }
        }
        int pairs = Arrays.stream(EdgeType.values()).filter(t -> t != EdgeType.HAS_NEED)
                .mapToInt(t -> t.targetTypes().size()).sum();
        assertEquals(pairs, accepted, "every edge type but has-need has a tool, for each type it may end at");
    }

    private static void apply(Cluster c, LinkKind kind, EObject source, EObject target) {
        LinkKind.Change change = kind.change(source, target);
        if (change.reference() == null) {
            Interaction i = F.createInteraction();
            i.setSource((org.stic.Participant) source);
            i.setTarget((org.stic.Participant) target);
            c.getInteractions().add(i);
        } else {
            add(change.owner(), change.reference(), change.value());
        }
    }

    @Test
    void refusalsSayWhatFitsInsteadAndToolsFollowTheView() {
        Cluster c = empty();
        Map<NodeType, EObject> e = oneOfEach(c);
        assertEquals("A supports link starts at a key resource, not at segment 'Segment'",
                LinkKind.SUPPORTS.acceptsSource(e.get(NodeType.SEGMENT)).reason());
        assertEquals("A supports link from key resource 'Key resource' ends at a key action, not at cost item"
                + " 'Cost item'", LinkKind.SUPPORTS.accepts(e.get(NodeType.KEY_RESOURCE), e.get(NodeType.COST_ITEM))
                        .reason());
        assertEquals("A costs link starts at a key resource or a key action: click on one",
                LinkKind.COSTS.acceptsSource(null).reason());
        assertEquals("A participant cannot interact with itself", LinkKind.INTERACTION.accepts(
                e.get(NodeType.PARTICIPANT), e.get(NodeType.PARTICIPANT)).reason());
        assertEquals(EdgeType.COST_OF_ACTION, LinkKind.COSTS.edgeType(e.get(NodeType.KEY_ACTION),
                e.get(NodeType.COST_ITEM)).orElseThrow());
        assertTrue(LinkKind.SUPPORTS.inView(View.INTERNAL));
        assertFalse(LinkKind.DELIVERS.inView(View.INTERNAL), "delivers crosses the contours");
        assertTrue(LinkKind.DELIVERS.inView(View.BOTH));
        assertFalse(LinkKind.INTERACTION.inView(View.BOTH));
        assertTrue(LinkKind.INTERACTION.inView(View.NETWORK));
        assertEquals("From a key resource or a key action to a cost item: a key resource or a key action costs a"
                + " cost item", LinkKind.COSTS.description());
    }

    /**
     * On a diagram built by hand every edge is routed by the editor: edges meeting on one side of a node get ports of
     * their own, and the runs across one gap are set apart, so that no two edges are drawn over each other.
     */
    @Test
    void edgesBetweenPlacedNodesAreLinesOfTheirOwn() {
        Cluster c = empty();
        Map<NodeType, EObject> e = oneOfEach(c);
        ValueProposition vp = (ValueProposition) e.get(NodeType.VALUE_PROPOSITION);
        Segment segment = (Segment) e.get(NodeType.SEGMENT);
        vp.getSegments().add(segment);
        ((Channel) e.get(NodeType.CHANNEL)).getSegments().add(segment);
        ((Relationship) e.get(NodeType.RELATIONSHIP)).getSegments().add(segment);
        Map<EObject, Bounds> placed = new HashMap<>();
        placed.put(vp, new Bounds(600, 100, 176, 46));
        placed.put(e.get(NodeType.CHANNEL), new Bounds(600, 200, 176, 46));
        placed.put(e.get(NodeType.RELATIONSHIP), new Bounds(600, 300, 176, 46));
        placed.put(segment, new Bounds(900, 200, 176, 46));
        Scene scene = Diagrams.create(c, View.EXTERNAL, List.of(), placed);
        List<SceneEdge> in = scene.edges().stream().filter(x -> x.target().element() == segment).toList();
        assertEquals(3, in.size());
        Set<Double> ports = new HashSet<>();
        Set<Double> runs = new HashSet<>();
        for (SceneEdge x : in) {
            List<org.stic.diagram.scene.Point> r = x.route();
            Point end = r.get(r.size() - 1);
            assertTrue(end.y() >= 200 && end.y() <= 246, "ends on the segment's left side: " + r);
            ports.add(end.y());
            runs.add(r.get(1).x());
            assertTrue(r.get(1).x() > 776 && r.get(1).x() < 900, "runs inside the gap: " + r);
        }
        assertEquals(3, ports.size(), "a port each on the segment");
        assertEquals(3, runs.size(), "a run each across the gap");
    }

    /** A contour whose elements are all placed by hand is drawn around them, not around where ELK would put them. */
    @Test
    void aRegionOfPlacedNodesHoldsThemAndNoMore() {
        Cluster c = empty();
        Map<NodeType, EObject> e = oneOfEach(c);
        Scene auto = Diagrams.create(c, View.EXTERNAL);
        Bounds wide = region(auto, ContourRegion.EXTERNAL).bounds();
        Map<EObject, Bounds> placed = new HashMap<>();
        double y = wide.y() + 60;
        for (NodeType t : NodeType.inViewOrder(View.EXTERNAL)) {
            placed.put(e.get(t), new Bounds(wide.x() + 30, y, 176, 46));
            y += 80;
        }
        Scene scene = Diagrams.create(c, View.EXTERNAL, List.of(), placed);
        Bounds compact = region(scene, ContourRegion.EXTERNAL).bounds();
        for (EObject element : placed.keySet()) {
            assertTrue(compact.contains(scene.node(element).bounds()), "holds " + element.eClass().getName());
        }
        assertTrue(compact.width() < wide.width(), "narrower than the automatic layout's " + wide + ": " + compact);
        assertTrue(scene.width() <= compact.maxX() + 16, "the diagram ends with it: " + scene.width());
    }
}
