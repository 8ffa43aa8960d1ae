package org.stic.diagram.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import java.math.BigDecimal;

import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.Indicator;
import org.stic.Interaction;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.QuantityUnit;
import org.stic.TargetDirection;
import org.stic.analysis.Economics.IndicatorProgress;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.Decoration;
import org.stic.diagram.EdgeType;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.Messages;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.render.TextWrap;

/**
 * Synthesises the scene of one view from a cluster: regions, type groups, nodes with wrapped labels and styles, the
 * vocabulary's edges, and the decorations. Positions are left to {@link org.stic.diagram.DiagramLayout}.
 * Everything is visited in model order, so the same model always gives the same scene.
 */
public final class SceneBuilder {

    public static final double NODE_WIDTH = 176;
    public static final double MAX_NODE_WIDTH = 260;
    public static final double MIN_NODE_HEIGHT = 46;
    public static final float LABEL_SIZE = 11f;
    public static final float EDGE_LABEL_SIZE = 9f;
    public static final float GROUP_TITLE_SIZE = 11f;
    public static final float REGION_TITLE_SIZE = 14f;
    public static final float TITLE_SIZE = 18f;
    public static final double ICON_SIZE = 20;
    public static final double ICON_GAP = 6;
    public static final double PAD_Y = 8;
    public static final int MAX_LINES = 4;
    /** A canvas card: narrower and lower than a node, no icon (the block says the type). */
    public static final double CARD_WIDTH = 192;
    public static final double NEED_INDENT = 14;
    public static final double CARD_TEXT_INSET = 5;
    public static final double CARD_PAD_Y = 2;
    /** Lines on a card are set closer than in a node (1.2 of the text size, print leading): one page holds more. */
    public static final double CARD_LINE_HEIGHT = LABEL_SIZE * 1.2;
    public static final double MIN_CARD_HEIGHT = 24;
    /** A goal's card, three cards wide: a goal has its name, its target and where it stands, a line each. */
    public static final double GOAL_CARD_WIDTH = 3 * CARD_WIDTH + 2 * 3;
    /** A goal's card: its target met (green) or not (amber); both also said in words, for print in grey. */
    public static final int GOAL_ACHIEVED = 0x2E7D32;
    public static final int GOAL_NOT_ACHIEVED = 0xB26A00;

    private final Cluster cluster;
    private final View view;
    private final Set<ContourRegion> collapsed;
    private final Set<? extends EObject> hidden;
    private final Language language;
    private final Vocabulary vocabulary;
    private final boolean canvasLinks;
    private final Set<NodeType> collapsedBlocks;
    private Scene scene;
    private int edgeCount;

    private SceneBuilder(Cluster cluster, View view, Set<ContourRegion> collapsed, Set<? extends EObject> hidden,
            Language language, boolean canvasLinks, Set<NodeType> collapsedBlocks) {
        this.canvasLinks = canvasLinks;
        this.collapsedBlocks = collapsedBlocks;
        this.cluster = cluster;
        this.view = view;
        this.collapsed = collapsed;
        this.hidden = hidden;
        this.language = language;
        this.vocabulary = Vocabulary.of(language);
    }

    public static Scene build(Cluster cluster, View view, Collection<Decoration> decorations) {
        return build(cluster, view, decorations, Set.of());
    }

    /** A collapsed region is drawn as its titled box alone, saying how many elements it hides. */
    public static Scene build(Cluster cluster, View view, Collection<Decoration> decorations,
            Set<ContourRegion> collapsed) {
        return build(cluster, view, decorations, collapsed, Set.of());
    }

    /** Hidden elements are not drawn, nor the edges that end at them. */
    public static Scene build(Cluster cluster, View view, Collection<Decoration> decorations,
            Set<ContourRegion> collapsed, Set<? extends EObject> hidden) {
        return build(cluster, view, decorations, collapsed, hidden, Language.current());
    }

    /** The scene with its titles, group names and edge labels in {@code language} (reports choose their own). */
    public static Scene build(Cluster cluster, View view, Collection<Decoration> decorations,
            Set<ContourRegion> collapsed, Set<? extends EObject> hidden, Language language) {
        return build(cluster, view, decorations, collapsed, hidden, language, false);
    }

