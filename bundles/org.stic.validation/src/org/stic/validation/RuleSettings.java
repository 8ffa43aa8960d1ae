package org.stic.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.stic.model.io.AtomicFiles;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;

/**
 * Which rules run and at what severity: per rule id, {@code off}, {@code on} (default severity) or a severity
 * ({@code error}, {@code warning}, {@code info}). Settings are layered: a model's settings (the file
 * {@code <model>.rules} beside it, see {@link #fileFor}) override the workspace's, which override the catalogue's
 * defaults.
 * <p>
 * File format, one rule a line, {@code #} starts a comment:
 * <pre>
 * # Kaluga: resources are listed without providers for now
 * INT-005 = off
 * NET-003 = info
 * </pre>
 * Lines that cannot be read and ids the catalogue does not know are reported as {@code file:line:column: ...}
 * ({@link #problems}); they never stop validation.
 */
public final class RuleSettings {

    /** Suffix of a model's settings file: {@code cluster.stic} has {@code cluster.stic.rules}. */
    public static final String FILE_SUFFIX = ".rules";

    private static final String OFF = "off";
    private static final String ON = "on";

    /** Value of one entry and where it was read (line 0 when set through the API). */
    private record Entry(String value, int line, int column) {
    }

    private final String source;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final List<String> formatProblems = new ArrayList<>();
    private RuleSettings parent;

    private RuleSettings(String source) {
        this.source = source;
    }

    /** No overrides: every rule on at its default severity. */
    public static RuleSettings defaults() {
        return new RuleSettings("settings");
    }

    /** The settings file of a model: {@code <model file name>.rules} in the model's folder. */
    public static Path fileFor(Path model) {
        return model.resolveSibling(model.getFileName() + FILE_SUFFIX);
    }

    /**
     * Reads a settings file; a missing file means no overrides. A byte that is not UTF-8 (a comment saved in
     * Windows-1251) is one of its {@link #problems} and the other lines still apply; a file over
     * {@link TextFiles#SETTINGS_LIMIT} is not read (a {@link org.stic.model.io.TextFileException}).
     */
    public static RuleSettings load(Path file) throws IOException {
        RuleSettings s = new RuleSettings(file.toString());
        if (!Files.exists(file)) {
            return s;
        }
        List<TextFileException> notUtf8 = new ArrayList<>();
        String[] lines = TextFiles.readUtf8(file, TextFiles.SETTINGS_LIMIT, "a rule settings file", notUtf8)
                .split("\r?\n", -1);
        notUtf8.forEach(e -> s.formatProblems.add(e.getMessage()));
        for (int i = 0; i < lines.length; i++) {
            s.parseLine(lines[i], i + 1);
        }
        return s;
    }

    /** A model's settings (from the file beside it, if any) layered over {@code workspace}. */
    public static RuleSettings forModel(Path model, RuleSettings workspace) throws IOException {
        return load(fileFor(model)).withParent(workspace);
    }

    private void parseLine(String raw, int line) {
        int hash = raw.indexOf('#');
        String text = hash < 0 ? raw : raw.substring(0, hash);
        if (text.isBlank()) {
            return;
        }
        int eq = text.indexOf('=');
        int indent = text.length() - text.stripLeading().length();
        if (eq < 0) {
            formatProblems.add(at(line, indent + 1) + "expected 'RULE-ID = off|on|error|warning|info'");
            return;
        }
        String id = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
        int valueColumn = eq + 2 + (text.substring(eq + 1).length() - text.substring(eq + 1).stripLeading().length());
        if (id.isEmpty()) {
            formatProblems.add(at(line, indent + 1) + "missing rule id before '='");
        } else if (!value.equals(OFF) && !value.equals(ON) && Severity.parse(value) == null) {
            formatProblems.add(at(line, valueColumn) + "'" + value + "' for " + id
                    + " is not one of off, on, error, warning, info");
        } else {
            entries.put(id, new Entry(value, line, indent + 1));
        }
    }

    private String at(int line, int column) {
        return source + ":" + line + ":" + column + ": ";
    }

    /** Layers these settings over {@code fallback}: ids not set here are looked up there. Returns this. */
    public RuleSettings withParent(RuleSettings fallback) {
        this.parent = fallback;
        return this;
    }

    public RuleSettings disable(String ruleId) {
        entries.put(ruleId, new Entry(OFF, 0, 0));
        return this;
    }

    /** Switches a rule on at its default severity (overriding a workspace's "off"). */
    public RuleSettings enable(String ruleId) {
        entries.put(ruleId, new Entry(ON, 0, 0));
        return this;
    }

    public RuleSettings severity(String ruleId, Severity severity) {
        entries.put(ruleId, new Entry(severity.label(), 0, 0));
        return this;
    }

    /** Forgets this layer's setting for the rule (the parent's or the default then applies). */
    public RuleSettings reset(String ruleId) {
        entries.remove(ruleId);
        return this;
    }

    /** The severity the rule reports with, or null when it is switched off. */
    public Severity effectiveSeverity(Rule rule) {
        return effectiveSeverity(rule.id(), rule.defaultSeverity());
    }

    /**
     * The same for a rule of another catalogue (the analysis findings ANA-nnn are switched off or given a severity
     * in the same files): the severity {@code ruleId} reports with, or null when it is switched off.
     */
    public Severity effectiveSeverity(String ruleId, Severity defaultSeverity) {
        for (RuleSettings s = this; s != null; s = s.parent) {
            Entry e = s.entries.get(ruleId);
            if (e != null) {
                return e.value.equals(OFF) ? null : e.value.equals(ON) ? defaultSeverity : Severity.parse(e.value);
            }
        }
        return defaultSeverity;
    }

    public boolean isEnabled(Rule rule) {
        return effectiveSeverity(rule) != null;
    }

    /** This layer's overrides, id to "off", "on" or a severity label, sorted by id. */
    public Map<String, String> overrides() {
        Map<String, String> m = new TreeMap<>();
        entries.forEach((id, e) -> m.put(id, e.value));
        return Collections.unmodifiableMap(m);
    }

    /** Unreadable lines and ids unknown to {@code catalogue}, in this layer and its parents, one message each. */
    public List<String> problems(RuleCatalogue catalogue) {
        return problems(catalogue, Set.of());
    }

    /** The same, also knowing the ids of rules outside the catalogue ({@code otherRuleIds}, e.g. ANA-001). */
    public List<String> problems(RuleCatalogue catalogue, Set<String> otherRuleIds) {
        List<String> out = new ArrayList<>();
        for (RuleSettings s = this; s != null; s = s.parent) {
            out.addAll(s.formatProblems);
            for (Map.Entry<String, Entry> e : s.entries.entrySet()) {
                if (catalogue.rule(e.getKey()).isEmpty() && !otherRuleIds.contains(e.getKey())) {
                    Entry at = e.getValue();
                    out.add((at.line > 0 ? s.at(at.line, at.column) : s.source + ": ") + "unknown rule id '"
                            + e.getKey() + "': the catalogue has no such rule");
                }
            }
        }
        return out;
    }

    /** Writes this layer's overrides (not its parents') atomically ({@link AtomicFiles}). */
    public void save(Path file) throws IOException {
        StringBuilder b = new StringBuilder("# STIC validation rule settings: RULE-ID = off|on|error|warning|info\n");
        entries.forEach((id, e) -> b.append(id).append(" = ").append(e.value).append('\n'));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        AtomicFiles.writeString(file, b);
    }
}
