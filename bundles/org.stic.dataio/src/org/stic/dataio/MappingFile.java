package org.stic.dataio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;

/**
 * An explicit column mapping ({@code --mapping FILE}, the import wizard's Save Mapping). UTF-8; '#' starts a comment.
 * One line per column, {@code column = field}, where the column is
 * <ul>
 * <li>its header as the table writes it ({@code Организация = name}); {@code "..."} quotes a header that would
 * otherwise read as one of the forms below;</li>
 * <li>{@code column C} by its letter or {@code column 3} by its position from 1, for a column without a header or
 * with the header of another column;</li>
 * </ul>
 * and the field is a field's key ({@code name}, {@code kind}, {@code roles}, {@code sourceId} ...; see
 * {@link Field}), {@code attribute:NAME} for an attribute of an extension metamodel, or {@code -} to leave the column
 * out. {@code headers = none} says the table has no header row (its first row is data). Lines before any
 * {@code [name]} section apply to every table; those after it to the sheet of a workbook (or the CSV file) of that
 * name only, and win over the former. A column named by position wins over its header in the same section. Columns
 * the file does not name keep the mapping their header gives. A file of the first form only (the format before
 * sections and positions) reads as it always did.
 */
public final class MappingFile {

    /** Left out: the column is not imported. */
    public static final String SKIP = "-";
    /** Prefix of an extension attribute: {@code attribute:floorArea}. */
    public static final String ATTRIBUTE = "attribute:";

    private static final String COLUMN = "column ";
    private static final String HEADERS = "headers";
    private static final String NO_HEADER = "none";
    /** Columns a spreadsheet has at most (XFD). */
    private static final int MAX_COLUMNS = 16_384;

    public static final MappingFile NONE = new Builder().build();

    /** Where a line applies: {@code table} null for every table; a column by (normalised) header or by index. */
    private record Key(String table, String header, int index) {
    }

    /** What the file says of a column, and the line that says it. */
    private record Spec(String spec, int line) {
    }

    /** A section: its line (0 when made in code), whether its tables have no header row. */
    private record Section(int line, boolean headerless) {
    }

    /** The file as messages name it; null for a mapping made in code. */
    private final String source;
    private final Map<Key, Spec> specs;
    /** The sections by normalised table name (null: the lines for every table). */
    private final Map<String, Section> sections;
    /** Table names and headers as the user wrote them, for {@link #write}. */
    private final Map<String, String> names;
    private final Map<Key, String> headers;

    private MappingFile(Builder b) {
        this.source = b.source;
        this.specs = new LinkedHashMap<>(b.specs);
        this.sections = new LinkedHashMap<>(b.sections);
        this.names = Map.copyOf(b.names);
        this.headers = Map.copyOf(b.headers);
    }

    public static MappingFile read(Path file, Language language) throws ImportException {
        String name = Tables.displayName(file);
        String text;
        try {
            text = TextFiles.readUtf8(file, TextFiles.SETTINGS_LIMIT, Messages.get(language, "mapping.what"));
        } catch (TextFileException e) {
            String prefix = e.file() + ":" + e.line() + ":" + e.column() + ": ";
            String m = e.getMessage();
            throw new ImportException(Problem.error(name, e.line(), e.column(),
                    m.startsWith(prefix) ? m.substring(prefix.length()) : m));
        } catch (IOException e) {
            throw Tables.unreadable(file, e, language);
        }
        return parse(name, text, language);
    }

