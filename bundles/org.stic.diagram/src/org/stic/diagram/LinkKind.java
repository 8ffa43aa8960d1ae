package org.stic.diagram;

import java.util.Arrays;
import java.util.List;
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
    /** A key action's or a channel's delivering of a value proposition, chosen by the source. */
    DELIVERS(EdgeType.DELIVERS, EdgeType.CHANNEL_DELIVERS),
    ADDRESSES(EdgeType.ADDRESSES),
    COVERS(EdgeType.COVERS),
    SERVES(EdgeType.CHANNEL_SERVES),
    WITH(EdgeType.RELATIONSHIP_WITH),
    /** A segment that benefits from a revenue stream (1.0's "pays"). */
    BENEFITS(EdgeType.REVENUE_FROM),
    /** A participant, member or external, that pays a revenue stream (network view). */
    PAYS(EdgeType.PAYS),
    EARNED_BY(EdgeType.EARNED_BY),
    PROVIDES(EdgeType.PARTNERSHIP_PROVIDES),
    PERFORMS(EdgeType.PARTNERSHIP_PERFORMS),
    COSTS(EdgeType.COST_OF_RESOURCE, EdgeType.COST_OF_ACTION),
    MEASURES(EdgeType.MEASURES),
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

    /** One line for the palette's tooltip in the workbench's language: what it links, in which direction. */
    public String description() {
        Language language = Language.current();
        if (this == INTERACTION) {
            return Messages.get(language, "link.interaction.description");
        }
        String sources = or(edges.stream().map(EdgeType::sourceType).distinct().toList(), language);
        String target = edges.get(0).targetTypes().size() > 1
                ? typeName(Vocabulary.of(language).typeInSentence(SticPackage.Literals.ELEMENT), language)
                : typeName(edges.get(0).targetType(), language);
        return Messages.get(language, "link.description", sources, target, displayLabel(language));
    }

    /** A tool is offered in a view that draws both ends of at least one of its edge types. */
    public boolean inView(View view) {
        return edges.stream().anyMatch(e -> e.sourceType().inView(view)
                && e.targetTypes().stream().anyMatch(t -> t.inView(view)));
    }

    /** "a supports link", "an interaction", «связь «обеспечивает»», in the workbench's language. */
    public String noun() {
        Language language = Language.current();
        return this == INTERACTION ? Messages.get(language, "link.interaction.noun")
                : Messages.get(language, language == Language.EN && "aeiou".indexOf(label().charAt(0)) >= 0
                        ? "link.nounVowel" : "link.noun", displayLabel(language));
    }

    /** Whether a link of this kind may start at the element (null: the pointer is on no node). */
    public Verdict acceptsSource(EObject source) {
        if (edges.stream().anyMatch(e -> is(source, e.sourceType()))) {
            return Verdict.yes();
        }
        Language language = Language.current();
        String sources = or(edges.stream().map(EdgeType::sourceType).distinct().toList(), language);
        return Verdict.no(source == null ? Messages.get(language, "link.startsAt.click", capitalise(noun()), sources)
                : Messages.get(language, "link.startsAt.not", capitalise(noun()), sources, what(source, language)));
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
            List<NodeType> targets = edges.stream().filter(e -> is(source, e.sourceType()))
                    .flatMap(e -> e.targetTypes().stream()).distinct().toList();
            Language language = Language.current();
            return Verdict.no(target == null
                    ? Messages.get(language, "link.endsAt.click", capitalise(noun()), what(source, language),
                            or(targets, language))
                    : Messages.get(language, "link.endsAt.not", capitalise(noun()), what(source, language),
                            or(targets, language), what(target, language)));
        }
        Language language = Language.current();
        if (source == target) {
            return Verdict.no(this == INTERACTION ? Messages.get(language, "link.interaction.self")
                    : capitalise(Messages.get(language, "link.self", what(source, language))));
        }
        if (exists(edge.get(), source, target)) {
            return Verdict.no(Messages.get(language, "link.exists", noun(), what(source, language),
                    what(target, language)));
        }
        return Verdict.yes();
    }

    /** The edge type a link from source to target is drawn as, if their types fit one. */
    public Optional<EdgeType> edgeType(EObject source, EObject target) {
        return edges.stream().filter(e -> is(source, e.sourceType()) && e.targetTypes().stream().anyMatch(t -> is(target, t)))
                .findFirst();
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

    /** "key resource 'Лаборатория'", or "a segment" for elements without a name; ««Лаборатория» (ключевой ресурс)». */
    private static String what(EObject element, Language language) {
        NodeType type = NodeType.of(element.eClass()).orElseGet(() -> Arrays
                .stream(NodeType.values()).filter(t -> t.eClass().isInstance(element)).findFirst().orElse(null));
        String typeName = type != null ? Vocabulary.of(language).typeInSentence(type.eClass()).toLowerCase(language.locale())
                : element.eClass().getName();
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
            return Messages.get(language, "link.named", typeName, n.getName().strip());
        }
        return typeName(typeName, language);
    }

    /** "a key resource or a key action", «ключевой ресурс» или «ключевое действие». */
    private static String or(List<NodeType> types, Language language) {
        return types.stream().map(t -> typeName(t, language))
                .collect(Collectors.joining(Messages.get(language, "link.or")));
    }

    static String typeName(NodeType type, Language language) {
        return typeName(Vocabulary.of(language).typeInSentence(type.eClass()), language);
    }

    /** A type named in a sentence: "a key action" (with its article), «ключевое действие». */
    private static String typeName(String type, Language language) {
        String noun = type.toLowerCase(language.locale());
        String form = language == Language.EN && "aeiou".indexOf(noun.charAt(0)) >= 0 ? "link.typeVowel" : "link.type";
        return Messages.get(language, form, noun);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
