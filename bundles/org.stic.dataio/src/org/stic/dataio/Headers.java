package org.stic.dataio;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stic.dataio.Field.TableKind;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * The header names a column is recognised by, in either language: the field's key, the vocabulary's name of its
 * feature in English and Russian, and the synonyms of {@code messages.properties} (a registry says «Организация»
 * where the model says «Наименование»). Headers compare without case, spaces or «ё».
 */
public final class Headers {

    private final Map<TableKind, Map<String, Field>> byHeader = new HashMap<>();

    private static Headers instance;

    public static synchronized Headers get() {
        if (instance == null) {
            instance = new Headers();
        }
        return instance;
    }

    private Headers() {
        for (TableKind kind : TableKind.values()) {
            Map<String, Field> map = new HashMap<>();
            for (Field field : kind.fields()) {
                map.put(normalise(field.key()), field);
                for (Language language : Language.values()) {
                    for (String alias : Messages.get(language, "header." + kindKey(kind) + "." + field.key())
                            .split("\\|")) {
                        map.putIfAbsent(normalise(alias), field);
                    }
                    if (field.feature() != null && field != Field.SOURCE_ID && field != Field.TARGET_ID) {
                        map.putIfAbsent(normalise(Vocabulary.of(language).feature(field.feature())), field);
                    }
                }
            }
            byHeader.put(kind, map);
        }
    }

    /** The field a header names in a table of {@code kind}, or null. */
    public Field field(TableKind kind, String header) {
        return byHeader.get(kind).get(normalise(header));
    }

    /** The header the export writes for {@code field}: the first synonym in {@code language}. */
    public static String header(TableKind kind, Field field, Language language) {
        return Messages.get(language, "header." + kindKey(kind) + "." + field.key()).split("\\|")[0];
    }

    /** Whether a sheet named {@code name} holds a table of {@code kind}: its plural in either language, or its key. */
    public static boolean isSheetOf(TableKind kind, String name) {
        String n = normalise(name);
        if (n.equals(kindKey(kind))) {
            return true;
        }
        for (Language language : Language.values()) {
            if (n.equals(normalise(Vocabulary.of(language).types(kind.eClass())))
                    || n.equals(normalise(Messages.get(language, "sheet." + kindKey(kind))))) {
                return true;
            }
        }
        return false;
    }

    static String kindKey(TableKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Lower case, «ё» as «е», runs of spaces as one, without surrounding spaces and a trailing ':' or '*'. */
    public static String normalise(String text) {
        // one pass without regular expressions: every cell of an import goes through here
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            c = Character.toLowerCase(c);
            b.append(c == 'ё' ? 'е' : c);
        }
        int end = b.length();
        while (end > 0 && (b.charAt(end - 1) == ':' || b.charAt(end - 1) == '*' || b.charAt(end - 1) == ' ')) {
            end--;
        }
        return b.substring(0, end);
    }

    /** The synonyms of a field in one language, for the mapping page and the help. */
    public static List<String> synonyms(TableKind kind, Field field, Language language) {
        return List.of(Messages.get(language, "header." + kindKey(kind) + "." + field.key()).split("\\|"));
    }
}
