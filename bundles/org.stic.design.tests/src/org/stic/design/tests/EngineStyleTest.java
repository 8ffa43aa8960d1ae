package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stic.design.tests.DesignChecks.all;
import static org.stic.design.tests.DesignChecks.get;
import static org.stic.design.tests.DesignChecks.one;
import static org.stic.design.tests.DesignChecks.string;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.ParticipantKind;
import org.stic.design.DesignServices;
import org.stic.diagram.EdgeType;
import org.stic.diagram.Messages;
import org.stic.diagram.NodeType;
import org.stic.diagram.scene.ArrowHead;
import org.stic.diagram.scene.EdgeStyle;
import org.stic.diagram.scene.NodeStyle;
import org.stic.diagram.scene.Styles;
import org.stic.model.edit.Language;

/**
 * The Sirius design draws with our engine's style table ({@link Styles}): the same outline, fill and border per node
 * type and participant kind (the design's node images), the same colour, line and ends per edge type, and the same
 * readiness-gap marking of a key action without a supporting resource.
 */
class EngineStyleTest {

    private static final String GAP = "aql:self.supportingResources->isEmpty()";
    private static final Pattern GROUP = Pattern.compile(
            "<g id=\"(\\w+)\" fill=\"#(\\p{XDigit}{6})\" stroke=\"#(\\p{XDigit}{6})\" stroke-width=\"([\\d.]+)\"( stroke-dasharray=\"[^\"]+\")?>");

    @TempDir
    Path folder;

    private SiriusMappings sirius;
    private Resource design;

    @BeforeEach
    void load() throws IOException {
        sirius = SiriusMappings.loadShipped(folder);
        design = sirius.design();
    }

    @Test
    void everyNodeTypeHasTheEnginesOutlineFillAndBorder() throws IOException {
        for (NodeType type : NodeType.values()) {
            if (type != NodeType.PARTICIPANT) {
                EObject mapping = sirius.nodeMappings(SiriusMappings.diagramOf(type), type).get(0);
                assertDrawnAs(Styles.node(type), one(mapping, "style"), type.toString());
            }
        }
    }

    @Test
    void everyParticipantKindHasTheEnginesOutlineFillAndBorder() throws IOException {
        EObject participant = sirius.nodeMappings(SiriusMappings.NETWORK, NodeType.PARTICIPANT).get(0);
        for (ParticipantKind kind : ParticipantKind.values()) {
            EObject style = one(participant, "style");
            for (EObject conditional : all(participant, "conditionnalStyles")) {
                if (string(conditional, "predicateExpression").equals("aql:self.kind = stic::ParticipantKind::" + kind.getName())) {
                    style = one(conditional, "style");
                }
            }
            assertDrawnAs(Styles.participant(kind), style, "participant " + kind);
        }
    }

    @Test
    void aReadinessGapIsMarkedAsTheEngineMarksIt() throws IOException {
        EObject keyAction = sirius.nodeMappings(SiriusMappings.BOTH, NodeType.KEY_ACTION).get(0);
        EObject alert = all(keyAction, "conditionnalStyles").stream()
                .filter(c -> GAP.equals(string(c, "predicateExpression"))).findFirst().orElse(null);
        assertNotNull(alert, "KeyAction has no conditional style on " + GAP);
        NodeStyle normal = Styles.node(NodeType.KEY_ACTION);
        Matcher drawn = svgGroup(string(one(alert, "style"), "workspacePath"));
        assertEquals(normal.shape().name(), drawn.group(1), "same outline");
        assertEquals(normal.fill(), Integer.parseInt(drawn.group(2), 16), "same fill");
        assertEquals(Styles.ERROR, Integer.parseInt(drawn.group(3), 16), "red border");
        assertNotNull(drawn.group(5), "dashed border");
        assertTrue(Double.parseDouble(drawn.group(4)) > normal.borderWidth(), "thicker border");
        List<EObject> badges = new ArrayList<>();
        design.getAllContents().forEachRemaining(o -> {
            if (o.eClass().getName().equals("MappingBasedDecoration") && all(o, "mappings").contains(keyAction)
                    && GAP.equals(string(o, "preconditionExpression"))) {
                badges.add(o);
            }
        });
        assertEquals(1, badges.size(), "one error badge on key actions without a supporting resource");
    }