    /** Reads the text of a mapping file that messages call {@code name}; every bad line is a problem at its place. */
    static MappingFile parse(String name, String text, Language language) throws ImportException {
        Builder b = new Builder();
        b.source = name;
        List<Problem> problems = new ArrayList<>();
        String section = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            String content = line.strip();
            int indent = line.indexOf(content.isEmpty() ? " " : content) + 1;
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (content.startsWith("[")) {
                if (!content.endsWith("]") || content.length() < 3) {
                    problems.add(Problem.error(name, number, indent, Messages.get(language, "mapping.badSection")));
                    continue;
                }
                section = Headers.normalise(content.substring(1, content.length() - 1));
                Section earlier = b.sections.get(section);
                if (earlier != null) {
                    problems.add(Problem.error(name, number, indent,
                            Messages.get(language, "mapping.sectionTwice", earlier.line())));
                }
                b.sections.put(section, new Section(number, false));
                b.names.putIfAbsent(section, content.substring(1, content.length() - 1).strip());
                continue;
            }
            int eq = line.lastIndexOf('=');
            if (eq < 0) {
                problems.add(Problem.error(name, number, indent, Messages.get(language, "mapping.noEquals")));
                continue;
            }
            String left = line.substring(0, eq).strip();
            String spec = line.substring(eq + 1).strip();
            int specColumn = eq + 2 + (line.substring(eq + 1).length() - line.substring(eq + 1).stripLeading().length());
            Key key;
            if (left.length() >= 2 && left.startsWith("\"") && left.endsWith("\"")) {
                key = new Key(section, Headers.normalise(left.substring(1, left.length() - 1)), -1);
            } else if (left.toLowerCase(Locale.ROOT).equals(HEADERS)) {
                if (!spec.equalsIgnoreCase(NO_HEADER)) {
                    problems.add(Problem.error(name, number, specColumn,
                            Messages.get(language, "mapping.badHeaderRow", spec)));
                } else {
                    b.sections.merge(section, new Section(number, true),
                            (old, now) -> new Section(old.line(), true));
                }
                continue;
            } else if (left.toLowerCase(Locale.ROOT).startsWith(COLUMN)) {
                String position = left.substring(COLUMN.length()).strip();
                int index = index(position);
                if (index < 0) {
                    problems.add(Problem.error(name, number, indent + COLUMN.length(),
                            Messages.get(language, "mapping.badColumn", position)));
                    continue;
                }
                key = new Key(section, null, index);
            } else if (left.isEmpty()) {
                problems.add(Problem.error(name, number, indent, Messages.get(language, "mapping.noEquals")));
                continue;
            } else {
                key = new Key(section, Headers.normalise(left), -1);
            }
            if (!isKnown(spec)) {
                problems.add(Problem.error(name, number, specColumn,
                        Messages.get(language, "mapping.unknownField", spec, knownKeys())));
                continue;
            }
            if (key.header() != null) {
                b.headers.putIfAbsent(key, left);
            }
            Spec earlier = b.specs.putIfAbsent(key, new Spec(spec, number));
            if (earlier != null) {
                problems.add(Problem.error(name, number, indent,
                        Messages.get(language, "mapping.sameColumn", earlier.line())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return b.build();
    }

    /** A column's index (0-based) from its letter ({@code A}, {@code AB}) or its position from 1; -1 if neither. */
    static int index(String position) {
        if (position.isEmpty() || position.length() > 7) {
            return -1;
        }
        if (position.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(position);
            return n >= 1 && n <= MAX_COLUMNS ? n - 1 : -1;
        }
        int n = 0;
        for (char c : position.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n <= MAX_COLUMNS ? n - 1 : -1;
    }

    /** The letter of column {@code index} (0-based): A, B, ..., Z, AA .... */
    public static String letter(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    private static boolean isKnown(String spec) {
        if (spec.equals(SKIP) || spec.startsWith(ATTRIBUTE) && spec.length() > ATTRIBUTE.length()) {
            return true;
        }
        for (Field.TableKind kind : Field.TableKind.values()) {
            if (kind.field(spec) != null) {
                return true;
            }
        }
        return false;
    }

    private static String knownKeys() {
        List<String> keys = new ArrayList<>();
        for (Field f : Field.values()) {
            if (!keys.contains(f.key())) {
                keys.add(f.key());
            }
        }
        keys.add(ATTRIBUTE + "…");
        keys.add(SKIP);
        return String.join(", ", keys);
    }

    /** The name a section gives {@code table}: its sheet's name, or a CSV file's name. */
    public static String nameOf(Table table) {
        if (table.sheet() != null) {
            return table.sheet();
        }
        String s = table.source();
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }

    /**
     * What the file says of column {@code index} (0-based) of the table named {@code table} whose header there is
     * {@code header} (null or empty when it has none): a field key, {@code attribute:NAME}, {@code -}, or null when
     * it says nothing.
     */
    public String spec(String table, int index, String header) {
        String t = table == null ? null : Headers.normalise(table);
        String h = header == null || header.isBlank() ? null : Headers.normalise(header);
        for (String scope : t == null ? new String[] {null} : new String[] {t, null}) {
            Spec s = specs.get(new Key(scope, null, index));
            if (s == null && h != null) {
                s = specs.get(new Key(scope, h, -1));
            }
            if (s != null) {
                return s.spec();
            }
        }
        return null;
    }

    /** What the lines for every table say of the column headed {@code header}, or null. */
    public String spec(String header) {
        return spec(null, -1, header);
    }

    /** {@link #spec(String, int, String)} of a column of {@code table}. */
    public String spec(Table table, int index) {
        String header = index < table.header().size() ? table.header().get(index) : null;
        return spec(nameOf(table), index, header);
    }

    /** Whether the table (sheet, or CSV file) named {@code table} has no header row: its first row is data. */
    public boolean headerless(String table) {
        Section s = table == null ? null : sections.get(Headers.normalise(table));
        Section all = sections.get(null);
        return s != null && s.headerless() || all != null && all.headerless();
    }

    /** Whether a section names the sheet {@code name}: then it is read although its name is no catalogue's. */
    public boolean names(String name) {
        return sections.containsKey(Headers.normalise(name));
    }

    /** The sections' names (normalised) with their lines, for a check that each names a table of the file. */
    public Map<String, Integer> sectionLines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        sections.forEach((n, s) -> {
            if (n != null) {
                lines.put(n, s.line());
            }
        });
        return lines;
    }

    /** A note for each section that names none of {@code tables}: its lines are not used (a misspelt sheet name?). */
    public List<Problem> unusedSections(List<Table> tables, Language language) {
        List<Problem> notes = new ArrayList<>();
        List<String> present = tables.stream().map(t -> Headers.normalise(nameOf(t))).toList();
        sections.forEach((n, s) -> {
            if (n != null && !present.contains(n)) {
                notes.add(Problem.note(source == null ? "" : source, s.line(), 1,
                        Messages.get(language, "mapping.unusedSection", names.getOrDefault(n, n),
                                tables.stream().map(MappingFile::nameOf).distinct().collect(
                                        Collectors.joining(", ")))));
            }
        });
        return notes;
    }

    /**
     * Writes a mapping file that {@link #read} reads back: a comment saying the format in {@code language}, then
     * the lines for every table, then a section per table. Written atomically.
     */
    public void write(Path file, Language language) throws IOException {
        AtomicFiles.writeString(file, text(language));
    }

    /** The text {@link #write} writes. */
    String text(Language language) {
        StringBuilder b = new StringBuilder();
        for (String line : Messages.get(language, "mapping.fileComment").split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        for (Map.Entry<String, Section> section : sections.entrySet()) {
            if (section.getKey() != null) {
                b.append('\n').append('[').append(names.get(section.getKey())).append("]\n");
            }
            if (section.getValue().headerless()) {
                b.append(HEADERS).append(" = ").append(NO_HEADER).append('\n');
            }
            specs.forEach((key, spec) -> {
                if (Objects.equals(key.table(), section.getKey())) {
                    String column = key.header() == null ? COLUMN + letter(key.index())
                            : headers.getOrDefault(key, key.header());
                    b.append(column).append(" = ").append(spec.spec()).append('\n');
                }
            });
        }
        return b.toString();
    }

    /** Makes a mapping in code (the wizard's choices), in the order {@link #write} keeps. */
    public static final class Builder {

        private final Map<Key, Spec> specs = new LinkedHashMap<>();
        private final Map<String, Section> sections = new LinkedHashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<Key, String> headers = new HashMap<>();
        private String source;

        public Builder() {
            sections.put(null, new Section(0, false));
        }

        /** A section for {@code table} (nothing for null), so that its sheet is read even without lines of its own. */
        public Builder section(String table) {
            if (table != null) {
                String n = Headers.normalise(table);
                sections.putIfAbsent(n, new Section(0, false));
                names.putIfAbsent(n, table.strip());
            }
            return this;
        }

        /** The column of {@code table} (null: every table) with {@code header} is imported as {@code spec}. */
        public Builder header(String table, String header, String spec) {
            section(table);
            Key key = new Key(table == null ? null : Headers.normalise(table), Headers.normalise(header), -1);
            specs.put(key, new Spec(spec.strip(), 0));
            String written = header.strip();
            headers.put(key, written.startsWith("\"") || written.startsWith("[") || written.startsWith("#")
                    || written.toLowerCase(Locale.ROOT).startsWith(COLUMN)
                    || written.equalsIgnoreCase(HEADERS) ? '"' + written + '"' : written);
            return this;
        }

        /** Column {@code index} (0-based) of {@code table} (null: every table) is imported as {@code spec}. */
        public Builder column(String table, int index, String spec) {
            section(table);
            specs.put(new Key(table == null ? null : Headers.normalise(table), null, index), new Spec(spec.strip(), 0));
            return this;
        }

        /** {@code table} (null: every table) has no header row. */
        public Builder headerless(String table) {
            section(table);
            sections.compute(table == null ? null : Headers.normalise(table),
                    (k, s) -> new Section(s == null ? 0 : s.line(), true));
            return this;
        }

        public MappingFile build() {
            return new MappingFile(this);
        }
    }
}
