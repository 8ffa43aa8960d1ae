package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.Indicator;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.DiagramState;
import org.stic.diagram.EdgeType;
import org.stic.diagram.Diagrams;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.DiagramLayout;
import org.stic.examples.Examples;
import org.stic.examples.SyntheticModels;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;

/**
 * The canvas view's structure on the bundled examples and a generated model: every element of the two contours and
 * every goal in the block of its type (needs under their segment), nothing overlapping, the blocks where the canvas
 * puts them (the goals in a strip under both contours), cross links as numbered references (or lines on demand), goal
 * cards with their target and where they stand, and cards moved by hand kept inside their block.
 */
class CanvasViewTest {

    /** Every type of the canvas and the block that holds it. */
    private static final Map<NodeType, NodeType> BLOCK_OF = new LinkedHashMap<>();
    static {
        for (NodeType t : NodeType.values()) {
            if (t.region() != null) {
                BLOCK_OF.put(t, t == NodeType.SEGMENT_NEED ? NodeType.SEGMENT : t);
            }
        }
    }

    private static List<Cluster> models() throws Exception {
        List<Cluster> models = new java.util.ArrayList<>();
        for (String name : Examples.names()) {
            models.add(SticResources.load(Examples.path(name)));
        }
        models.add(SyntheticModels.generate(2000, 5));
        return models;
    }

    @Test
    void everyContourElementIsACardInTheBlockOfItsType() throws Exception {
        for (Cluster cluster : models()) {
            Scene scene = Diagrams.create(cluster, View.CANVAS);
            String what = cluster.getName();
            Set<EObject> expected = new HashSet<>();
            BLOCK_OF.keySet().forEach(t -> expected.addAll(t.elements(cluster)));
            List<EObject> drawn = scene.nodes().stream().map(SceneNode::element).toList();
            assertEquals(expected.size(), drawn.size(), what + ": one card per element");
            assertEquals(expected, new HashSet<>(drawn), what);
            for (SceneNode n : scene.nodes()) {
                SceneContainer block = n.container();
                assertNotNull(block, n.label());
                assertEquals(BLOCK_OF.get(n.type()), block.type(), n.label() + " in the block of its type");
                assertTrue(n.type().eClass().isInstance(n.element()));
                assertTrue(block.bounds().contains(n.bounds()), what + ": " + n.label() + " inside " + block.label());
                if (n.type() == NodeType.INDICATOR) {
                    assertNull(block.parent(), "the goals stand in no contour");
                    continue;
                }
                assertTrue(block.parent().bounds().contains(block.bounds()), block.label() + " inside its contour");
                assertEquals(n.type().region(), block.parent().region(), n.label() + " in its contour");
            }
            SceneStructureTest.assertNoOverlap(scene.nodes().stream().map(SceneNode::bounds).toList(), what + " cards");
            SceneStructureTest.assertNoOverlap(blocks(scene).values().stream().toList(), what + " blocks");
            assertTrue(scene.edges().isEmpty(), "no lines unless asked for");
        }
    }

    @Test
    void needsFollowTheirSegmentInTheSegmentsBlock() throws Exception {
        for (Cluster cluster : models()) {
            Scene scene = Diagrams.create(cluster, View.CANVAS);
            List<SceneNode> inBlock = scene.nodes().stream().filter(n -> n.container().type() == NodeType.SEGMENT)
                    .toList();
            for (Segment segment : cluster.getExternalContour().getSegments()) {
                int at = inBlock.indexOf(scene.node(segment));
                for (SegmentNeed need : segment.getNeeds()) {
                    assertEquals(scene.node(need), inBlock.get(++at), need.getName() + " right after its segment");
                    assertTrue(scene.node(need).bounds().width() < scene.node(segment).bounds().width(), "indented");
                }
            }
        }
    }