    @Test
    void externalParticipantsAreDashedAsTheEngineDashesThemWhateverTheirKind() throws IOException {
        EObject participant = sirius.nodeMappings(SiriusMappings.NETWORK, NodeType.PARTICIPANT).get(0);
        String external = "self.membership = stic::Membership::EXTERNAL";
        for (ParticipantKind kind : ParticipantKind.values()) {
            String ofKind = "aql:self.kind = stic::ParticipantKind::" + kind.getName();
            EObject member = drawnFor(participant, Set.of(ofKind));
            EObject outsider = drawnFor(participant, Set.of(ofKind, ofKind + " and " + external, "aql:" + external));
            assertDrawnAs(Styles.participant(kind), member, "member " + kind);
            assertDrawnAs(Styles.notThere(Styles.participant(kind)), outsider, "external " + kind);
            assertNotThereDash(outsider, "external " + kind);
            assertNote("external", string(outsider, "labelExpression"), "external " + kind);
        }
    }

    /**
     * The label is the name followed by the engine's note ("[planned]", «[планируется]»), in each language: the design
     * says it through its text service.
     */
    private static void assertNote(String note, String labelExpression, String what) {
        assertEquals("aql:self." + AqlNavigation.SERVICE_TEXT + "('note." + note + "', self.name)", labelExpression,
                what + ": a note after the name");
        for (Language language : Language.values()) {
            assertEquals("X " + Messages.get(language, "node." + note),
                    DesignServices.text(DesignTranslationTest.localization(language.code()), "note." + note, "X"),
                    what + ": the engine's note in " + language.code());
        }
    }

    @Test
    void plannedAndMissingResourcesAndActionsAreDashedWithANote() throws IOException {
        for (NodeType type : List.of(NodeType.KEY_RESOURCE, NodeType.KEY_ACTION)) {
            EObject mapping = sirius.nodeMappings(SiriusMappings.BOTH, type).get(0);
            assertDrawnAs(Styles.node(type), drawnFor(mapping, Set.of("aql:self.status = stic::AvailabilityStatus::AVAILABLE")),
                    type + " available");
            for (String status : List.of("PLANNED", "MISSING")) {
                EObject style = drawnFor(mapping, Set.of("aql:self.status = stic::AvailabilityStatus::" + status));
                String what = type + " " + status;
                assertDrawnAs(Styles.notThere(Styles.node(type)), style, what);
                assertNotThereDash(style, what);
                assertNote(status.toLowerCase(java.util.Locale.ROOT), string(style, "labelExpression"), what);
            }
        }
        // a planned key action with no resource is first of all a readiness gap (red), as in the engine's badge
        EObject keyAction = sirius.nodeMappings(SiriusMappings.BOTH, NodeType.KEY_ACTION).get(0);
        assertEquals(string(drawnFor(keyAction, Set.of(GAP)), "workspacePath"), string(drawnFor(keyAction,
                Set.of(GAP, "aql:self.status = stic::AvailabilityStatus::PLANNED")), "workspacePath"));
    }

    @Test
    void everyReferenceEdgeHasTheEnginesColourLineAndEnds() {
        for (EdgeType type : EdgeType.values()) {
            if (type != EdgeType.INTERACTION) {
                EObject mapping = sirius.edgeMapping(SiriusMappings.diagramOf(type), type);
                assertDrawnAs(Styles.edge(type), one(mapping, "style"), type.id());
            }
        }
    }

