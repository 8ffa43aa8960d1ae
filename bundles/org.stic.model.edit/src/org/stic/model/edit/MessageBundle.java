package org.stic.model.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The texts of one bundle in every language: {@code <base>.properties} (English) and {@code <base>_ru.properties}
 * beside it, read as UTF-8. Arguments fill {0}, {1} ... as in Eclipse's {@code NLS.bind} (apostrophes are plain
 * text, numbers are formatted by the caller through {@link Language}). A key missing in Russian falls back to English
 * (the completeness test fails on it first). Counted texts hold their forms separated by '|': English "one|other",
 * Russian "one|few|many" (1 замечание, 2 замечания, 5 замечаний).
 * <p>
 * Why not {@code org.eclipse.osgi.util.NLS}: its message classes hold one language per JVM, while a report can be
 * written in another language than the workbench's, and Equinox 4.34 reads the files as ISO-8859-1, which would
 * force Russian into \\u escapes no translator can read.
 */
public final class MessageBundle {

    private final ClassLoader loader;
    private final String base;
    private final Map<Language, Map<String, String>> texts = Collections.synchronizedMap(new EnumMap<>(Language.class));

    /** {@code base} is the resource path without suffix, e.g. "org/stic/report/messages". */
    public MessageBundle(Class<?> owner, String base) {
        this.loader = owner.getClassLoader();
        this.base = base;
    }

    /** The text for {@code key} in {@code language} with its {0}-style arguments filled in. */
    public String get(Language language, String key, Object... arguments) {
        String pattern = texts(language).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in " + base + ".properties");
        }
        return fill(pattern, arguments);
    }

    /** The form of a counted text for {@code count}; {0} is the count, further arguments follow as {1} .... */
    public String count(Language language, String key, long count, Object... arguments) {
        String[] forms = get(language, key).split("\\|");
        Object[] all = new Object[arguments.length + 1];
        all[0] = language.number(java.math.BigDecimal.valueOf(count));
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return fill(forms[Math.min(forms.length - 1, language.pluralForm(count))], all);
    }

    static String fill(String pattern, Object... arguments) {
        if (arguments.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < arguments.length ? String.valueOf(arguments[index]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public boolean has(String key) {
        return texts(Language.EN).containsKey(key);
    }

    public Set<String> keys() {
        return texts(Language.EN).keySet();
    }

    private Map<String, String> texts(Language language) {
        return texts.computeIfAbsent(language, l -> {
            Map<String, String> merged = new HashMap<>(read(base + ".properties"));
            if (l != Language.EN) {
                merged.putAll(read(base + "_" + l.code() + ".properties"));
            }
            return Collections.unmodifiableMap(merged);
        });
    }

    private Map<String, String> read(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            Map<String, String> map = new HashMap<>();
            if (in != null) {
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
