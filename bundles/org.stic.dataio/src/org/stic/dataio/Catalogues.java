package org.stic.dataio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.SegmentNeed;
import org.stic.SticPackage.Literals;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.NeedReadiness;
import org.stic.dataio.Field.TableKind;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The catalogues of a cluster as tables, in the order a reader goes through a business model: participants and
 * interactions (with the columns the import reads back, ids included), segments, needs, value propositions,
 * channels, relationships, revenue streams, key resources, key actions, partnerships, costs, indicators, and the
 * readiness of each need in the year asked for. Headers and enum values are the vocabulary's words in the language
 * asked for; references are the names of what they point at, joined by "; ".
 */
public final class Catalogues {

    private final Language language;
    private final Vocabulary vocabulary;
    private final int year;
    /** The vocabulary's word for each literal met, looked up once: a large model repeats a few dozen literals. */
    private final Map<Enumerator, String> words = new IdentityHashMap<>();

    public Catalogues(Language language, int year) {
        this.language = language;
        this.vocabulary = Vocabulary.of(language);
        this.year = year;
    }

    public Catalogues(Language language) {
        this(language, AnalysisOptions.thisYear().year());
    }

    public List<Sheet> of(Cluster cluster) {
        ExternalContour external = cluster.getExternalContour();
        InternalContour internal = cluster.getInternalContour();
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(participants(cluster));
        sheets.add(interactions(cluster));
        List<EObject> segments = external == null ? List.of() : new ArrayList<>(external.getSegments());
        sheets.add(generic("segments", Literals.SEGMENT, segments));
        List<EObject> needs = new ArrayList<>();
        segments.forEach(s -> needs.addAll(((org.stic.Segment) s).getNeeds()));
        sheets.add(generic("needs", Literals.SEGMENT_NEED, needs));
        sheets.add(generic("value-propositions", Literals.VALUE_PROPOSITION,
                external == null ? List.of() : external.getValuePropositions()));
        sheets.add(generic("channels", Literals.CHANNEL, external == null ? List.of() : external.getChannels()));
        sheets.add(generic("relationships", Literals.RELATIONSHIP,
                external == null ? List.of() : external.getRelationships()));
        sheets.add(generic("revenue-streams", Literals.REVENUE_STREAM,
                external == null ? List.of() : external.getRevenueStreams()));
        sheets.add(generic("key-resources", Literals.KEY_RESOURCE,
                internal == null ? List.of() : internal.getKeyResources()));
        sheets.add(generic("key-actions", Literals.KEY_ACTION, internal == null ? List.of() : internal.getKeyActions()));
        sheets.add(generic("partnerships", Literals.PARTNERSHIP,
                internal == null ? List.of() : internal.getPartnerships()));
        sheets.add(generic("costs", Literals.COST_ITEM, internal == null ? List.of() : internal.getCostItems()));
        sheets.add(generic("indicators", Literals.INDICATOR, cluster.getIndicators()));
        sheets.add(readiness(cluster, needs));
        return sheets;
    }

    /** The participants with the import's columns, then the attributes of extension classes. */
    Sheet participants(Cluster cluster) {
        List<? extends EObject> elements = cluster.getParticipants();
        List<Sheet.Column> columns = new ArrayList<>();
        boolean extended = elements.stream().anyMatch(e -> e.eClass() != Literals.PARTICIPANT);
        for (Field field : TableKind.PARTICIPANTS.fields()) {
            String header = Headers.header(TableKind.PARTICIPANTS, field, language);
            if (field == Field.ID) {
                columns.add(new Sheet.Column(header, Catalogues::id));
            } else if (field == Field.TYPE) {
                if (extended) {
                    columns.add(new Sheet.Column(header, e -> vocabulary.type(e.eClass())));
                }
            } else {
                columns.add(new Sheet.Column(header, value(field.feature())));
            }
        }
        for (EAttribute a : extensionAttributes(elements, Literals.PARTICIPANT)) {
            columns.add(new Sheet.Column(vocabulary.feature(a), e -> e.eClass().getEAllAttributes().contains(a)
                    ? cell(e.eGet(a), a) : null));
        }
        return new Sheet(vocabulary.types(Literals.PARTICIPANT), "participants", columns, elements);
    }

    /** The interactions with the import's columns: each end by id and by name. */
    Sheet interactions(Cluster cluster) {
        List<Sheet.Column> columns = new ArrayList<>();
        for (Field field : TableKind.INTERACTIONS.fields()) {
            String header = Headers.header(TableKind.INTERACTIONS, field, language);
            Function<EObject, Object> value = switch (field) {
                case ID -> Catalogues::id;
                case SOURCE_ID -> e -> id(((org.stic.Interaction) e).getSource());
                case TARGET_ID -> e -> id(((org.stic.Interaction) e).getTarget());
                default -> value(field.feature());
            };
            columns.add(new Sheet.Column(header, value));
        }
        return new Sheet(vocabulary.types(Literals.INTERACTION), "interactions", columns, cluster.getInteractions());
    }