    /**
     * @param canvasLinks in the canvas view, draw the links between cards of different blocks as lines (otherwise each
     *                    card lists the numbers of the cards its links lead to)
     */
    public static Scene build(Cluster cluster, View view, Collection<Decoration> decorations,
            Set<ContourRegion> collapsed, Set<? extends EObject> hidden, Language language, boolean canvasLinks) {
        return build(cluster, view, decorations, collapsed, hidden, language, canvasLinks, Set.of());
    }

    /**
     * @param collapsedBlocks in the canvas view, the blocks drawn as their title alone (a collapsed contour region
     *                        collapses all its blocks); the other cards keep their numbers
     */
    public static Scene build(Cluster cluster, View view, Collection<Decoration> decorations,
            Set<ContourRegion> collapsed, Set<? extends EObject> hidden, Language language, boolean canvasLinks,
            Set<NodeType> collapsedBlocks) {
        return new SceneBuilder(cluster, view, collapsed, hidden, language, canvasLinks, collapsedBlocks)
                .build(decorations);
    }

    private Scene build(Collection<Decoration> decorations) {
        String name = cluster.getName() == null || cluster.getName().isBlank() ? Messages.get(language, "cluster")
                : cluster.getName();
        scene = new Scene(view, DiagramFonts.displayable(name + " \u2014 " + view.title(language)), language);
        if (view == View.NETWORK) {
            buildNetwork();
        } else if (view == View.CANVAS) {
            buildCanvas();
        } else {
            buildContours();
        }
        decorate(decorations);
        return scene;
    }

