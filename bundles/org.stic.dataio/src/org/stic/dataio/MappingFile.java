package org.stic.dataio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stic.model.io.AtomicFiles;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;
import org.stic.model.edit.Language;

/**
 * An explicit column mapping ({@code --mapping FILE}): one line per column, {@code header = field}, where field is a
 * field's key ({@code name}, {@code kind}, {@code roles}, {@code sourceId} ...; see {@link Field}), {@code attribute:NAME}
 * for an attribute of an extension metamodel, or {@code -} to leave the column out. UTF-8; '#' starts a comment.
 * Columns the file does not name keep the mapping their header gives.
 */
public final class MappingFile {

    /** Left out: the column is not imported. */
    public static final String SKIP = "-";
    /** Prefix of an extension attribute: {@code attribute:floorArea}. */
    public static final String ATTRIBUTE = "attribute:";

    public static final MappingFile NONE = new MappingFile(Map.of());

    private final Map<String, String> specs;

    private MappingFile(Map<String, String> specs) {
        this.specs = specs;
    }

    /** Mapping from header (as the table writes it) to field key, {@code attribute:NAME} or {@code -}. */
    public static MappingFile of(Map<String, String> byHeader) {
        Map<String, String> specs = new LinkedHashMap<>();
        byHeader.forEach((h, s) -> specs.put(Headers.normalise(h), s.strip()));
        return new MappingFile(specs);
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
        Map<String, String> specs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int eq = line.lastIndexOf('=');
            if (eq < 0) {
                problems.add(Problem.error(name, i + 1, 1, Messages.get(language, "mapping.noEquals")));
                continue;
            }
            String spec = line.substring(eq + 1).strip();
            if (!isKnown(spec)) {
                problems.add(Problem.error(name, i + 1, eq + 2 + (line.substring(eq + 1).length()
                        - line.substring(eq + 1).stripLeading().length()),
                        Messages.get(language, "mapping.unknownField", spec, knownKeys())));
                continue;
            }
            specs.put(Headers.normalise(line.substring(0, eq)), spec);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new MappingFile(specs);
    }

    /**
     * Writes a mapping file that {@link #read} reads back: a comment saying the format in {@code language}, then
     * one line {@code header = spec} per column, in the order given. Written atomically.
     */
    public static void write(Path file, Map<String, String> byHeader, Language language) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String line : Messages.get(language, "mapping.fileComment").split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        byHeader.forEach((header, spec) -> b.append(header.strip()).append(" = ").append(spec.strip()).append('\n'));
        AtomicFiles.writeString(file, b);
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

    /** What the file says of a header: a field key, {@code attribute:NAME}, {@code -}, or null when it says nothing. */
    public String spec(String header) {
        return specs.get(Headers.normalise(header));
    }
}
