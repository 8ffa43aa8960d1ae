package org.stic.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.stic.SticPackage;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.Interaction;
import org.stic.NamedElement;

/**
 * The links a user draws on the diagram, one palette tool each: from a source node to a target node, as the
 * vocabulary's edges go. Most are one {@link EdgeType}; "costs" is two (a key resource's or a key action's cost),
 * chosen by the source. {@link EdgeType#HAS_NEED} has no link: it is containment, made by creating a segment need
 * on its segment.
 */
public enum LinkKind {
    SUPPORTS(EdgeType.SUPPORTS),
    DELIVERS(EdgeType.DELIVERS),
    ADDRESSES(EdgeType.ADDRESSES),
    COVERS(EdgeType.COVERS),
    SERVES(EdgeType.CHANNEL_SERVES),
    WITH(EdgeType.RELATIONSHIP_WITH),
    PAYS(EdgeType.REVENUE_FROM),
    PROVIDES(EdgeType.PARTNERSHIP_PROVIDES),
    PERFORMS(EdgeType.PARTNERSHIP_PERFORMS),
    COSTS(EdgeType.COST_OF_RESOURCE, EdgeType.COST_OF_ACTION),
    INTERACTION(EdgeType.INTERACTION);

    private final List<EdgeType> edges;

    LinkKind(EdgeType... edges) {
        this.edges = List.of(edges);
    }

    public List<EdgeType> edgeTypes() {
        return edges;
    }

    /** The tool's name in {@code language}: the drawn edge label, «взаимодействие» for the network's links. */
    public String displayLabel(Language language) {
        return this == INTERACTION ? Vocabulary.of(language).typeInSentence(SticPackage.Literals.INTERACTION)
                .toLowerCase(language.locale()) : edges.get(0).displayLabel(language);
    }

    /** The tool's name: the edge label ("supports", "pays"), "interaction" for the network's links. */
    public String label() {
        return this == INTERACTION ? "interaction" : edges.get(0).label();
    }

    /** One line for the palette's tooltip: what it links, in which direction. */
    public String description() {
        String sources = or(edges.stream().map(EdgeType::sourceType).distinct().toList());
        String target = article(edges.get(0).targetType());
        return this == INTERACTION ? "An interaction between two participants (network view)"
                : "From " + sources + " to " + target + ": " + sources + " " + label() + " " + target;
    }

    /** A tool is offered in a view that draws both ends of at least one of its edge types. */
    public boolean inView(View view) {
        return edges.stream().anyMatch(e -> e.sourceType().inView(view) && e.targetType().inView(view));
    }

    /** "a supports link", "an interaction". */
    public String noun() {
        return this == INTERACTION ? "an interaction" : article(label()) + " link";
    }

    /** Whether a link of this kind may start at the element (null: the pointer is on no node). */
    public Verdict acceptsSource(EObject source) {
        if (edges.stream().anyMatch(e -> is(source, e.sourceType()))) {
            return Verdict.yes();
        }
        String sources = or(edges.stream().map(EdgeType::sourceType).distinct().toList());
        return Verdict.no(capitalise(noun()) + " starts at " + sources
                + (source == null ? ": click on one" : ", not at " + what(source)));
    }

    /**
     * Whether a link of this kind may go from {@code source} to {@code target} (null: no node): types, self-links
     * (NET-001 forbids a participant interacting with itself), duplicates.
     */
    public Verdict accepts(EObject source, EObject target) {
        Verdict start = acceptsSource(source);
        if (!start.allowed()) {
            return start;
        }
        Optional<EdgeType> edge = edgeType(source, target);
        if (edge.isEmpty()) {
            List<NodeType> targets = edges.stream().filter(e -> is(source, e.sourceType())).map(EdgeType::targetType)
                    .distinct().toList();
            return Verdict.no(capitalise(noun()) + " from " + what(source) + " ends at " + or(targets)
                    + (target == null ? ": click on one" : ", not at " + what(target)));
        }
        if (source == target) {
            return Verdict.no(this == INTERACTION ? "A participant cannot interact with itself"
                    : capitalise(what(source)) + " cannot be linked to itself");
        }
        if (exists(edge.get(), source, target)) {
            return Verdict.no("There is already " + noun() + " from " + what(source) + " to " + what(target));
        }
        return Verdict.yes();
    }

    /** The edge type a link from source to target is drawn as, if their types fit one. */
    public Optional<EdgeType> edgeType(EObject source, EObject target) {
        return edges.stream().filter(e -> is(source, e.sourceType()) && is(target, e.targetType())).findFirst();
    }

    /**
     * The reference change that makes a link of an accepted pair: {@code value} added to {@code owner}'s
     * {@code reference} (null for {@link #INTERACTION}, which is a new Interaction object instead).
     */
    public Change change(EObject source, EObject target) {
        EdgeType edge = edgeType(source, target).orElseThrow(() -> new IllegalArgumentException(
                accepts(source, target).reason()));
        if (edge.reference() == null) {
            return new Change(null, null, null);
        }
        return edge.reversed() ? new Change(target, edge.reference(), source)
                : new Change(source, edge.reference(), target);
    }

    /** Adding {@code value} to the many-valued {@code reference} of {@code owner}. */
    public record Change(EObject owner, EReference reference, EObject value) {
    }

    public static Optional<LinkKind> of(EdgeType edge) {
        return Arrays.stream(values()).filter(k -> k.edges.contains(edge)).findFirst();
    }

    private static boolean exists(EdgeType edge, EObject source, EObject target) {
        if (edge.reference() == null) {
            return ((org.stic.Participant) source).getOutgoingInteractions().stream()
                    .map(Interaction::getTarget).anyMatch(t -> t == target);
        }
        EObject owner = edge.reversed() ? target : source;
        EObject value = edge.reversed() ? source : target;
        return ((List<?>) owner.eGet(edge.reference())).contains(value);
    }

    private static boolean is(EObject element, NodeType type) {
        return element != null && type.eClass().isInstance(element);
    }

    /** "key resource 'Лаборатория'", or "a segment" for elements without a name. */
    private static String what(EObject element) {
        NodeType type = NodeType.of(element.eClass()).orElseGet(() -> Arrays
                .stream(NodeType.values()).filter(t -> t.eClass().isInstance(element)).findFirst().orElse(null));
        String typeName = type != null ? type.label().toLowerCase(Locale.ROOT) : element.eClass().getName();
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
            return typeName + " '" + n.getName().strip() + "'";
        }
        return article(typeName);
    }

    private static String or(List<NodeType> types) {
        return types.stream().map(LinkKind::article).collect(Collectors.joining(" or "));
    }

    static String article(NodeType type) {
        return article(type.label().toLowerCase(Locale.ROOT));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
