package org.stic.dataio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.NamedElement;
import org.stic.SegmentNeed;
import org.stic.SticPackage.Literals;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.NeedReadiness;
import org.stic.analysis.ReadinessLevel;
import org.stic.analysis.Reason;
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
    /** The ids of the model's file, read from its map directly (not through each element's resource). */
    private Map<EObject, String> ids = Map.of();

    public Catalogues(Language language, int year) {
        this.language = language;
        this.vocabulary = Vocabulary.of(language);
        this.year = year;
    }

    public Catalogues(Language language) {
        this(language, AnalysisOptions.thisYear().year());
    }

    public List<Sheet> of(Cluster cluster) {
        readIds(cluster);
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
        readIds(cluster);
        List<? extends EObject> elements = cluster.getParticipants();
        List<Sheet.Column> columns = new ArrayList<>();
        boolean extended = elements.stream().anyMatch(e -> e.eClass() != Literals.PARTICIPANT);
        for (Field field : TableKind.PARTICIPANTS.fields()) {
            String header = Headers.header(TableKind.PARTICIPANTS, field, language);
            if (field == Field.ID) {
                columns.add(new Sheet.Column(header, this::idOf));
            } else if (field == Field.TYPE) {
                if (extended) {
                    columns.add(new Sheet.Column(header, e -> vocabulary.type(e.eClass())));
                }
            } else {
                columns.add(new Sheet.Column(header, value(field.feature())));
            }
        }
        for (EAttribute a : extensionAttributes(elements, Literals.PARTICIPANT)) {
            columns.add(new Sheet.Column(vocabulary.feature(a), extension(a)));
        }
        return new Sheet(vocabulary.types(Literals.PARTICIPANT), "participants", columns, elements);
    }

    /** The interactions with the import's columns: each end by id and by name. */
    Sheet interactions(Cluster cluster) {
        readIds(cluster);
        List<Sheet.Column> columns = new ArrayList<>();
        for (Field field : TableKind.INTERACTIONS.fields()) {
            String header = Headers.header(TableKind.INTERACTIONS, field, language);
            Function<EObject, Object> value = switch (field) {
                case ID -> this::idOf;
                case SOURCE_ID -> e -> idOf(((org.stic.Interaction) e).getSource());
                case TARGET_ID -> e -> idOf(((org.stic.Interaction) e).getTarget());
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
        columns.add(new Sheet.Column(Headers.header(TableKind.PARTICIPANTS, Field.ID, language), this::idOf));
        if (eClass == Literals.SEGMENT_NEED) {
            columns.add(new Sheet.Column(vocabulary.type(Literals.SEGMENT), e -> label(e.eContainer())));
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
            columns.add(new Sheet.Column(vocabulary.feature(a), extension(a)));
        }
        return new Sheet(vocabulary.types(eClass), fileName, columns, List.copyOf(elements));
    }

    /** Each need's readiness in the year: the analysis' level, the year it is ready from, and its reasons. */
    Sheet readiness(Cluster cluster, List<EObject> needs) {
        AnalysisResult result = Analysis.of(cluster, new AnalysisOptions(year));
        // needs that rest on the same resources share reasons: each distinct one is put in words once
        Map<Reason, String> reasons = new HashMap<>();
        Map<ReadinessLevel, String> levels = new EnumMap<>(ReadinessLevel.class);
        for (ReadinessLevel level : ReadinessLevel.values()) {
            levels.put(level, level.label(language));
        }
        List<Sheet.Column> columns = List.of(
                new Sheet.Column(Headers.header(TableKind.PARTICIPANTS, Field.ID, language), this::idOf),
                new Sheet.Column(vocabulary.type(Literals.SEGMENT), e -> label(e.eContainer())),
                new Sheet.Column(vocabulary.type(Literals.SEGMENT_NEED), this::label),
                new Sheet.Column(Messages.get(language, "readiness.level", year),
                        e -> levels.get(readinessOf(result, e).level())),
                new Sheet.Column(Messages.get(language, "readiness.readyFrom"), e -> readinessOf(result, e).readyFrom()),
                new Sheet.Column(Messages.get(language, "readiness.reasons"),
                        e -> join(readinessOf(result, e).reasons(), r -> reasons.computeIfAbsent((Reason) r,
                                reason -> reason.text(language)))));
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

    /**
     * How a column gets a feature's cell from an element, chosen once per column from the feature's type rather
     * than for each cell: words for literals, names for elements, lists joined by "; ", numbers as numbers.
     */
    private Function<EObject, Object> value(EStructuralFeature feature) {
        Function<Object, Object> one = converter(feature);
        if (feature.isMany()) {
            return e -> join((List<?>) e.eGet(feature), one);
        }
        return e -> one.apply(e.eGet(feature));
    }

    /** An extension attribute's column: empty for elements whose class does not have it. */
    private Function<EObject, Object> extension(EAttribute attribute) {
        EClass owner = attribute.getEContainingClass();
        Function<EObject, Object> value = value(attribute);
        return e -> owner.isSuperTypeOf(e.eClass()) ? value.apply(e) : null;
    }

    private Function<Object, Object> converter(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return v -> v == null ? null : label((EObject) v);
        }
        Class<?> type = feature.getEType().getInstanceClass();
        if (feature.getEType() instanceof EEnum) {
            return v -> v == null ? null : words.computeIfAbsent((Enumerator) v, vocabulary::literal);
        }
        if (type == String.class) {
            return v -> v == null || ((String) v).isEmpty() ? null : v;
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return v -> v == null ? null : BigDecimal.valueOf(((Number) v).doubleValue());
        }
        if (type == BigDecimal.class || type == Integer.class || type == int.class || type == Boolean.class
                || type == boolean.class || type == Long.class || type == long.class) {
            return v -> v;
        }
        return this::cell;
    }

    private static Object join(List<?> values, Function<Object, Object> one) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Object v = one.apply(values.get(i));
            if (i > 0) {
                b.append("; ");
            }
            b.append(v == null ? "" : v);
        }
        return b.toString();
    }

    /** A value of a type no column expects (an extension's data type): as the types above, else as it is. */
    private Object cell(Object value) {
        if (value instanceof Enumerator e) {
            return words.computeIfAbsent(e, vocabulary::literal);
        }
        if (value instanceof EObject o) {
            return label(o);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        return value;
    }

    /** The vocabulary's label; a named element's is its name, read without the vocabulary. */
    private String label(EObject element) {
        if (element instanceof NamedElement named) {
            String name = named.getName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return vocabulary.label(element);
    }

    private void readIds(Cluster cluster) {
        ids = cluster.eResource() instanceof XMLResource xml && xml.getEObjectToIDMap() != null
                ? xml.getEObjectToIDMap() : Map.of();
    }

    /** The id of {@code element}: from the model file's map, or from the file of an element of another one. */
    private String idOf(EObject element) {
        if (element == null) {
            return null;
        }
        String id = ids.get(element);
        return id != null ? id : id(element);
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