    @Test
    void blocksStandWhereTheCanvasPutsThem() throws Exception {
        for (Cluster cluster : models()) {
            Scene scene = Diagrams.create(cluster, View.CANVAS);
            Map<NodeType, Bounds> b = blocks(scene);
            assertEquals(Set.of(NodeType.PARTNERSHIP, NodeType.KEY_ACTION, NodeType.KEY_RESOURCE,
                    NodeType.VALUE_PROPOSITION, NodeType.RELATIONSHIP, NodeType.CHANNEL, NodeType.SEGMENT,
                    NodeType.COST_ITEM, NodeType.REVENUE_STREAM, NodeType.INDICATOR), b.keySet(),
                    "the ten blocks, even when empty");
            // left to right along the top: partnerships | key actions over key resources | value propositions |
            // relationships over channels | segments
            leftOf(b.get(NodeType.PARTNERSHIP), b.get(NodeType.KEY_ACTION));
            above(b.get(NodeType.KEY_ACTION), b.get(NodeType.KEY_RESOURCE));
            assertEquals(b.get(NodeType.KEY_ACTION).x(), b.get(NodeType.KEY_RESOURCE).x());
            leftOf(b.get(NodeType.KEY_RESOURCE), b.get(NodeType.VALUE_PROPOSITION));
            leftOf(b.get(NodeType.VALUE_PROPOSITION), b.get(NodeType.RELATIONSHIP));
            above(b.get(NodeType.RELATIONSHIP), b.get(NodeType.CHANNEL));
            leftOf(b.get(NodeType.CHANNEL), b.get(NodeType.SEGMENT));
            // costs under the internal contour's columns, revenue under the external one's
            for (NodeType t : List.of(NodeType.PARTNERSHIP, NodeType.KEY_RESOURCE)) {
                above(b.get(t), b.get(NodeType.COST_ITEM));
            }
            for (NodeType t : List.of(NodeType.VALUE_PROPOSITION, NodeType.CHANNEL, NodeType.SEGMENT)) {
                above(b.get(t), b.get(NodeType.REVENUE_STREAM));
            }
            assertEquals(b.get(NodeType.PARTNERSHIP).x(), b.get(NodeType.COST_ITEM).x());
            assertEquals(b.get(NodeType.KEY_RESOURCE).maxX(), b.get(NodeType.COST_ITEM).maxX(), 0.01);
            assertEquals(b.get(NodeType.VALUE_PROPOSITION).x(), b.get(NodeType.REVENUE_STREAM).x());
            assertEquals(b.get(NodeType.SEGMENT).maxX(), b.get(NodeType.REVENUE_STREAM).maxX(), 0.01);
            // one top edge and one bottom edge for the columns, as on a printed canvas
            assertEquals(b.get(NodeType.PARTNERSHIP).y(), b.get(NodeType.SEGMENT).y());
            assertEquals(b.get(NodeType.PARTNERSHIP).maxY(), b.get(NodeType.KEY_RESOURCE).maxY(), 0.01);
            assertEquals(b.get(NodeType.PARTNERSHIP).maxY(), b.get(NodeType.SEGMENT).maxY(), 0.01);
            assertEquals(b.get(NodeType.COST_ITEM).maxY(), b.get(NodeType.REVENUE_STREAM).maxY(), 0.01);
            // the goals: a strip across the foot of the sheet, under both contours, as wide as they are together
            Bounds goals = b.get(NodeType.INDICATOR);
            List<SceneContainer> regions = scene.containers().stream().filter(c -> c.kind() == SceneContainer.Kind.REGION)
                    .toList();
            assertEquals(List.of(ContourRegion.INTERNAL, ContourRegion.EXTERNAL), regions.stream()
                    .map(SceneContainer::region).toList(), "the goals are a block of their own, in no contour");
            regions.forEach(region -> above(region.bounds(), goals));
            assertEquals(regions.get(0).bounds().x(), goals.x());
            assertEquals(regions.get(1).bounds().maxX(), goals.maxX(), 0.01);
            assertTrue(scene.height() - goals.maxY() < 12, "at the foot: " + goals + " of " + scene.height());
            // a landscape sheet
            assertTrue(scene.width() > scene.height(), cluster.getName() + ": " + scene.width() + " x "
                    + scene.height());
        }
    }

