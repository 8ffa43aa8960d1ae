package org.stic.dataio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
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

    private static final EStructuralFeature[] NONE = {};
    private static final Object[] NO_VALUES = {};

    private Kind kind;
    private final TableKind table;
    private final EObject element;
    private final String id;
    private final EList<EObject> container;
    /**
     * The features set, in order, with their new values and (for an existing element) their values before: flat
     * arrays rather than maps, as an import of a registry makes tens of thousands of changes.
     */
    private EStructuralFeature[] features = NONE;
    private Object[] after = NO_VALUES;
    private Object[] before = NO_VALUES;
    private int size;
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
            if (feature instanceof EAttribute) {
                element.eSet(feature, value);
            }
            record(feature, null, value);
            return;
        }
        Object current = element.eGet(feature);
        if (same(current, value)) {
            return;
        }
        record(feature, feature.isMany() ? new ArrayList<>((Collection<?>) current) : current, value);
        kind = Kind.CHANGED;
    }

    private void record(EStructuralFeature feature, Object old, Object value) {
        if (size == features.length) {
            int capacity = Math.max(8, size * 2); // a registry's row sets up to eight features
            features = Arrays.copyOf(features, capacity);
            after = Arrays.copyOf(after, capacity);
            if (kind != Kind.ADDED) {
                before = Arrays.copyOf(before, capacity);
            }
        }
        features[size] = feature;
        after[size] = value;
        if (kind != Kind.ADDED) {
            before[size] = old;
        }
        size++;
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

    /** The id a new element is added with; null for a new UUID, or for an existing element. */
    String id() {
        return id;
    }

    /** Puts the change into the model; a new element is attached already ({@link ImportPlan#apply}). */
    void apply() {
        for (int i = 0; i < size; i++) {
            // a new element has its attributes; its references wait till it is in the model, so that an editor's
            // undo records them
            if (kind == Kind.CHANGED || kind == Kind.ADDED && features[i] instanceof EReference) {
                element.eSet(features[i], after[i]);
            }
        }
    }

    /** The list a new element goes into; null for an existing one. */
    EList<EObject> container() {
        return container;
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

    /** "Kind: university → research institute; Roles: ..." or, for a new element, its values. */
    public String describe(Language language) {
        Vocabulary v = Vocabulary.of(language);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (kind == Kind.ADDED && features[i] == org.stic.SticPackage.Literals.NAMED_ELEMENT__NAME) {
                continue; // a new element's label is its name already
            }
            b.append(b.isEmpty() ? "" : "; ").append(v.feature(features[i])).append(": ");
            if (kind != Kind.ADDED) {
                b.append(text(before[i], v)).append(" → ");
            }
            b.append(text(after[i], v));
        }
        return b.toString();
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
            return text(value(org.stic.SticPackage.Literals.INTERACTION__SOURCE), v) + " → "
                    + text(value(org.stic.SticPackage.Literals.INTERACTION__TARGET), v);
        }
        return v.label(element);
    }

    private Object value(EStructuralFeature feature) {
        for (int i = 0; i < size; i++) {
            if (features[i] == feature) {
                return after[i];
            }
        }
        return null;
    }
}
