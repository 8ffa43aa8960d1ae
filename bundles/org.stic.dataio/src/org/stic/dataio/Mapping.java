package org.stic.dataio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.stic.dataio.Field.TableKind;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * Which column of a table goes into which field: from the header (either language), overridden by a
 * {@link MappingFile}. A header that names no field but an attribute of an extension's participant class (by its
 * name or its words) sets that attribute; any other column is left out, with a note.
 */
public final class Mapping {

    /** One column and what it sets: a field, or an extension attribute by name, or nothing ({@code field} and
     * {@code attribute} both null). {@code header} is empty for a column without one. */
    public record Column(int index, String header, Field field, String attribute) {

        public boolean imported() {
            return field != null || attribute != null;
        }

        /** The column's letter (A, B, ... AA) as a spreadsheet shows it. */
        public String letter() {
            return MappingFile.letter(index);
        }

        /** Its header, or its letter when it has none: how messages name it. */
        public String name() {
            return header.isEmpty() ? letter() : header;
        }
    }

    private final String source;
    private final TableKind kind;
    private final List<Column> columns;
    private final Map<Field, Column> byField;

    private Mapping(String source, TableKind kind, List<Column> columns, Map<Field, Column> byField) {
        this.source = source;
        this.kind = kind;
        this.columns = columns;
        this.byField = byField;
    }

    /** The table mapped, as messages name it. */
    public String source() {
        return source;
    }

    public TableKind kind() {
        return kind;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The column mapped to {@code field}, or null. */
    public Column column(Field field) {
        return byField.get(field);
    }

    /**
     * Maps {@code table}'s header as a table of {@code kind}. {@code extensionClasses} are the classes whose
     * attributes an unknown header may name. Problems (two columns for one field) and notes (columns left out) are
     * added to the lists.
     */
    static Mapping of(Table table, TableKind kind, MappingFile file, Collection<EClass> extensionClasses,
            Language language, List<Problem> problems, List<Problem> notes) {
        List<Column> columns = new ArrayList<>();
        Map<Field, Column> byField = new EnumMap<>(Field.class);
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            String spec = file.spec(table, i);
            if (h.isEmpty() && spec == null) {
                columns.add(new Column(i, h, null, null));
                continue;
            }
            Field field = null;
            String attribute = null;
            if (spec != null) {
                if (spec.startsWith(MappingFile.ATTRIBUTE)) {
                    attribute = spec.substring(MappingFile.ATTRIBUTE.length()).strip();
                } else if (!spec.equals(MappingFile.SKIP)) {
                    field = kind.field(spec);
                    if (field == null) {
                        problems.add(Problem.error(table.source(), table.headerRow(), i + 1,
                                Messages.get(language, "mapping.notOfTable", spec, column(i, h), Vocabulary.of(language)
                                        .types(kind.eClass()))));
                    }
                }
            } else {
                field = Headers.get().field(kind, h);
                if (field == null) {
                    attribute = extensionAttribute(h, extensionClasses);
                }
            }
            Column column = new Column(i, h, field, attribute);
            columns.add(column);
            if (field != null) {
                Column earlier = byField.putIfAbsent(field, column);
                if (earlier != null) {
                    problems.add(Problem.error(table.source(), table.headerRow(), i + 1,
                            Messages.get(language, "mapping.twice", column.name(), earlier.name())));
                }
            } else if (attribute == null && spec == null) {
                notes.add(Problem.note(table.source(), table.headerRow(), i + 1,
                        Messages.get(language, "mapping.leftOut", h)));
            }
        }
        return new Mapping(table.source(), kind, columns, byField);
    }

    private static String column(int index, String header) {
        return header.isEmpty() ? MappingFile.letter(index) : header;
    }

    /** The name of the extension attribute {@code header} names (by name or words, either language), or null. */
    private static String extensionAttribute(String header, Collection<EClass> classes) {
        String h = Headers.normalise(header);
        for (EClass c : classes) {
            for (EAttribute a : c.getEAttributes()) {
                if (Headers.normalise(a.getName()).equals(h)) {
                    return a.getName();
                }
                for (Language l : Language.values()) {
                    if (Headers.normalise(Vocabulary.of(l).feature(a)).equals(h)) {
                        return a.getName();
                    }
                }
            }
        }
        return null;
    }

    /** The kind of table {@code table} is: by its sheet's name, else interactions when it has both ends' columns. */
    static TableKind kindOf(Table table, MappingFile file) {
        for (TableKind kind : TableKind.values()) {
            if (table.sheet() != null && Headers.isSheetOf(kind, table.sheet())) {
                return kind;
            }
        }
        boolean source = false;
        boolean target = false;
        for (int i = 0; i < table.header().size(); i++) {
            String h = table.header().get(i);
            String spec = file.spec(table, i);
            if (spec == null && (h == null || h.isBlank())) {
                continue;
            }
            Field f = spec != null ? TableKind.INTERACTIONS.field(spec) : Headers.get().field(TableKind.INTERACTIONS, h);
            source |= f == Field.SOURCE || f == Field.SOURCE_ID;
            target |= f == Field.TARGET || f == Field.TARGET_ID;
        }
        return source && target ? TableKind.INTERACTIONS : TableKind.PARTICIPANTS;
    }
}
