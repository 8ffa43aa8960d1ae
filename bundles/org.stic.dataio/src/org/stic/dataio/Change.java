package org.stic.dataio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.stic.dataio.Field.TableKind;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * What one row of an imported table does to the model: adds an element (created when the import was planned, not yet
 * in the model), changes some features of an existing one, or nothing (the row says what the model says).
 */
public final class Change {

    public enum Kind {
        ADDED, CHANGED, UNCHANGED
    }

    private Kind kind;
    private final TableKind table;
    private final EObject element;
    private final String id;
    private final EList<EObject> container;
    private final Map<EStructuralFeature, Object> before = new LinkedHashMap<>();
    private final Map<EStructuralFeature, Object> after = new LinkedHashMap<>();
    private final String source;
    private final int row;

    private Change(Kind kind, TableKind table, EObject element, String id, EList<EObject> container, String source,
            int row) {
        this.kind = kind;
        this.table = table;
        this.element = element;
        this.id = id;
        this.container = container;
        this.source = source;
        this.row = row;
    }

    /** A new element, to be added to {@code container} with {@code id} (null: a new UUID). */
    static Change added(TableKind table, EObject element, String id, EList<? extends EObject> container,
            String source, int row) {
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) container;
        return new Change(Kind.ADDED, table, element, id, list, source, row);
    }

    /** An existing element; CHANGED once a value differs ({@link #set}). */
    static Change existing(TableKind table, EObject element, String source, int row) {
        return new Change(Kind.UNCHANGED, table, element, null, null, source, row);
    }

    /**
     * Records {@code value} for {@code feature}: set at once on a new element; kept for {@link #apply} on an existing
     * one when it differs from the current value (the change is CHANGED from then on).
     */
    void set(EStructuralFeature feature, Object value) {
        if (kind == Kind.ADDED) {
            // references wait for apply: setting one now would touch its opposite in the model
            if (feature instanceof org.eclipse.emf.ecore.EAttribute) {
                element.eSet(feature, value);
            }
            after.put(feature, value);
            return;
        }
        Object current = element.eGet(feature);
        if (same(current, value)) {
            return;
        }
        before.put(feature, feature.isMany() ? new ArrayList<>((Collection<?>) current) : current);
        after.put(feature, value);
        kind = Kind.CHANGED;
    }

    private static boolean same(Object current, Object value) {
        if (current instanceof Collection<?> c && value instanceof Collection<?> v) {
            return c.size() == v.size() && c.containsAll(v);
        }
        if (current instanceof java.math.BigDecimal a && value instanceof java.math.BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return current == null ? value == null : current.equals(value);
    }

    /** Puts the change into the model. */
    void apply() {
        if (kind == Kind.ADDED) {
            container.add(element);
            if (id != null && element.eResource() instanceof XMLResource resource) {
                resource.setID(element, id);
            }
            after.forEach((feature, value) -> {
                if (!(feature instanceof org.eclipse.emf.ecore.EAttribute)) {
                    element.eSet(feature, value);
                }
            });
        } else if (kind == Kind.CHANGED) {
            after.forEach(element::eSet);
        }
    }

    public Kind kind() {
        return kind;
    }

    public TableKind table() {
        return table;
    }

    public EObject element() {
        return element;
    }

    /** Where the change comes from: {@code file:row}. */
    public String origin() {
        return source + ":" + row;
    }

    /** The features that change, with their values before (null for a new element) and after. */
    public Map<EStructuralFeature, Object> after() {
        return after;
    }

    /** "Kind: university → research institute; Roles: ..." or, for a new element, its values. */
    public String describe(Language language) {
        Vocabulary v = Vocabulary.of(language);
        // a new element's label is its name already
        return after.entrySet().stream().filter(e -> kind != Kind.ADDED
                || e.getKey() != org.stic.SticPackage.Literals.NAMED_ELEMENT__NAME).map(e -> v.feature(e.getKey()) + ": "
                + (kind == Kind.ADDED ? "" : text(before.get(e.getKey()), v) + " → ") + text(e.getValue(), v))
                .collect(Collectors.joining("; "));
    }

    private static String text(Object value, Vocabulary v) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(o -> text(o, v)).collect(Collectors.joining(", "));
        }
        if (value instanceof Enumerator e) {
            return v.literal(e);
        }
        if (value instanceof EObject o) {
            return v.label(o);
        }
        return value == null || value.toString().isEmpty() ? "—" : value.toString();
    }

    /** The change's element as people read it (a new interaction by the ends it will have). */
    public String label(Language language) {
        Vocabulary v = Vocabulary.of(language);
        if (kind == Kind.ADDED && element instanceof org.stic.Interaction) {
            return text(after.get(org.stic.SticPackage.Literals.INTERACTION__SOURCE), v) + " → "
                    + text(after.get(org.stic.SticPackage.Literals.INTERACTION__TARGET), v);
        }
        return v.label(element);
    }

    static List<Change> ofKind(List<Change> changes, Kind kind) {
        return changes.stream().filter(c -> c.kind == kind).toList();
    }
}