    @Test
    void interactionsVaryByDirectionAndIntensityAsInTheEngine() {
        EObject mapping = sirius.edgeMapping(SiriusMappings.NETWORK, EdgeType.INTERACTION);
        EdgeStyle base = Styles.edge(EdgeType.INTERACTION);
        int previousWidth = 0;
        for (InteractionIntensity intensity : InteractionIntensity.values()) {
            int width = 0;
            for (InteractionDirection direction : InteractionDirection.values()) {
                EObject style = interactionStyle(mapping, direction, intensity);
                String where = "interaction " + direction + "/" + intensity;
                assertEquals(base.color(), rgb(one(style, "strokeColor")), where + ": colour");
                assertEquals(intensity == InteractionIntensity.LOW ? "dash" : "solid", get(style, "lineStyle").toString(), where);
                assertEquals(arrow(base.targetEnd()), get(style, "targetArrow").toString(), where + ": target end");
                assertEquals(direction == InteractionDirection.MUTUAL ? arrow(ArrowHead.FILLED) : arrow(ArrowHead.NONE),
                        get(style, "sourceArrow").toString(), where + ": source end");
                width = Integer.parseInt(string(style, "sizeComputationExpression"));
            }
            if (intensity != InteractionIntensity.UNSPECIFIED) { // not assessed: drawn thin, as the engine does
                assertTrue(width > previousWidth, "interactions get wider with intensity (" + intensity + ")");
                previousWidth = width;
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static void assertDrawnAs(NodeStyle expected, EObject style, String what) throws IOException {
        assertEquals("WorkspaceImageDescription", style.eClass().getName(), what);
        Matcher drawn = svgGroup(string(style, "workspacePath"));
        assertEquals(expected.shape().name(), drawn.group(1), what + ": outline");
        assertEquals(expected.fill(), Integer.parseInt(drawn.group(2), 16), what + ": fill");
        assertEquals(expected.border(), Integer.parseInt(drawn.group(3), 16), what + ": border colour");
        assertEquals(expected.borderWidth(), Double.parseDouble(drawn.group(4)), 1e-9, what + ": border width");
        assertEquals(expected.dash() != null, drawn.group(5) != null, what + ": dashed border");
    }

    private static void assertDrawnAs(EdgeStyle expected, EObject style, String what) {
        assertEquals(expected.color(), rgb(one(style, "strokeColor")), what + ": colour");
        assertEquals(lineStyle(expected.dash()), get(style, "lineStyle").toString(), what + ": line");
        assertEquals(arrow(expected.sourceEnd()), get(style, "sourceArrow").toString(), what + ": source end");
        assertEquals(arrow(expected.targetEnd()), get(style, "targetArrow").toString(), what + ": target end");
        assertEquals(Math.round(expected.width()), Long.parseLong(string(style, "sizeComputationExpression")), what + ": width");
    }

    /**
     * The style Sirius draws an element with: that of the first conditional style whose predicate holds (those in
     * {@code holding}, the predicates true for the element), else the mapping's own.
     */
    private static EObject drawnFor(EObject mapping, Set<String> holding) {
        for (EObject conditional : all(mapping, "conditionnalStyles")) {
            if (holding.contains(string(conditional, "predicateExpression"))) {
                return one(conditional, "style");
            }
        }
        return one(mapping, "style");
    }

    /** The dash of the style's image is the engine's {@link Styles#NOT_THERE_DASH}. */
    private static void assertNotThereDash(EObject style, String what) throws IOException {
        Matcher dash = Pattern.compile("stroke-dasharray=\"([^\"]+)\"").matcher(SiriusMappings.image(
                string(style, "workspacePath")));
        assertTrue(dash.find(), what);
        float[] expected = Styles.NOT_THERE_DASH;
        assertEquals(fmt(expected[0]) + " " + fmt(expected[1]), dash.group(1), what + ": dash pattern");
    }

    private static String fmt(float f) {
        return f == Math.rint(f) ? Integer.toString((int) f) : Float.toString(f);
    }

    private static Matcher svgGroup(String workspacePath) throws IOException {
        String svg = SiriusMappings.image(workspacePath);
        Matcher m = GROUP.matcher(svg);
        assertTrue(m.find(), workspacePath + " has no <g id=SHAPE fill stroke stroke-width>: " + svg);
        return m;
    }

    private static EObject interactionStyle(EObject mapping, InteractionDirection direction, InteractionIntensity intensity) {
        String predicate = "aql:self.direction = stic::InteractionDirection::" + direction.getName()
                + " and self.intensity = stic::InteractionIntensity::" + intensity.getName();
        for (EObject conditional : all(mapping, "conditionnalStyles")) {
            if (string(conditional, "predicateExpression").equals(predicate)) {
                return one(conditional, "style");
            }
        }
        return one(mapping, "style");
    }

    /** Sirius's line style for one of the engine's dash patterns (null: solid; long and short dashes: dash). */
    private static String lineStyle(float[] dash) {
        if (dash == null) {
            return "solid";
        }
        if (dash.length == 4) {
            return "dash_dot";
        }
        return dash[0] < 2f ? "dot" : "dash";
    }

    private static String arrow(ArrowHead head) {
        return switch (head) {
            case NONE -> "NoDecoration";
            case FILLED -> "InputFillClosedArrow";
            case OPEN -> "InputArrow";
            case DIAMOND -> "FillDiamond";
        };
    }

    private static int rgb(EObject colour) {
        return ((Integer) get(colour, "red") << 16) | ((Integer) get(colour, "green") << 8) | (Integer) get(colour, "blue");
    }
}
