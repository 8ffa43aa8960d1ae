package org.stic.extensions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;
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
 * <p>
 * Containment, because a settings file may come with a shared project: the files it names stay inside its own folder
 * tree (no absolute paths, no {@code ..} or link leading out) unless the user, not the file, allows more (the command
 * line's {@code --allow-outside-paths}); and the search for a settings file stops at the top of a project tree (a
 * folder with {@code .git}, {@code .hg}, {@code .svn}, an Eclipse {@code .project} or a workspace's {@code .metadata})
 * and never takes one from the home folder, the temporary folder or a file-system root, where it would apply to
 * every model below.
 */
public record ProjectSettings(Path file, List<Path> extensions, List<Path> rules, List<String> problems) {

    public static final String FILE_NAME = "stic-project.json";
    /** The key of the extension metamodels' list. */
    public static final String EXTENSIONS = "extensions";
    /** The key of the rule files' list. */
    public static final String RULES = "rules";

    private static final Pattern GSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    /** What marks the top of a project tree: the search for a settings file goes no higher. */
    private static final List<String> TREE_TOPS = List.of(".git", ".hg", ".svn", ".project", ".metadata");

    /** No settings file: no extensions, no user rules. */
    public static ProjectSettings none() {
        return new ProjectSettings(null, List.of(), List.of(), List.of());
    }

    /**
     * The settings file for a model: in its folder or the nearest parent folder that has one, up to the top of its
     * project tree, never in the home folder, the temporary folder or a file-system root (see the class comment).
     */
    public static Optional<Path> find(Path model) {
        Path dir = model.toAbsolutePath().normalize().getParent();
        Set<Path> shared = sharedFolders();
        for (; dir != null && dir.getParent() != null && !shared.contains(dir); dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (isTreeTop(dir)) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean isTreeTop(Path dir) {
        for (String top : TREE_TOPS) {
            if (Files.exists(dir.resolve(top))) {
                return true;
            }
        }
        return false;
    }

    /** Folders shared by unrelated files, where a settings file would apply to everything below. */
    private static Set<Path> sharedFolders() {
        Set<Path> shared = new HashSet<>();
        for (String property : List.of("user.home", "java.io.tmpdir")) {
            String folder = System.getProperty(property);
            if (folder != null && !folder.isEmpty()) {
                Path p = Path.of(folder).toAbsolutePath().normalize();
                shared.add(p);
                try {
                    shared.add(p.toRealPath());
                } catch (IOException e) {
                    // not there: nothing below it either
                }
            }
        }
        return shared;
    }

    /** The settings that apply to a model (none when no settings file is found). */
    public static ProjectSettings forModel(Path model) {
        return find(model).map(ProjectSettings::read).orElse(none());
    }

    /** Reads a settings file, its paths kept inside its folder tree; never throws (see {@link #problems()}). */
    public static ProjectSettings read(Path file) {
        return read(file, false);
    }

    /**
     * Reads a settings file; never throws: what cannot be read is in {@link #problems()}. With
     * {@code allowOutside} (the user's choice, never the file's) its paths may lead out of its folder tree.
     */
    public static ProjectSettings read(Path file, boolean allowOutside) {
        List<String> problems = new ArrayList<>();
        List<Path> extensions = new ArrayList<>();
        List<Path> rules = new ArrayList<>();
        String text;
        try {
            text = TextFiles.readUtf8(file, TextFiles.SETTINGS_LIMIT, Messages.get("settings.kind"));
        } catch (TextFileException e) {
            problems.add(e.getMessage());
            return new ProjectSettings(file, extensions, rules, problems);
        } catch (IOException e) {
            problems.add(file + ":0:0: " + Messages.get("settings.unreadable", e.getMessage()));
            return new ProjectSettings(file, extensions, rules, problems);
        }
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseReader(new StringReader(text));
            if (!parsed.isJsonObject()) {
                problems.add(file + ":1:1: " + Messages.get("settings.notObject"));
                return new ProjectSettings(file, extensions, rules, problems);
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            Matcher m = GSON_POSITION.matcher(String.valueOf(e.getMessage()));
            String at = m.find() ? m.group(1) + ":" + m.group(2) : "0:0";
            problems.add(file + ":" + at + ": " + Messages.get("settings.notJson", rootCause(e)));
            return new ProjectSettings(file, extensions, rules, problems);
        }
        Path base = file.toAbsolutePath().getParent();
        for (String key : root.keySet()) {
            List<Path> target = key.equals("extensions") ? extensions : key.equals("rules") ? rules : null;
            if (target == null) {
                problems.add(file + ":" + position(text, "\"" + key + "\"") + ": " + Messages.get("settings.unknownKey", key));
                continue;
            }
            JsonElement list = root.get(key);
            if (!list.isJsonArray()) {
                problems.add(file + ":" + position(text, "\"" + key + "\"") + ": " + Messages.get("settings.notList", key));
                continue;
            }
            for (JsonElement e : list.getAsJsonArray()) {
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                    problems.add(file + ":" + position(text, "\"" + key + "\"") + ": "
                            + Messages.get("settings.notPaths", key));
                    continue;
                }
                Path p = base.resolve(portable(e.getAsString())).normalize();
                if (!allowOutside && !inside(base, p)) {
                    problems.add(file + ":" + position(text, e.toString()) + ": "
                            + Messages.get("settings.outside", e.getAsString(), base));
                    continue;
                }
                if (!Files.isRegularFile(p)) {
                    problems.add(file + ":" + position(text, e.toString()) + ": " + Messages.get("settings.missing", p));
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

    /** True when {@code path} is in {@code base} or below, also once links are followed. */
    private static boolean inside(Path base, Path path) {
        if (!path.startsWith(base)) {
            return false;
        }
        try {
            return !Files.exists(path) || path.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Names {@code file} in the settings file under {@code key} ({@value #EXTENSIONS} or {@value #RULES}), by its
     * path relative to the settings file's folder; creates the settings file if there is none. The other keys and
     * entries are kept in their order; a file already named leaves the settings file untouched, byte for byte. The
     * file is written atomically; a settings file that cannot be read as a JSON object is refused, not overwritten.
     *
     * @return whether the settings file was written
     */
    public static boolean register(Path settingsFile, String key, Path file) throws IOException {
        if (!EXTENSIONS.equals(key) && !RULES.equals(key)) {
            throw new IllegalArgumentException(key);
        }
        Path base = settingsFile.toAbsolutePath().normalize().getParent();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            throw new IOException(settingsFile + ":1:1: " + Messages.get("settings.outside", file, base));
        }
        String relative = base.relativize(target).toString().replace('\\', '/');
        JsonObject root = new JsonObject();
        if (Files.exists(settingsFile)) {
            String text = TextFiles.readUtf8(settingsFile, TextFiles.SETTINGS_LIMIT, Messages.get("settings.kind"));
            ProjectSettings read = read(settingsFile);
            JsonElement parsed;
            try {
                parsed = JsonParser.parseString(text);
            } catch (JsonParseException e) {
                throw new IOException(read.problems().isEmpty() ? settingsFile + ":0:0: "
                        + Messages.get("settings.notJson", rootCause(e)) : read.problems().get(0), e);
            }
            if (!parsed.isJsonObject()) {
                throw new IOException(settingsFile + ":1:1: " + Messages.get("settings.notObject"));
            }
            root = parsed.getAsJsonObject();
        }
        JsonElement entries = root.get(key);
        if (entries != null && !entries.isJsonArray()) {
            throw new IOException(settingsFile + ":1:1: " + Messages.get("settings.notList", key));
        }
        JsonArray list = entries == null ? new JsonArray() : entries.getAsJsonArray();
        for (JsonElement e : list) {
            if (e.isJsonPrimitive() && base.resolve(portable(e.getAsString())).normalize().equals(target)) {
                return false;
            }
        }
        list.add(relative);
        root.add(key, list);
        AtomicFiles.writeString(settingsFile, format(root));
        return true;
    }

    /** The settings as the examples write them: one key a line, each list on its key's line. */
    private static String format(JsonObject root) {
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        StringBuilder b = new StringBuilder("{\n");
        int n = 0;
        for (Map.Entry<String, JsonElement> e : root.entrySet()) {
            b.append("  ").append(gson.toJson(e.getKey())).append(": ");
            if (e.getValue() instanceof JsonArray list) {
                List<String> items = new ArrayList<>();
                list.forEach(item -> items.add(gson.toJson(item)));
                b.append('[').append(String.join(", ", items)).append(']');
            } else {
                b.append(gson.toJson(e.getValue()));
            }
            b.append(++n < root.size() ? ",\n" : "\n");
        }
        return b.append("}\n").toString();
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
            problems.add(file + ":0:0: " + Messages.get("settings.noFile"));
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
