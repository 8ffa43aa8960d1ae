package org.stic.model.nls;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one bundle in every language: {@code <base>.properties} (English) and {@code <base>_<code>.properties}
 * beside it, read as UTF-8. Arguments fill {0}, {1} ... as in Eclipse's {@code NLS.bind} (apostrophes are plain
 * text). A key missing in a translation falls back to English (the completeness test fails on it first).
 * <p>
 * It sits in the metamodel bundle, the bottom of the house, so that the model's own load and save messages are
 * translated the same way as every bundle above it (whose {@code MessageBundle} in model.edit builds on it).
 * Why not {@code org.eclipse.osgi.util.NLS}: its message classes hold one language per JVM, while a report can be
 * written in another language than the workbench's, and Equinox 4.34 reads the files as ISO-8859-1.
 */
public final class Texts {

    private final ClassLoader loader;
    private final String base;
    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    /** {@code base} is the resource path without suffix, e.g. "org/stic/model/nls/messages". */
    public Texts(Class<?> owner, String base) {
        this.loader = owner.getClassLoader();
        this.base = base;
    }

    /** The text for {@code key} in the language {@code code} ("en", "ru") with its {0}-style arguments filled in. */
    public String get(String code, String key, Object... arguments) {
        String pattern = texts(code).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in " + base + ".properties");
        }
        return fill(pattern, arguments);
    }

    public boolean has(String key) {
        return texts("en").containsKey(key);
    }

    public Set<String> keys() {
        return texts("en").keySet();
    }

    /** {@code pattern} with {0}, {1} ... replaced by the arguments; other braces and apostrophes stay as they are. */
    public static String fill(String pattern, Object... arguments) {
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

    private Map<String, String> texts(String code) {
        return byLanguage.computeIfAbsent(code, c -> {
            Map<String, String> merged = new HashMap<>(read(base + ".properties"));
            if (!c.equals("en")) {
                merged.putAll(read(base + "_" + c + ".properties"));
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
