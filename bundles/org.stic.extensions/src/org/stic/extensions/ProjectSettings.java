package org.stic.extensions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.stic.validation.RuleCatalogue;

/**
 * The project settings file, {@value #FILE_NAME}, found in a model's folder or the nearest parent folder that has
 * one. It names the extension metamodels and the rule files of the models below it, relative to its own folder:
 * <pre>
 * {
 *   "extensions": ["metamodel/technopark.ecore"],
 *   "rules": ["rules/methodology.ocl"]
 * }
 * </pre>
 * Both keys are optional. Problems (bad JSON, unknown keys, files that do not exist) are reported as
 * {@code file:line:column: ...} in {@link #problems()} and never stop the model from being validated.
 */
public record ProjectSettings(Path file, List<Path> extensions, List<Path> rules, List<String> problems) {

    public static final String FILE_NAME = "stic-project.json";

    private static final Pattern GSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    /** No settings file: no extensions, no user rules. */
    public static ProjectSettings none() {
        return new ProjectSettings(null, List.of(), List.of(), List.of());
    }

    /** The settings file for a model: in its folder or the nearest parent folder that has one. */
    public static Optional<Path> find(Path model) {
        Path dir = model.toAbsolutePath().normalize().getParent();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The settings that apply to a model (none when no settings file is found). */
    public static ProjectSettings forModel(Path model) {
        return find(model).map(ProjectSettings::read).orElse(none());
    }

    /** Reads a settings file; never throws: what cannot be read is in {@link #problems()}. */
    public static ProjectSettings read(Path file) {
        List<String> problems = new ArrayList<>();
        List<Path> extensions = new ArrayList<>();
        List<Path> rules = new ArrayList<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file + ":0:0: cannot read the project settings (" + e.getMessage() + ")");
            return new ProjectSettings(file, extensions, rules, problems);
        }
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseReader(new StringReader(text));
            if (!parsed.isJsonObject()) {
                problems.add(file + ":1:1: expected an object {\"extensions\": [...], \"rules\": [...]}");
                return new ProjectSettings(file, extensions, rules, problems);
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            Matcher m = GSON_POSITION.matcher(String.valueOf(e.getMessage()));
            String at = m.find() ? m.group(1) + ":" + m.group(2) : "0:0";
            problems.add(file + ":" + at + ": not valid JSON (" + rootCause(e) + ")");
            return new ProjectSettings(file, extensions, rules, problems);
        }
        Path base = file.toAbsolutePath().getParent();
        for (String key : root.keySet()) {
            List<Path> target = key.equals("extensions") ? extensions : key.equals("rules") ? rules : null;
            if (target == null) {
                problems.add(file + ":" + position(text, "\"" + key + "\"") + ": unknown key '" + key
                        + "' (the keys are \"extensions\" and \"rules\")");
                continue;
            }
            JsonElement list = root.get(key);
            if (!list.isJsonArray()) {
                problems.add(file + ":" + position(text, "\"" + key + "\"") + ": \"" + key
                        + "\" must be a list of file paths");
                continue;
            }
            for (JsonElement e : list.getAsJsonArray()) {
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                    problems.add(file + ":" + position(text, "\"" + key + "\"") + ": \"" + key
                            + "\" must hold only file paths (strings)");
                    continue;
                }
                Path p = base.resolve(portable(e.getAsString())).normalize();
                if (!Files.isRegularFile(p)) {
                    problems.add(file + ":" + position(text, e.toString()) + ": " + p
                            + " does not exist");
                    continue;
                }
                target.add(p);
            }
        }
        return new ProjectSettings(file, List.copyOf(extensions), List.copyOf(rules), List.copyOf(problems));
    }

    /**
     * A path as written in the settings, with the folder separator of every system: project folders travel between
     * Windows, where "metamodel\\x.ecore" is natural, and Linux and macOS, where '\\' would be part of a file name.
     */
    private static String portable(String path) {
        return path.replace('\\', '/');
    }

    /** Settings with more files for one call (e.g. the command line's --extension and --rules). */
    public ProjectSettings plus(List<Path> moreExtensions, List<Path> moreRules) {
        List<Path> e = new ArrayList<>(extensions);
        List<Path> r = new ArrayList<>(rules);
        List<String> p = new ArrayList<>(problems);
        for (Path x : moreExtensions) {
            addExisting(x, e, p);
        }
        for (Path x : moreRules) {
            addExisting(x, r, p);
        }
        return new ProjectSettings(file, List.copyOf(e), List.copyOf(r), List.copyOf(p));
    }

    private static void addExisting(Path file, List<Path> to, List<String> problems) {
        Path p = file.normalize();
        if (!Files.isRegularFile(p)) {
            problems.add(file + ":0:0: the file does not exist");
        } else if (to.stream().noneMatch(q -> q.toAbsolutePath().equals(p.toAbsolutePath()))) {
            to.add(p);
        }
    }

    /** Every file these settings depend on (to watch for changes): the settings file, extensions, rules. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>();
        if (file != null) {
            all.add(file);
        }
        all.addAll(extensions);
        all.addAll(rules);
        return all;
    }

    /** Line:column of the first occurrence of {@code token} in the text (JSON trees keep no positions). */
    private static String position(String text, String token) {
        int[] lc = RuleCatalogue.lineColumn(text, text.indexOf(token));
        return lc[0] + ":" + lc[1];
    }

    private static String rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
