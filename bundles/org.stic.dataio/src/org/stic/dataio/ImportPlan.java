package org.stic.dataio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.stic.dataio.Change.Kind;
import org.stic.dataio.Field.TableKind;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.model.io.SticResources;

/**
 * What an import will do, worked out before anything in the model changes: one {@link Change} per row, the errors
 * (while there is one, {@link #apply} refuses) and the notes. {@link #apply} is the only step that touches the model.
 */
public final class ImportPlan {

    private final List<Mapping> mappings;
    private final List<Change> changes;
    private final List<Problem> errors;
    private final List<Problem> notes;
    private final Map<TableKind, Integer> kept;
    private final Map<TableKind, Boolean> imported;
    private boolean applied;

    ImportPlan(List<Mapping> mappings, List<Change> changes, List<Problem> errors, List<Problem> notes,
            Map<TableKind, Integer> kept, Map<TableKind, Boolean> imported) {
        this.mappings = List.copyOf(mappings);
        this.changes = List.copyOf(changes);
        this.errors = List.copyOf(errors);
        this.notes = List.copyOf(notes);
        this.kept = new EnumMap<>(kept);
        this.imported = new EnumMap<>(imported);
    }

    /** How each table's columns were read, in the order the tables were imported. */
    public List<Mapping> mappings() {
        return mappings;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<Problem> errors() {
        return errors;
    }

    public List<Problem> notes() {
        return notes;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether anything in the model would change. */
    public boolean changesModel() {
        return changes.stream().anyMatch(c -> c.kind() != Kind.UNCHANGED);
    }

    public int count(TableKind table, Kind kind) {
        return (int) changes.stream().filter(c -> c.table() == table && c.kind() == kind).count();
    }

    /** Elements of the model that no row names: kept as they are. */
    public int kept(TableKind table) {
        return kept.getOrDefault(table, 0);
    }

    /**
     * One line per kind of table the input held: "Participants: 3 added, 2 changed, 31 unchanged; 4 not in the file
     * (kept)".
     */
    public List<String> summary(Language language) {
        List<String> lines = new ArrayList<>();
        for (TableKind table : TableKind.values()) {
            if (!imported.getOrDefault(table, false)) {
                continue;
            }
            lines.add(Messages.get(language, "summary", Vocabulary.of(language).types(table.eClass()),
                    Messages.count(language, "summary.added", count(table, Kind.ADDED)),
                    Messages.count(language, "summary.changed", count(table, Kind.CHANGED)),
                    Messages.count(language, "summary.unchanged", count(table, Kind.UNCHANGED)),
                    Messages.count(language, "summary.kept", kept(table))));
        }
        return lines;
    }

    /**
     * Puts every change into the model, new participants before the interactions that may join them. Call it inside
     * a command to make it undoable in an editor; it may be called once, and only on a plan without errors.
     */
    public void apply() {
        if (hasErrors() || applied) {
            throw new IllegalStateException(applied ? "plan already applied" : "plan has errors");
        }
        applied = true;
        // the changes come table by table, participants first (the Importer plans them so)
        int start = 0;
        while (start < changes.size()) {
            TableKind table = changes.get(start).table();
            int end = start;
            while (end < changes.size() && changes.get(end).table() == table) {
                end++;
            }
            apply(changes.subList(start, end));
            start = end;
        }
    }

    /**
     * The changes of one table: each container's new elements added at once with their ids (one notification, one
     * growth of the list and of the id maps, rather than thousands), then the references of new elements and the
     * changes to existing ones.
     */
    private static void apply(List<Change> changes) {
        // the new elements of each container, with their ids, in arrays of their exact size
        Map<EList<EObject>, int[]> counts = new IdentityHashMap<>();
        for (Change c : changes) {
            if (c.kind() == Kind.ADDED) {
                counts.computeIfAbsent(c.container(), k -> new int[1])[0]++;
            }
        }
        counts.forEach((container, count) -> {
            EObject[] elements = new EObject[count[0]];
            String[] ids = new String[count[0]];
            int n = 0;
            for (Change c : changes) {
                if (c.kind() == Kind.ADDED && c.container() == container) {
                    elements[n] = c.element();
                    ids[n++] = c.id();
                }
            }
            SticResources.addIdentified(container, Arrays.asList(elements), Arrays.asList(ids));
        });
        for (Change c : changes) {
            c.apply();
        }
    }

}
