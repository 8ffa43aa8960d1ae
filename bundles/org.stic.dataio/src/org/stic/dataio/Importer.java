package org.stic.dataio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.InteractionKind;
import org.stic.Participant;
import org.stic.SticPackage;
import org.stic.dataio.Field.TableKind;
import org.stic.dataio.Mapping.Column;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * Plans the import of participants and interactions into a cluster. Participants are matched by id, else (no id, or
 * one the model does not know) by name, compared without case, spaces or «ё»; interactions by id, else by source,
 * target and kind. A matched element gets
 * the values of the row's non-empty cells (an empty cell leaves the value as it is: a registry that lacks a column
 * loses nothing the model knew); an unmatched row adds an element, with the row's id when it has one, so that an
 * exported and edited sheet comes back with its ids. Every row is checked before anything changes; the errors
 * name their file, row and column.
 */
public final class Importer {

    /** Errors listed at most; the rest are counted. */
    static final int MAX_ERRORS = 200;

    private final Language language;
    private final Values values;
    private final Vocabulary vocabulary;

    public Importer(Language language) {
        this.language = language;
        this.values = new Values(language);
        this.vocabulary = Vocabulary.of(language);
    }

    /**
     * Reads {@code file} and plans its import into {@code cluster}; the model is not touched. The whole file is read
     * before any row is planned: planning each CSV row as it was parsed was tried and measured 10-15% slower.
     */
    public ImportPlan plan(Cluster cluster, Path file, ReadOptions options, MappingFile mappingFile)
            throws ImportException {
        return plan(cluster, read(file, options.with(mappingFile)), mappingFile);
    }

    /**
     * The tables of {@code file} an import reads: a CSV file's one, a workbook's sheets of participants and of
     * interactions and those a section of the options' mapping names (or its only sheet, or the sheet the options
     * name).
     */
    public List<Table> read(Path file, ReadOptions options) throws ImportException {
        List<Table> tables = Tables.read(file, options,
                sheet -> Headers.isSheetOf(TableKind.PARTICIPANTS, sheet)
                        || Headers.isSheetOf(TableKind.INTERACTIONS, sheet) || options.mapping().names(sheet),
                language);
        if (tables.isEmpty()) {
            throw new ImportException(Problem.error(Tables.displayName(file), 0, 0,
                    Messages.get(language, "xlsx.noImportableSheet", Messages.get(language, "sheet.participants"),
                            Messages.get(language, "sheet.interactions"))));
        }
        return tables;
    }