    private void buildContours() {
        Map<ContourRegion, SceneContainer> regions = new EnumMap<>(ContourRegion.class);
        for (ContourRegion region : ContourRegion.values()) {
            if (view.shows(region)) {
                String label = region.label(language);
                if (collapsed.contains(region)) {
                    int hidden = NodeType.inViewOrder(view).stream().filter(t -> t.region() == region)
                            .mapToInt(t -> t.elements(cluster).size()).sum();
                    label = Messages.count(language, "region.collapsed", hidden, label);
                }
                SceneContainer c = new SceneContainer("region-" + region.name().toLowerCase(Locale.ROOT),
                        SceneContainer.Kind.REGION, label, region, null, null, collapsed.contains(region));
                regions.put(region, c);
                scene.add(c);
            }
        }
        for (NodeType type : NodeType.inViewOrder(view)) {
            List<? extends EObject> elements = type.elements(cluster).stream().filter(e -> !hidden.contains(e)).toList();
            if (elements.isEmpty() || collapsed.contains(type.region())) {
                continue;
            }
            SceneContainer group = new SceneContainer("group-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    SceneContainer.Kind.GROUP, vocabulary.types(type.eClass()), type.region(), type, regions.get(type.region()));
            scene.add(group);
            for (EObject e : elements) {
                addNode(e, type, style(e, Styles.node(type)), group);
            }
        }
        forEachLink(e -> scene.node(e) != null, (type, owner, source, target) -> addEdge(type, owner,
                scene.node(source), scene.node(target), type.displayLabel(language), Styles.edge(type)));
    }

    /** A link of the vocabulary between two drawn elements, from its source to its target. */
    private interface LinkVisitor {
        void link(EdgeType type, EObject owner, EObject source, EObject target);
    }

    /** Visits the vocabulary's links between drawn elements, in edge type and model order. */
    private void forEachLink(Predicate<EObject> drawn, LinkVisitor visitor) {
        for (EdgeType type : EdgeType.values()) {
            if (type.reference() == null) {
                continue;
            }
            NodeType ownerType = NodeType.of(type.reference().getEContainingClass()).orElseThrow();
            for (EObject owner : ownerType.elements(cluster)) {
                if (!drawn.test(owner)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<EObject> targets = (List<EObject>) owner.eGet(type.reference());
                for (EObject other : targets) {
                    if (drawn.test(other)) { // else the other end is not in this view
                        visitor.link(type, owner, type.reversed() ? other : owner, type.reversed() ? owner : other);
                    }
                }
            }
        }
    }

    /**
     * The business model canvas: one block per type in the regions of the contours, each element a compact card
     * numbered in reading order. Links between blocks are lines only when asked for; otherwise a card ends with the
     * numbers of the cards its links lead to ("\u2192 12, 15"), so that the sheet stays calm. A segment's needs are
     * cards right under it in the segments' block (the link between them is the placement). The cluster's goals (its
     * indicators) are a block of their own across the foot of the sheet, under both contours, each card with its
     * target and where it stands.
     * Positions are left to {@link org.stic.diagram.CanvasLayout}.
     */
    private void buildCanvas() {
        Map<ContourRegion, SceneContainer> regions = new EnumMap<>(ContourRegion.class);
        for (ContourRegion region : List.of(ContourRegion.INTERNAL, ContourRegion.EXTERNAL)) {
            SceneContainer c = new SceneContainer("region-" + region.name().toLowerCase(Locale.ROOT),
                    SceneContainer.Kind.REGION, region.label(language), region, null, null);
            regions.put(region, c);
            scene.add(c);
        }
        // the cards' blocks and numbers first: a card's label ends with the numbers of the cards it links to
        Map<EObject, SceneContainer> blockOf = new LinkedHashMap<>();
        Map<EObject, Integer> numbers = new IdentityHashMap<>();
        for (NodeType type : CANVAS_BLOCKS) {
            List<EObject> members = new ArrayList<>();
            for (EObject e : type.elements(cluster)) {
                if (!hidden.contains(e)) {
                    members.add(e);
                    if (e instanceof Segment segment) {
                        segment.getNeeds().stream().filter(need -> !hidden.contains(need)).forEach(members::add);
                    }
                }
            }
            boolean folded = collapsedBlocks.contains(type) || collapsed.contains(type.region());
            String title = type.blockLabel(language);
            SceneContainer block = new SceneContainer("block-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    SceneContainer.Kind.GROUP, folded ? Messages.get(language, "block.collapsed", title)
                            : title, type.region(), type, regions.get(type.region()), folded);
            scene.add(block);
            for (EObject e : members) {
                // a collapsed block's cards keep their numbers, so that the references to them stay the same
                numbers.put(e, numbers.size() + 1);
                if (!folded) {
                    blockOf.put(e, block);
                }
            }
        }
        Map<EObject, SortedSet<Integer>> references = new IdentityHashMap<>();
        List<EObject[]> lines = new ArrayList<>();
        List<EdgeType> lineTypes = new ArrayList<>();
        forEachLink(blockOf::containsKey, (type, owner, source, target) -> {
            if (blockOf.get(source) == blockOf.get(target)) {
                return; // a need under its segment
            }
            if (canvasLinks) {
                lines.add(new EObject[] { owner, source, target });
                lineTypes.add(type);
            } else {
                references.computeIfAbsent(source, k -> new TreeSet<>()).add(numbers.get(target));
            }
        });
        for (Map.Entry<EObject, SceneContainer> entry : blockOf.entrySet()) {
            addCard(entry.getKey(), numbers.get(entry.getKey()), references.get(entry.getKey()), entry.getValue());
        }
        for (int i = 0; i < lines.size(); i++) {
            EObject[] l = lines.get(i);
            addEdge(lineTypes.get(i), l[0], scene.node(l[1]), scene.node(l[2]), "", Styles.edge(lineTypes.get(i)));
        }
    }

    /**
     * A compact card: "12. name [status] \u2192 3, 7" (its references); a need is indented. A goal's card, twice as
     * wide, adds its target and where it stands, and its border says whether the target is met.
     */
    private void addCard(EObject element, int number, SortedSet<Integer> references, SceneContainer block) {
        NodeType type = NodeType.of(element.eClass()).orElse(block.type());
        if (element instanceof SegmentNeed) {
            type = NodeType.SEGMENT_NEED;
        }
        String note = statusNote(element);
        String label = DiagramFonts.displayable(number + ". " + labelOf(element, type, vocabulary)
                + (note.isEmpty() ? "" : " " + note));
        double indent = type == NodeType.SEGMENT_NEED ? NEED_INDENT : 0;
        double width = type == NodeType.INDICATOR ? GOAL_CARD_WIDTH : CARD_WIDTH;
        double textWidth = width - indent - 2 * CARD_TEXT_INSET;
        // the references run on after the name (a line of their own would cost a quarter of the sheet)
        String refs = references == null ? "" : " \u2192\u00a0" + references.stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        // the no-break space keeps the arrow with the first number while wrapping; drawn, it is a space
        List<String> lines = new ArrayList<>(TextWrap.wrap(label + refs, textWidth, MAX_LINES + 1, false, LABEL_SIZE)
                .stream().map(line -> line.replace('\u00a0', ' ')).toList());
        NodeStyle style = style(element, Styles.card(type));
        if (element instanceof Indicator indicator) {
            IndicatorProgress progress = IndicatorProgress.of(indicator);
            for (String values : goalValues(progress)) {
                lines.addAll(TextWrap.wrap(DiagramFonts.displayable(values), textWidth, 2, false, LABEL_SIZE));
            }
            label += " \u2014 " + String.join("; ", goalValues(progress));
            if (progress.achieved() != null) {
                style = style.withBorder(progress.achieved() ? GOAL_ACHIEVED : GOAL_NOT_ACHIEVED, 2.0, null);
            }
        }
        double height = Math.max(MIN_CARD_HEIGHT, Math.ceil(2 * CARD_PAD_Y + lines.size() * CARD_LINE_HEIGHT));
        // x holds the indent until the canvas layout places the card
        scene.add(new SceneNode("n" + scene.nodes().size(), element, type, label, lines, style, block,
                new Bounds(indent, 0, width - indent, height)));
    }

    /**
     * A goal's values as the analysis reads them (docs/analysis.md, "Indicators"): "target: at least 70
     * organisations (2030), from 54 (2015)" and "current: 66 (2022), 75 % of the way, not achieved".
     */
    private List<String> goalValues(IndicatorProgress progress) {
        Indicator i = progress.indicator();
        String target = i.getTarget() == null ? Messages.get(language, "goal.noTarget")
                : Messages.get(language, "goal.target", value(i.getTarget(), i.getUnit(), i.getTargetYear(),
                        i.getDirection()));
        if (i.getBaseline() != null) {
            target = Messages.get(language, "goal.fromBaseline", target, value(i.getBaseline(), QuantityUnit.UNSPECIFIED,
                    i.getBaselineYear(), null));
        }
        if (i.getCurrent() == null) {
            return List.of(target, Messages.get(language, "goal.noCurrent"));
        }
        // the unit is the target's: said once
        String current = Messages.get(language, "goal.current", value(i.getCurrent(), QuantityUnit.UNSPECIFIED,
                i.getCurrentYear(), null));
        if (progress.progress() != null) {
            current = Messages.get(language, "goal.progress", current, language.number(progress.progress()
                    .movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)));
        }
        if (progress.achieved() != null) {
            current = Messages.get(language, progress.achieved() ? "goal.achieved" : "goal.notAchieved", current);
        }
        return List.of(target, current);
    }

    /** "at least 70 organisations (2030)": a value with its direction, unit and year, each when given. */
    private String value(BigDecimal value, QuantityUnit unit, Integer year, TargetDirection direction) {
        String prefix = direction == null || direction == TargetDirection.UNSPECIFIED ? ""
                : vocabulary.literal(direction) + " ";
        String unitText = unit == null || unit == QuantityUnit.UNSPECIFIED ? "" : " " + vocabulary.literal(unit);
        return prefix + language.number(value) + unitText + (year == null ? "" : " (" + year + ")");
    }

    /** The canvas's blocks, in the order their cards are numbered (left to right, top to bottom). */
    public static final List<NodeType> CANVAS_BLOCKS = List.of(NodeType.PARTNERSHIP, NodeType.KEY_ACTION,
            NodeType.KEY_RESOURCE, NodeType.VALUE_PROPOSITION, NodeType.RELATIONSHIP, NodeType.CHANNEL,
            NodeType.SEGMENT, NodeType.COST_ITEM, NodeType.REVENUE_STREAM, NodeType.INDICATOR);

    private void buildNetwork() {
        Map<ParticipantKind, SceneContainer> groups = new EnumMap<>(ParticipantKind.class);
        for (ParticipantKind kind : ParticipantKind.VALUES) {
            for (Participant p : cluster.getParticipants()) {
                if (kindOf(p) == kind && !hidden.contains(p)) {
                    groups.computeIfAbsent(kind, k -> {
                        SceneContainer g = new SceneContainer("group-" + k.getLiteral().toLowerCase(Locale.ROOT)
                                .replace('_', '-'), SceneContainer.Kind.GROUP, kindLabel(k, vocabulary), null,
                                NodeType.PARTICIPANT, null);
                        scene.add(g);
                        return g;
                    });
                }
            }
        }
        for (Participant p : cluster.getParticipants()) {
            if (!hidden.contains(p)) {
                ParticipantKind kind = kindOf(p);
                addNode(p, NodeType.PARTICIPANT, style(p, Styles.participant(kind)), groups.get(kind));
            }
        }
        // the revenue streams, right of the participants, so that who pays what is drawn where the payers are
        List<? extends EObject> streams = NodeType.REVENUE_STREAM.elements(cluster).stream()
                .filter(r -> !hidden.contains(r)).toList();
        if (!streams.isEmpty()) {
            SceneContainer group = new SceneContainer("group-revenue-stream", SceneContainer.Kind.GROUP,
                    vocabulary.types(NodeType.REVENUE_STREAM.eClass()), null, NodeType.REVENUE_STREAM, null);
            scene.add(group);
            for (EObject stream : streams) {
                addNode(stream, NodeType.REVENUE_STREAM, Styles.node(NodeType.REVENUE_STREAM), group);
            }
            for (EObject stream : streams) {
                for (Participant payer : ((RevenueStream) stream).getPayers()) {
                    SceneNode from = scene.node(payer);
                    if (from != null) {
                        addEdge(EdgeType.PAYS, stream, from, scene.node(stream), EdgeType.PAYS.displayLabel(language),
                                Styles.edge(EdgeType.PAYS));
                    }
                }
            }
        }
        for (Interaction i : cluster.getInteractions()) {
            SceneNode source = scene.node(i.getSource());
            SceneNode target = scene.node(i.getTarget());
            if (source == null || target == null) {
                continue;
            }
            EdgeStyle base = Styles.edge(EdgeType.INTERACTION);
            double width = i.getIntensity() == InteractionIntensity.HIGH ? 2.6
                    : i.getIntensity() == InteractionIntensity.MEDIUM ? 1.6 : 1.0;
            boolean mutual = i.getDirection() == InteractionDirection.MUTUAL;
            EdgeStyle style = new EdgeStyle(base.color(), width, i.getIntensity() == InteractionIntensity.LOW
                    ? new float[] { 5f, 3f } : null, mutual ? ArrowHead.FILLED : ArrowHead.NONE, ArrowHead.FILLED);
            String label = i.getKind() == null ? "" : vocabulary.literal(i.getKind());
            addEdge(EdgeType.INTERACTION, i, source, target, label, style);
        }
    }

    /** Dashed when the element is not (yet) there: an external participant, a planned or missing resource or action. */
    private static NodeStyle style(EObject element, NodeStyle style) {
        boolean external = element instanceof Participant p && p.getMembership() == Membership.EXTERNAL;
        AvailabilityStatus status = status(element);
        boolean absent = status == AvailabilityStatus.PLANNED || status == AvailabilityStatus.MISSING;
        return external || absent ? Styles.notThere(style) : style;
    }

    private static AvailabilityStatus status(EObject element) {
        return element instanceof KeyResource r ? r.getStatus() : element instanceof KeyAction a ? a.getStatus() : null;
    }

    /** "[planned from 2028]", "[missing]", "[external]" after a name; empty for what is there. */
    private String statusNote(EObject element) {
        AvailabilityStatus status = status(element);
        Integer from = element instanceof KeyResource r ? r.getAvailableFrom()
                : element instanceof KeyAction a ? a.getAvailableFrom() : null;
        if (status == AvailabilityStatus.PLANNED) {
            return from == null ? Messages.get(language, "node.planned")
                    : Messages.get(language, "node.planned-from", String.valueOf(from));
        }
        if (status == AvailabilityStatus.MISSING) {
            return Messages.get(language, "node.missing");
        }
        if (element instanceof Participant p && p.getMembership() == Membership.EXTERNAL) {
            return Messages.get(language, "node.external");
        }
        return "";
    }

    private void addNode(EObject element, NodeType type, NodeStyle style, SceneContainer group) {
        String note = statusNote(element);
        String label = DiagramFonts.displayable(labelOf(element, type, vocabulary) + (note.isEmpty() ? "" : " " + note));
        Sized sized = sized(label, style);
        String id = "n" + scene.nodes().size();
        scene.add(new SceneNode(id, element, type, label, sized.lines(), style, group,
                new Bounds(0, 0, sized.width(), sized.height())));
    }

    private record Sized(double width, List<String> lines, double height) {
    }

    /** The size a node of this style needs for a label (the direct editor grows a placed node to it). */
    public static Bounds nodeSize(String label, NodeStyle style) {
        Sized sized = sized(DiagramFonts.displayable(label), style);
        return new Bounds(0, 0, sized.width(), sized.height());
    }

    private static Sized sized(String label, NodeStyle style) {
        double chrome = 2 * style.shape().textInset() + ICON_SIZE + ICON_GAP;
        double width = NODE_WIDTH;
        // widen the node (up to a limit) rather than break a long word such as "фармацевтического"
        double longestWord = 0;
        for (String word : label.split("\\s+")) {
            longestWord = Math.max(longestWord, DiagramFonts.width(word, false, LABEL_SIZE));
        }
        if (longestWord > width - chrome) {
            width = Math.min(MAX_NODE_WIDTH, Math.ceil(longestWord + chrome + 1));
        }
        List<String> lines = TextWrap.wrap(label, width - chrome, MAX_LINES, false, LABEL_SIZE);
        double height = 2 * PAD_Y + lines.size() * DiagramFonts.lineHeight(LABEL_SIZE);
        if (style.shape() == ShapeKind.ELLIPSE) {
            height += 10; // the ellipse's curve needs room above and below the text
        }
        return new Sized(width, lines, Math.max(MIN_NODE_HEIGHT, Math.ceil(height)));
    }

    private void addEdge(EdgeType type, EObject element, SceneNode source, SceneNode target, String label,
            EdgeStyle style) {
        Bounds labelBounds = null;
        if (label != null && !label.isEmpty()) {
            labelBounds = new Bounds(0, 0, Math.ceil(DiagramFonts.width(label, false, EDGE_LABEL_SIZE)) + 4,
                    DiagramFonts.lineHeight(EDGE_LABEL_SIZE));
        }
        scene.add(new SceneEdge("e" + edgeCount++, type, element, source, target, label, style, labelBounds));
    }

    private void decorate(Collection<Decoration> decorations) {
        if (decorations == null) {
            return;
        }
        Map<EObject, SceneEdge> interactionEdges = new java.util.IdentityHashMap<>();
        for (SceneEdge e : scene.edges()) {
            if (e.type() == EdgeType.INTERACTION) {
                interactionEdges.put(e.element(), e);
            }
        }
        for (Decoration d : decorations) {
            SceneNode node = scene.node(d.element());
            if (node != null) {
                node.decorations().add(d);
                if (node.type() == NodeType.KEY_ACTION && Decoration.READINESS_GAP_RULE.equals(d.ruleId())) {
                    node.setStyle(node.style().withBorder(Styles.ERROR, 2.6, Styles.GAP_DASH));
                }
                continue;
            }
            SceneEdge edge = interactionEdges.get(d.element());
            if (edge != null) {
                edge.decorations().add(d);
            }
        }
    }

    private static ParticipantKind kindOf(Participant p) {
        return p.getKind() == null ? ParticipantKind.OTHER : p.getKind();
    }

    private static String labelOf(EObject element, NodeType type, Vocabulary vocabulary) {
        // an instance of an extension metamodel's subclass is drawn as its STIC type and says which type it is
        String subtype = element.eClass() == type.eClass() ? "" : " \u00ab" + element.eClass().getName() + "\u00bb";
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName().strip() + subtype;
        }
        return vocabulary.label(element) + subtype;
    }

    /** The title of a network group: the participant kind, capitalised ("Large enterprise", «Вуз»). */
    public static String kindLabel(ParticipantKind kind, Vocabulary vocabulary) {
        String words = vocabulary.literal(kind);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