    @Test
    void crossBlockLinksAreNumberedReferencesOrLinesOnDemand() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path("kaluga-pharma"));
        Scene scene = Diagrams.create(kaluga, View.CANVAS);
        int checked = 0;
        for (KeyAction action : kaluga.getInternalContour().getKeyActions()) {
            for (KeyResource resource : action.getSupportingResources()) {
                // a resource supports the action: its card names the action's number after the arrow
                String text = String.join(" ", scene.node(resource).lines());
                String refs = text.substring(text.indexOf('\u2192') + 1);
                assertTrue(List.of(refs.replace("\u00a0", " ").trim().split(",\\s*")).contains(number(scene.node(action))),
                        resource.getName() + " refers to " + action.getName() + ": " + text);
                checked++;
            }
        }
        assertTrue(checked > 10, "the example's supports links");
        Scene lines = SceneBuilder.build(kaluga, View.CANVAS, List.of(), Set.of(), Set.of(), Language.EN, true);
        DiagramLayout.layout(lines);
        assertEquals(checked, lines.edges().stream().filter(e -> e.type() == org.stic.diagram.EdgeType.SUPPORTS)
                .count(), "one line per supports link");
        lines.edges().forEach(e -> {
            assertFalse(e.source().container() == e.target().container(), "only links that cross blocks");
            assertTrue(e.route().size() >= 2);
            assertTrue(String.join(" ", e.source().lines()).indexOf('\u2192') < 0, "no references beside lines");
        });
    }

    @Test
    void aCardMovedByHandStaysInItsBlock() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path("kaluga-pharma"));
        KeyResource resource = kaluga.getInternalContour().getKeyResources().get(0);
        Scene automatic = Diagrams.create(kaluga, View.CANVAS);
        Bounds block = automatic.node(resource).container().bounds();
        Bounds card = automatic.node(resource).bounds();
        // within the block: kept where it was put
        Bounds inside = new Bounds(block.x() + 20, block.maxY() - card.height() - 10, card.width(), card.height());
        assertEquals(inside, Diagrams.create(kaluga, View.CANVAS, List.of(), Map.of(resource, inside))
                .node(resource).bounds());
        // dragged into the value propositions: stopped at its own block's edge, size kept
        Bounds far = new Bounds(block.maxX() + 400, block.y() + 40, card.width(), card.height());
        Scene moved = Diagrams.create(kaluga, View.CANVAS, List.of(), Map.of(resource, far));
        Bounds kept = moved.node(resource).bounds();
        assertTrue(moved.node(resource).container().bounds().contains(kept), kept + " inside " + block);
        assertEquals(card.width(), kept.width());
        assertEquals(block, moved.node(resource).container().bounds(), "blocks are fixed");
    }

    @Test
    void elementsAreCreatedInTheBlockOfTheirType() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path("kaluga-pharma"));
        Scene scene = Diagrams.create(kaluga, View.CANVAS);
        Map<NodeType, Bounds> b = blocks(scene);
        Bounds actions = b.get(NodeType.KEY_ACTION);
        org.stic.diagram.Creation.Placement ok = org.stic.diagram.Creation.place(kaluga, scene, NodeType.KEY_ACTION,
                actions.maxX() - 2, actions.centerY());
        assertTrue(ok.verdict().allowed(), ok.verdict().reason());
        assertTrue(actions.contains(ok.bounds()), ok.bounds() + " inside " + actions);
        assertEquals(kaluga.getInternalContour(), ok.owner());
        Bounds propositions = b.get(NodeType.VALUE_PROPOSITION);
        org.stic.diagram.Creation.Placement no = org.stic.diagram.Creation.place(kaluga, scene, NodeType.KEY_ACTION,
                propositions.centerX(), propositions.centerY());
        assertFalse(no.verdict().allowed());
        assertTrue(no.verdict().reason().startsWith("A key action belongs in the "), no.verdict().reason());
        // a goal: in the goals' block across the foot of the sheet, held by the cluster
        Bounds goals = b.get(NodeType.INDICATOR);
        org.stic.diagram.Creation.Placement goal = org.stic.diagram.Creation.place(kaluga, scene, NodeType.INDICATOR,
                goals.maxX() - 2, goals.centerY());
        assertTrue(goal.verdict().allowed(), goal.verdict().reason());
        assertTrue(goals.contains(goal.bounds()), goal.bounds() + " inside " + goals);
        assertEquals(kaluga, goal.owner());
        org.stic.diagram.Creation.Placement notThere = org.stic.diagram.Creation.place(kaluga, scene,
                NodeType.INDICATOR, propositions.centerX(), propositions.centerY());
        assertFalse(notThere.verdict().allowed());
    }

    @Test
    void aCollapsedBlockIsItsTitleAloneAndRestoresAsItWas() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path("kaluga-pharma"));
        Scene open = Diagrams.create(kaluga, View.CANVAS);
        DiagramState state = new DiagramState();
        state.setCollapsed(NodeType.KEY_RESOURCE, true);
        state.setCollapsed(NodeType.PARTNERSHIP, true);
        Scene folded = Diagrams.create(kaluga, View.CANVAS, List.of(), state, Language.EN);
        Map<NodeType, Bounds> before = blocks(open);
        Map<NodeType, Bounds> after = blocks(folded);
        for (NodeType type : List.of(NodeType.KEY_RESOURCE, NodeType.PARTNERSHIP)) {
            SceneContainer block = container(folded, type);
            assertTrue(block.collapsed());
            assertEquals("\u25b8 " + type.blockLabel(), block.label());
            assertTrue(after.get(type).height() < 30, "its title alone: " + after.get(type));
            assertTrue(DiagramFonts.width(block.label(), true, SceneBuilder.GROUP_TITLE_SIZE) + 10 < after.get(type)
                    .width(), "the title fits its block: " + block.label());
            for (EObject e : type.elements(kaluga)) {
                assertNull(folded.node(e), "no card of a collapsed block");
            }
        }
        // key actions, above the collapsed key resources, take the column's room
        assertEquals(before.get(NodeType.KEY_ACTION).y(), after.get(NodeType.KEY_ACTION).y());
        assertTrue(after.get(NodeType.KEY_ACTION).height() > before.get(NodeType.KEY_ACTION).height());
        assertEquals(after.get(NodeType.KEY_ACTION).maxY() + 8, after.get(NodeType.KEY_RESOURCE).y(), 0.01);
        // the other cards keep their numbers, so that the references on them still name the same cards
        for (SceneNode n : folded.nodes()) {
            assertEquals(open.node(n.element()).label(), n.label());
        }
        // restored: the canvas as it was
        state.setCollapsed(NodeType.KEY_RESOURCE, false);
        state.setCollapsed(NodeType.PARTNERSHIP, false);
        Scene restored = Diagrams.create(kaluga, View.CANVAS, List.of(), state, Language.EN);
        assertEquals(before, blocks(restored));
        for (SceneNode n : open.nodes()) {
            assertEquals(n.bounds(), restored.node(n.element()).bounds(), n.label());
        }
        // a collapsed contour collapses all its blocks; nothing is created in a collapsed block
        state.setCollapsed(View.CANVAS, org.stic.diagram.ContourRegion.EXTERNAL, true);
        Scene external = Diagrams.create(kaluga, View.CANVAS, List.of(), state, Language.EN);
        for (SceneContainer c : external.containers()) {
            if (c.kind() == SceneContainer.Kind.GROUP) {
                assertEquals(c.region() == org.stic.diagram.ContourRegion.EXTERNAL, c.collapsed(), c.label());
            }
        }
        assertTrue(external.nodes().stream().allMatch(n -> n.type().region() != ContourRegion.EXTERNAL));
        Bounds segments = blocks(external).get(NodeType.SEGMENT);
        org.stic.diagram.Creation.Placement no = org.stic.diagram.Creation.place(kaluga, external, NodeType.SEGMENT,
                segments.centerX(), segments.centerY());
        assertFalse(no.verdict().allowed());
        assertTrue(no.verdict().reason().startsWith("The Segments block is collapsed"), no.verdict().reason());
    }

    @Test
    void everyCollapsedBlockTitleFitsItsBlockInBothLanguages() throws Exception {
        for (Cluster cluster : models()) {
            DiagramState state = new DiagramState();
            SceneBuilder.CANVAS_BLOCKS.forEach(b -> state.setCollapsed(b, true));
            for (Language language : List.of(Language.EN, Language.RU)) {
                Scene scene = Diagrams.create(cluster, View.CANVAS, List.of(), state, language);
                assertTrue(scene.nodes().isEmpty());
                for (SceneContainer c : scene.containers()) {
                    if (c.kind() == SceneContainer.Kind.GROUP) {
                        assertTrue(DiagramFonts.width(c.label(), true, SceneBuilder.GROUP_TITLE_SIZE) + 10 <= c.bounds()
                                .width(), c.label() + " fits " + c.bounds());
                    }
                }
            }
        }
    }

    @Test
    void theDiagramFileCanAskForLines() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path("kaluga-pharma"));
        DiagramState state = new DiagramState();
        assertTrue(Diagrams.create(kaluga, View.CANVAS, List.of(), state, Language.EN).edges().isEmpty());
        state.setCanvasLinks(true);
        Scene lines = Diagrams.create(kaluga, View.CANVAS, List.of(), state, Language.EN);
        assertFalse(lines.edges().isEmpty());
        assertTrue(lines.nodes().stream().allMatch(n -> n.label().indexOf('\u2192') < 0
                && String.join(" ", n.lines()).indexOf('\u2192') < 0), "lines instead of references");
    }

    @Test
    void goalCardsSayTheirTargetAndWhereTheyStand() throws Exception {
        Cluster kaluga = SticResources.load(Examples.path("kaluga-pharma"));
        Indicator members = kaluga.getIndicators().get(1);
        assertEquals("\u0427\u0438\u0441\u043b\u043e \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u043a\u043b\u0430\u0441\u0442\u0435\u0440\u0430", members.getName());
        // baseline 54 (2015), target at least 70 organisations (2030), current 66 (2022): (66 - 54) / (70 - 54)
        Scene en = Diagrams.create(kaluga, View.CANVAS, List.of(), new DiagramState(), Language.EN);
        String text = String.join(" ", en.node(members).lines());
        assertTrue(text.contains("target at least 70 organisations (2030), baseline 54 (2015)"), text);
        assertTrue(text.contains("current 66 (2022), progress 75 %: target not reached"), text);
        assertEquals(SceneBuilder.GOAL_NOT_ACHIEVED, en.node(members).style().border());
        Scene ru = Diagrams.create(kaluga, View.CANVAS, List.of(), new DiagramState(), Language.RU);
        String russian = String.join(" ", ru.node(members).lines());
        assertTrue(russian.contains("\u0446\u0435\u043b\u0435\u0432\u043e\u0435 \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435 \u043d\u0435 \u043c\u0435\u043d\u0435\u0435 70"), russian);
        assertTrue(russian.contains("\u043f\u0440\u043e\u0434\u0432\u0438\u0436\u0435\u043d\u0438\u0435 75 %: \u0446\u0435\u043b\u044c \u043d\u0435 \u0434\u043e\u0441\u0442\u0438\u0433\u043d\u0443\u0442\u0430"), russian);
        // the goals are numbered last, so that the other cards keep the numbers they had before the goals came
        int last = en.nodes().stream().mapToInt(n -> Integer.parseInt(number(n))).max().orElseThrow();
        assertEquals(String.valueOf(last), number(en.node(members)));

        // met, with no baseline: no progress, the border says so; a goal measuring a card names its number
        members.setCurrent(new java.math.BigDecimal("72"));
        members.setBaseline(null);
        Indicator share = kaluga.getIndicators().get(0);
        Segment measured = (Segment) share.getMeasures().get(0);
        Scene met = Diagrams.create(kaluga, View.CANVAS, List.of(), new DiagramState(), Language.EN);
        String metText = String.join(" ", met.node(members).lines());
        assertTrue(metText.endsWith("current 72 (2022): target reached"), metText);
        assertEquals(SceneBuilder.GOAL_ACHIEVED, met.node(members).style().border());
        String shareText = String.join(" ", met.node(share).lines());
        assertTrue(shareText.contains("\u2192 " + number(met.node(measured))), shareText);
        // lines on demand: one per measures link between cards
        Scene lines = SceneBuilder.build(kaluga, View.CANVAS, List.of(), Set.of(), Set.of(), Language.EN, true);
        DiagramLayout.layout(lines);
        assertEquals(1, lines.edges().stream().filter(e -> e.type() == EdgeType.MEASURES && e.source().element() == share
                && e.target().element() == measured).count());
        assertTrue(lines.node(share).bounds().y() > lines.node(measured).bounds().maxY());
    }

    private static SceneContainer container(Scene scene, NodeType type) {
        return scene.containers().stream().filter(c -> c.kind() == SceneContainer.Kind.GROUP && c.type() == type)
                .findFirst().orElseThrow();
    }

    private static String number(SceneNode card) {
        return card.label().substring(0, card.label().indexOf('.'));
    }

    private static Map<NodeType, Bounds> blocks(Scene scene) {
        Map<NodeType, Bounds> blocks = new LinkedHashMap<>();
        for (SceneContainer c : scene.containers()) {
            if (c.kind() == SceneContainer.Kind.GROUP) {
                assertEquals(null, blocks.put(c.type(), c.bounds()), "one block per type");
            }
        }
        return blocks;
    }

    private static void leftOf(Bounds a, Bounds b) {
        assertTrue(a.maxX() <= b.x(), a + " left of " + b);
    }

    private static void above(Bounds a, Bounds b) {
        assertTrue(a.maxY() <= b.y(), a + " above " + b);
    }
}