    /**
     * How each of {@code tables} would be read with {@code mappingFile}, and what is wrong with that mapping before
     * any row is read: a field given two columns, a field of the other kind of table, a table without the columns it
     * cannot do without (participants a name or an id; interactions both ends, or an id).
     */
    public MappingCheck checkMapping(Cluster cluster, List<Table> tables, MappingFile mappingFile) {
        Run run = new Run(cluster, 0);
        List<Mapping> mappings = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            for (Table table : tables) {
                if (Mapping.kindOf(table, mappingFile) == kind) {
                    Mapping mapping = Mapping.of(table, kind, mappingFile, run.extensionClasses, language, run.errors,
                            new ArrayList<>());
                    run.hasRequiredColumns(table, mapping);
                    mappings.add(mapping);
                }
            }
        }
        Set<String> attributes = new LinkedHashSet<>();
        for (EClass c : run.extensionClasses) {
            for (EAttribute a : c.getEAllAttributes()) {
                if (!SticPackage.Literals.PARTICIPANT.getEAllAttributes().contains(a)) {
                    attributes.add(a.getName());
                }
            }
        }
        return new MappingCheck(mappings, run.errors, List.copyOf(attributes));
    }

    /**
     * {@link #checkMapping}'s answer: the tables' mappings, the problems of the mapping, and the names of the
     * extension attributes a participants' column may set.
     */
    public record MappingCheck(List<Mapping> mappings, List<Problem> problems, List<String> attributes) {
    }

    /** Plans the import of {@code tables} (participants' tables first, whatever their order) into {@code cluster}. */
    public ImportPlan plan(Cluster cluster, List<Table> tables, MappingFile mappingFile) {
        Run run = new Run(cluster, tables.stream().mapToInt(t -> t.rows().size()).sum());
        for (TableKind kind : TableKind.values()) {
            for (Table table : tables) {
                if (Mapping.kindOf(table, mappingFile) == kind) {
                    run.notes.addAll(table.notes());
                    table.rows().forEach(run.start(table, kind, mappingFile));
                }
            }
        }
        run.notes.addAll(mappingFile.unusedSections(tables, language));
        return run.plan();
    }

    /**
     * The state of one planning: indexes of the model and of what the rows add. New elements stay out of the model
     * until the plan is applied, so "new" is "without a container". The indexes by name and by ends are made when a
     * row first needs them, and take in the new elements only when a row may match one: an exported sheet, whose
     * rows all have ids, never needs them.
     */
    private final class Run {
        final Cluster cluster;
        final Map<String, EObject> ids;
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> notes = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final List<Mapping> mappings = new ArrayList<>();
        final Map<TableKind, Boolean> imported = new EnumMap<>(TableKind.class);
        /** Elements of the model a row has named, with the change of the row that did. */
        final Map<EObject, Change> claimed;
        /** New elements by the change of the row that adds them, once a row names one again; and how far it is made. */
        private Map<EObject, Change> added;
        private int addedIndexed;
        /** New elements by the id their row gives. */
        final Map<IdKey, EObject> newIds;
        final Set<EClass> extensionClasses = new LinkedHashSet<>();
        private Map<String, List<Participant>> byName;
        private final List<Participant> newParticipants = new ArrayList<>();
        private int newParticipantsIndexed;
        private Map<List<Object>, List<Interaction>> byEnds;
        /** New interactions with their ends (which they get only when the plan is applied). */
        private final List<Ends> newInteractions = new ArrayList<>();
        private int newInteractionsIndexed;

        /** {@code rows}: how many rows the tables have, to size the maps of what they name once. */
        Run(Cluster cluster, int rows) {
            this.cluster = cluster;
            claimed = new IdentityHashMap<>(Math.min(rows, cluster.getParticipants().size()
                    + cluster.getInteractions().size()));
            newIds = new HashMap<>((int) (rows / 0.75f) + 1);
            Resource resource = cluster.eResource();
            ids = idMap(resource);
            for (Participant p : cluster.getParticipants()) {
                if (p.eClass() != SticPackage.Literals.PARTICIPANT) {
                    extensionClasses.add(p.eClass());
                }
            }
            if (resource != null && resource.getResourceSet() != null) {
                for (Object value : resource.getResourceSet().getPackageRegistry().values()) {
                    if (value instanceof EPackage p) {
                        participantClasses(p, extensionClasses);
                    }
                }
            }
        }

        /**
         * Begins a table of {@code kind}: reads its header into a mapping, and returns what plans each of its rows
         * (nothing, when it lacks the columns it cannot do without: the error says so).
         */
        Consumer<Table.Row> start(Table table, TableKind kind, MappingFile mappingFile) {
            Mapping mapping = Mapping.of(table, kind, mappingFile, extensionClasses, language, errors, notes);
            imported.put(kind, true);
            mappings.add(mapping);
            if (!hasRequiredColumns(table, mapping)) {
                return row -> {
                };
            }
            List<Setter> setters = setters(mapping);
            return kind == TableKind.PARTICIPANTS ? row -> participant(table, mapping, setters, row)
                    : row -> interaction(table, mapping, setters, row);
        }

        /** The plan of the rows planned so far: their changes, the errors (the first {@value #MAX_ERRORS}), notes. */
        ImportPlan plan() {
            List<Problem> listed = errors;
            if (listed.size() > MAX_ERRORS) {
                int more = listed.size() - MAX_ERRORS;
                listed = new ArrayList<>(listed.subList(0, MAX_ERRORS));
                listed.add(Problem.error(listed.get(0).file(), 0, 0, Messages.count(language, "errors.more", more)));
            }
            Map<TableKind, Integer> kept = new EnumMap<>(TableKind.class);
            kept.put(TableKind.PARTICIPANTS, (int) cluster.getParticipants().stream()
                    .filter(p -> !claimed.containsKey(p)).count());
            kept.put(TableKind.INTERACTIONS, (int) cluster.getInteractions().stream()
                    .filter(i -> !claimed.containsKey(i)).count());
            return new ImportPlan(mappings, changes, listed, notes, kept, imported);
        }

        /**
         * Whether the table has the columns it cannot do without (participants a name or an id; interactions both
         * ends, or an id); otherwise an error at its header.
         */
        boolean hasRequiredColumns(Table table, Mapping mapping) {
            if (mapping.kind() == TableKind.PARTICIPANTS) {
                if (mapping.column(Field.ID) == null && mapping.column(Field.NAME) == null) {
                    errors.add(Problem.error(table.source(), table.headerRow(), 0, Messages.get(language,
                            "participants.noNameColumn", Headers.header(TableKind.PARTICIPANTS, Field.NAME,
                                    language))));
                    return false;
                }
                return true;
            }
            boolean ends = (mapping.column(Field.SOURCE) != null || mapping.column(Field.SOURCE_ID) != null)
                    && (mapping.column(Field.TARGET) != null || mapping.column(Field.TARGET_ID) != null);
            if (!ends && mapping.column(Field.ID) == null) {
                errors.add(Problem.error(table.source(), table.headerRow(), 0, Messages.get(language,
                        "interactions.noEndColumns",
                        Headers.header(TableKind.INTERACTIONS, Field.SOURCE, language),
                        Headers.header(TableKind.INTERACTIONS, Field.TARGET, language))));
                return false;
            }
            return true;
        }

        /** The participants with this name: of the model, and those earlier rows add when {@code withNew}. */
        private List<Participant> named(String name, boolean withNew) {
            if (byName == null) {
                byName = new HashMap<>();
                cluster.getParticipants().forEach(this::index);
            }
            if (withNew) {
                while (newParticipantsIndexed < newParticipants.size()) {
                    index(newParticipants.get(newParticipantsIndexed++));
                }
            }
            if (byName.isEmpty()) {
                return List.of();
            }
            List<Participant> named = byName.getOrDefault(Headers.normalise(name), List.of());
            return withNew ? named : named.stream().filter(p -> !isNew(p)).toList();
        }

        private void index(Participant p) {
            if (p.getName() != null && !p.getName().isBlank()) {
                byName.computeIfAbsent(Headers.normalise(p.getName()), k -> new ArrayList<>(1)).add(p);
            }
        }

        /** The interactions between these ends: of the model, and those earlier rows add when {@code withNew}. */
        private List<Interaction> between(Participant source, Participant target, boolean withNew) {
            if (byEnds == null) {
                byEnds = new HashMap<>();
                cluster.getInteractions().forEach(i -> index(i, i.getSource(), i.getTarget()));
            }
            if (withNew) {
                while (newInteractionsIndexed < newInteractions.size()) {
                    Ends e = newInteractions.get(newInteractionsIndexed++);
                    index(e.interaction(), e.source(), e.target());
                }
            }
            return byEnds.isEmpty() ? List.of() : byEnds.getOrDefault(ends(source, target), List.of());
        }

        private void index(Interaction i, Participant source, Participant target) {
            byEnds.computeIfAbsent(ends(source, target), k -> new ArrayList<>(1)).add(i);
        }

        /** Plans one row of participants: an error, or the change it makes. */
        private void participant(Table table, Mapping mapping, List<Setter> setters, Table.Row row) {
            String id = cell(row, mapping, Field.ID);
            String name = cell(row, mapping, Field.NAME);
            EObject element = null;
            if (!id.isEmpty()) {
                element = byId(id);
                if (element != null && !(element instanceof Participant)) {
                    error(table, row, mapping.column(Field.ID), "id.otherType", id, vocabulary.typed(element));
                    return;
                }
            }
            // an id the model does not know (a sheet from another copy of the model) falls back on the name of
            // an element of the model, never on one an earlier row adds with another id
            if (element == null && !name.isEmpty()) {
                List<Participant> named = named(name, id.isEmpty());
                if (named.size() > 1) {
                    error(table, row, mapping.column(Field.NAME), "name.ambiguous", name, named.size());
                    return;
                }
                element = named.isEmpty() ? null : named.get(0);
            } else if (id.isEmpty()) {
                errors.add(Problem.error(table.source(), row.number(), 0, Messages.get(language,
                        "participants.noNameOrId")));
                return;
            }
            EClass type = type(table, row, mapping);
            if (type == null) {
                return;
            }
            Change change;
            if (element == null) {
                if (name.isEmpty()) {
                    error(table, row, mapping.column(Field.ID), "participants.newWithoutName", id);
                    return;
                }
                Participant p = (Participant) EcoreUtil.create(type);
                change = Change.added(TableKind.PARTICIPANTS, p, id.isEmpty() ? null : id,
                        cluster.getParticipants(), table.source(), row.number());
                p.setName(name);
                if (!id.isEmpty()) {
                    newIds.put(new IdKey(id), p);
                }
                element = p;
            } else {
                if (mapping.column(Field.TYPE) != null && !cell(row, mapping, Field.TYPE).isEmpty()
                        && element.eClass() != type) {
                    error(table, row, mapping.column(Field.TYPE), "type.change", vocabulary.label(element),
                            vocabulary.type(element.eClass()));
                    return;
                }
                change = Change.existing(TableKind.PARTICIPANTS, element, table.source(), row.number());
            }
            EObject claimedElement = element;
            if (!claim(table, row, change, () -> vocabulary.typed(claimedElement))) {
                return;
            }
            if (setValues(table, row, setters, change) && change.kind() == Change.Kind.ADDED) {
                newParticipants.add((Participant) element);
            }
            changes.add(change);
        }

        /** Plans one row of interactions: an error, or the change it makes. */
        private void interaction(Table table, Mapping mapping, List<Setter> setters, Table.Row row) {
            int before = errors.size();
            Participant source = end(table, row, mapping, Field.SOURCE_ID, Field.SOURCE);
            Participant target = end(table, row, mapping, Field.TARGET_ID, Field.TARGET);
            InteractionKind kind = null;
            String kindText = cell(row, mapping, Field.INTERACTION_KIND);
            if (!kindText.isEmpty()) {
                try {
                    kind = (InteractionKind) values.literal(SticPackage.Literals.INTERACTION_KIND, kindText);
                } catch (Values.Invalid e) {
                    errors.add(at(table, row, mapping.column(Field.INTERACTION_KIND), e.getMessage()));
                }
            }
            if (errors.size() > before) {
                return;
            }
            String id = cell(row, mapping, Field.ID);
            EObject element = null;
            if (!id.isEmpty()) {
                element = byId(id);
                if (element != null && !(element instanceof Interaction)) {
                    error(table, row, mapping.column(Field.ID), "id.otherType", id, vocabulary.typed(element));
                    return;
                }
            }
            if (element == null && source != null && target != null) {
                element = byEnds(table, row, mapping, source, target, kind, !id.isEmpty());
                if (element == NONE) {
                    return;
                }
            }
            Change change;
            if (element == null) {
                if (source == null || target == null) {
                    errors.add(Problem.error(table.source(), row.number(), 0,
                            Messages.get(language, "interactions.newWithoutEnds")));
                    return;
                }
                Interaction interaction = SticPackage.eINSTANCE.getSticFactory().createInteraction();
                change = Change.added(TableKind.INTERACTIONS, interaction, id.isEmpty() ? null : id,
                        cluster.getInteractions(), table.source(), row.number());
                if (!id.isEmpty()) {
                    newIds.put(new IdKey(id), interaction);
                }
                element = interaction;
            } else {
                change = Change.existing(TableKind.INTERACTIONS, element, table.source(), row.number());
            }
            Interaction claimedElement = (Interaction) element;
            if (!claim(table, row, change, () -> Messages.get(language, "interactions.label",
                    vocabulary.label(source != null ? source : claimedElement.getSource()),
                    vocabulary.label(target != null ? target : claimedElement.getTarget())))) {
                return;
            }
            if (change.kind() == Change.Kind.ADDED) {
                newInteractions.add(new Ends(claimedElement, source, target));
            }
            if (source != null) {
                change.set(SticPackage.Literals.INTERACTION__SOURCE, source);
            }
            if (target != null) {
                change.set(SticPackage.Literals.INTERACTION__TARGET, target);
            }
            if (kind != null) {
                change.set(SticPackage.Literals.INTERACTION__KIND, kind);
            }
            setValues(table, row, setters, change);
            changes.add(change);
        }

        /**
         * The one interaction between the two ends (of the kind, when the row gives one; of the model only, not one
         * an earlier row adds, for a row with an id of its own); NONE after an error.
         */
        private EObject byEnds(Table table, Table.Row row, Mapping mapping, Participant source, Participant target,
                InteractionKind kind, boolean modelOnly) {
            List<Interaction> between = between(source, target, !modelOnly);
            if (between.isEmpty()) {
                return null;
            }
            List<Interaction> candidates = new ArrayList<>(1);
            for (Interaction i : between) {
                if ((kind == null || i.getKind() == kind) && !(modelOnly && isNew(i))) {
                    candidates.add(i);
                }
            }
            if (candidates.size() > 1) {
                Column at = mapping.column(Field.INTERACTION_KIND);
                error(table, row, at != null ? at : mapping.column(Field.SOURCE), "interactions.ambiguous",
                        vocabulary.label(source), vocabulary.label(target), candidates.size());
                return NONE;
            }
            return candidates.isEmpty() ? null : candidates.get(0);
        }

        /** The participant a row names as one end: by id in the id column, else by id or name in the other. */
        private Participant end(Table table, Table.Row row, Mapping mapping, Field idField, Field field) {
            String id = cell(row, mapping, idField);
            if (!id.isEmpty()) {
                EObject e = byId(id);
                if (e instanceof Participant p) {
                    return p;
                }
                error(table, row, mapping.column(idField), "end.noParticipantWithId", id);
                return null;
            }
            String text = cell(row, mapping, field);
            if (text.isEmpty()) {
                return null;
            }
            EObject e = byId(text);
            if (e instanceof Participant p) {
                return p;
            }
            List<Participant> named = named(text, true);
            if (named.size() == 1) {
                return named.get(0);
            }
            error(table, row, mapping.column(field), named.isEmpty() ? "end.unknown" : "name.ambiguous", text,
                    named.size());
            return null;
        }

        /** The class a row's type column names (by name or words), Participant without one; null after an error. */
        private EClass type(Table table, Table.Row row, Mapping mapping) {
            String text = cell(row, mapping, Field.TYPE);
            if (text.isEmpty()) {
                return SticPackage.Literals.PARTICIPANT;
            }
            String t = Headers.normalise(text);
            List<EClass> candidates = new ArrayList<>(extensionClasses);
            candidates.add(0, SticPackage.Literals.PARTICIPANT);
            for (EClass c : candidates) {
                if (c.isAbstract()) {
                    continue;
                }
                if (Headers.normalise(c.getName()).equals(t) || Headers.normalise(Vocabulary.of(Language.EN).type(c))
                        .equals(t) || Headers.normalise(Vocabulary.of(Language.RU).type(c)).equals(t)) {
                    return c;
                }
            }
            error(table, row, mapping.column(Field.TYPE), "type.unknown", text,
                    String.join(", ", candidates.stream().filter(c -> !c.isAbstract()).map(vocabulary::type).toList()));
            return null;
        }

        /**
         * The columns whose cells {@link #setValues} sets, each with its attribute when a field names it (resolved
         * once per table; an extension attribute depends on each row's class).
         */
        private List<Setter> setters(Mapping mapping) {
            List<Setter> setters = new ArrayList<>();
            for (Column column : mapping.columns()) {
                Field field = column.field();
                if (!column.imported() || field == Field.ID || field == Field.TYPE
                        || field == Field.INTERACTION_KIND) {
                    continue;
                }
                if (field == null) {
                    setters.add(new Setter(column, null));
                } else if (field.feature() instanceof EAttribute attribute) {
                    setters.add(new Setter(column, attribute));
                }
            }
            return setters;
        }

        /** Sets the row's non-empty cells; false when a cell could not be read (the errors say which). */
        private boolean setValues(Table table, Table.Row row, List<Setter> setters, Change change) {
            boolean ok = true;
            for (Setter setter : setters) {
                Column column = setter.column();
                String text = row.cell(column.index());
                if (text.isEmpty()) {
                    continue;
                }
                EStructuralFeature feature = setter.attribute() != null ? setter.attribute()
                        : change.element().eClass().getEStructuralFeature(column.attribute());
                if (!(feature instanceof EAttribute attribute) || feature.isDerived() || !feature.isChangeable()) {
                    error(table, row, column, "attribute.missing", vocabulary.typed(change.element()),
                            column.header());
                    ok = false;
                    continue;
                }
                if (attribute == SticPackage.Literals.NAMED_ELEMENT__NAME && change.kind() != Change.Kind.ADDED
                        && Headers.normalise(text).equals(Headers.normalise(String.valueOf(
                                change.element().eGet(attribute))))) {
                    continue; // matched by this name: another spelling of it renames nothing
                }
                try {
                    change.set(attribute, values.parse(attribute, text));
                } catch (Values.Invalid e) {
                    errors.add(at(table, row, column, e.getMessage()));
                    ok = false;
                }
            }
            return ok;
        }

        /** Whether the change's element is named by no earlier row; otherwise an error naming that row. */
        private boolean claim(Table table, Table.Row row, Change change, Supplier<String> label) {
            if (change.kind() == Change.Kind.ADDED) {
                return true; // made by this row: no other has named it
            }
            EObject element = change.element();
            Change earlier = isNew(element) ? addedBy(element) : claimed.putIfAbsent(element, change);
            if (earlier != null) {
                errors.add(Problem.error(table.source(), row.number(), 0, Messages.get(language, "row.duplicate",
                        earlier.origin(), label.get())));
                return false;
            }
            return true;
        }

        /**
         * The change of the earlier row that adds {@code element}: looked up only when a row names a new element
         * again, so the index is made then, rather than one entry per new element for every import.
         */
        private Change addedBy(EObject element) {
            if (added == null) {
                added = new IdentityHashMap<>();
            }
            for (; addedIndexed < changes.size(); addedIndexed++) {
                Change c = changes.get(addedIndexed);
                if (c.kind() == Change.Kind.ADDED) {
                    added.put(c.element(), c);
                }
            }
            return added.get(element);
        }

        /** The element of the model or of an earlier row with this id. */
        private EObject byId(String id) {
            EObject e = ids.isEmpty() ? null : ids.get(id);
            return e != null || newIds.isEmpty() ? e : newIds.get(new IdKey(id));
        }

        private void error(Table table, Table.Row row, Column column, String key, Object... arguments) {
            errors.add(at(table, row, column, Messages.get(language, key, arguments)));
        }

        private Problem at(Table table, Table.Row row, Column column, String text) {
            return Problem.error(table.source(), row.number(), column == null ? 0 : column.index() + 1, text);
        }
    }

    /**
     * An id as a key: {@link String#hashCode()} folds EMF's UUIDs, which differ in a few digits, onto far fewer
     * values than there are ids, and a map of thousands of them turns its bins into trees of string comparisons. The
     * id's characters are mixed with 64-bit multiplications instead; comparable, so that a bin that ids built to
     * collide still crowd stays a tree.
     */
    private record IdKey(String id, int hash) implements Comparable<IdKey> {
        IdKey(String id) {
            this(id, spread(id));
        }

        private static int spread(String id) {
            long h = 0x9E3779B97F4A7C15L;
            for (int i = 0, n = id.length(); i < n; i++) {
                h = (h ^ id.charAt(i)) * 0x100000001B3L;
            }
            h = (h ^ h >>> 32) * 0xD6E8FEB86659FD93L;
            return (int) (h ^ h >>> 32);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IdKey k && k.hash == hash && k.id.equals(id);
        }

        @Override
        public int compareTo(IdKey o) {
            return id.compareTo(o.id);
        }
    }

    /** A new interaction and the ends its row gives it. */
    private record Ends(Interaction interaction, Participant source, Participant target) {
    }

    /** A column whose cells set an attribute: the one its field names, or (null) the extension attribute it names. */
    private record Setter(Column column, EAttribute attribute) {
    }

    /** Whether {@code element} is one the import adds: those stay out of the model till the plan is applied. */
    private static boolean isNew(EObject element) {
        return element.eContainer() == null;
    }

    /** Marks "an error was reported" where an element is returned. */
    private static final EObject NONE = EcoreUtil.create(SticPackage.Literals.PARTICIPANT);

    /**
     * The resource's id map, read directly: {@link Resource#getEObject} falls back on a walk over the whole model for
     * an id it does not know, which every new row's id is (thousands of walks for a registry).
     */
    @SuppressWarnings("deprecation")
    private static Map<String, EObject> idMap(Resource resource) {
        return resource instanceof XMLResource xml && xml.getIDToEObjectMap() != null ? xml.getIDToEObjectMap()
                : Map.of();
    }

    private static List<Object> ends(Participant source, Participant target) {
        return List.of(Objects.requireNonNullElse((Object) source, NONE), Objects.requireNonNullElse((Object) target,
                NONE));
    }

    private static String cell(Table.Row row, Mapping mapping, Field field) {
        Column column = mapping.column(field);
        return column == null ? "" : row.cell(column.index());
    }

    private static void participantClasses(EPackage p, Collection<EClass> into) {
        for (Object o : p.getEClassifiers()) {
            if (o instanceof EClass c && c != SticPackage.Literals.PARTICIPANT
                    && SticPackage.Literals.PARTICIPANT.isSuperTypeOf(c) && !c.isAbstract()) {
                into.add(c);
            }
        }
    }
}