    /**
     * Any other catalogue: the id, the owner when it is not a contour (a need's segment), the name, every attribute,
     * every reference, then the attributes extension classes add.
     */
    Sheet generic(String fileName, EClass eClass, Collection<? extends EObject> elements) {
        List<Sheet.Column> columns = new ArrayList<>();
        columns.add(new Sheet.Column(Headers.header(TableKind.PARTICIPANTS, Field.ID, language), Catalogues::id));
        if (eClass == Literals.SEGMENT_NEED) {
            columns.add(new Sheet.Column(vocabulary.type(Literals.SEGMENT), e -> vocabulary.label(e.eContainer())));
        }
        List<EStructuralFeature> features = new ArrayList<>();
        if (Literals.NAMED_ELEMENT.isSuperTypeOf(eClass)) {
            features.add(Literals.NAMED_ELEMENT__NAME);
        }
        for (EAttribute a : eClass.getEAllAttributes()) {
            if (!features.contains(a) && !a.isTransient() && !a.isDerived()) {
                features.add(a);
            }
        }
        for (EReference r : eClass.getEAllReferences()) {
            if (!r.isContainment() && !r.isContainer() && !r.isTransient() && !r.isDerived()) {
                features.add(r);
            }
        }
        features.forEach(f -> columns.add(new Sheet.Column(vocabulary.feature(f), value(f))));
        for (EAttribute a : extensionAttributes(elements, eClass)) {
            columns.add(new Sheet.Column(vocabulary.feature(a), e -> e.eClass().getEAllAttributes().contains(a)
                    ? cell(e.eGet(a), a) : null));
        }
        return new Sheet(vocabulary.types(eClass), fileName, columns, List.copyOf(elements));
    }

    /** Each need's readiness in the year: the analysis' level, the year it is ready from, and its reasons. */
    Sheet readiness(Cluster cluster, List<EObject> needs) {
        AnalysisResult result = Analysis.of(cluster, new AnalysisOptions(year));
        List<Sheet.Column> columns = List.of(
                new Sheet.Column(Headers.header(TableKind.PARTICIPANTS, Field.ID, language), Catalogues::id),
                new Sheet.Column(vocabulary.type(Literals.SEGMENT), e -> vocabulary.label(e.eContainer())),
                new Sheet.Column(vocabulary.type(Literals.SEGMENT_NEED), vocabulary::label),
                new Sheet.Column(Messages.get(language, "readiness.level", year),
                        e -> readinessOf(result, e).level().label(language)),
                new Sheet.Column(Messages.get(language, "readiness.readyFrom"), e -> readinessOf(result, e).readyFrom()),
                new Sheet.Column(Messages.get(language, "readiness.reasons"), e -> readinessOf(result, e).reasons()
                        .stream().map(r -> r.text(language)).collect(Collectors.joining("; "))));
        return new Sheet(Messages.get(language, "sheet.readiness"), "readiness", columns, needs);
    }

    private static NeedReadiness readinessOf(AnalysisResult result, EObject need) {
        return result.need((SegmentNeed) need);
    }

    /** Attributes of the elements' classes that {@code base} does not have (an extension's), in first-seen order. */
    private static Set<EAttribute> extensionAttributes(Collection<? extends EObject> elements, EClass base) {
        Set<EClass> classes = new LinkedHashSet<>();
        elements.forEach(e -> classes.add(e.eClass()));
        Set<EAttribute> attributes = new LinkedHashSet<>();
        for (EClass c : classes) {
            for (EAttribute a : c.getEAllAttributes()) {
                if (!base.getEAllAttributes().contains(a) && !a.isTransient() && !a.isDerived()) {
                    attributes.add(a);
                }
            }
        }
        return attributes;
    }

    private Function<EObject, Object> value(EStructuralFeature feature) {
        return e -> cell(e.eGet(feature), feature);
    }

    /** A feature's value as a cell: words for literals and elements, lists joined by "; ", numbers as numbers. */
    private Object cell(Object value, EStructuralFeature feature) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.stream().map(v -> String.valueOf(cell(v, feature)))
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof Enumerator e) {
            return words.computeIfAbsent(e, vocabulary::literal);
        }
        if (value instanceof EObject o) {
            return vocabulary.label(o);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        return value;
    }

    /** The element's id in its file; empty for an element of no file. */
    public static String id(EObject element) {
        if (element == null) {
            return null;
        }
        Resource resource = element.eResource();
        return resource instanceof XMLResource xml ? xml.getID(element) : null;
    }
}
