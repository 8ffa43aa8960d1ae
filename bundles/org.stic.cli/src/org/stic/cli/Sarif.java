package org.stic.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.framework.Version;
import org.stic.analysis.FindingCatalogue;
import org.stic.analysis.FindingRule;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.validation.Finding;
import org.stic.validation.Rule;
import org.stic.validation.RuleCatalogue;
import org.stic.validation.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Validation findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the format CI
 * systems and code-scanning tools read: one run, the whole rule catalogue and the analysis rules (ANA-nnn, property
 * {@code computedBy: analysis}) in {@code tool.driver.rules}, one result
 * per finding located by file, line and column of the element's start tag and, logically, by the element's path.
 * Files that could not be loaded are tool execution notifications, and make the run unsuccessful.
 */
final class Sarif {

    static final String VERSION = "2.1.0";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Relative artifact URIs are resolved against this base, the caller's working directory. */
    static final String SRCROOT = "SRCROOT";

    /** The findings of one loaded file; {@code file} as the caller named it. */
    record FileResult(Path file, List<Finding> findings, ElementLocator locator) {
    }

    /** A file that could not be loaded. */
    record Failure(Path file, int line, int column, String message) {
    }

    private Sarif() {
    }

    /** The log of one run; its texts (rule descriptions, messages, element names) are in {@code language}. */
    static String toJson(RuleCatalogue catalogue, FindingCatalogue analysisRules, Version toolVersion,
            List<FileResult> files, List<Failure> failures, Language language) {
        Vocabulary vocabulary = Vocabulary.of(language);
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "stic");
        driver.addProperty("fullName", "STIC Workbench validator");
        driver.addProperty("version", toolVersion.getMajor() + "." + toolVersion.getMinor() + "."
                + toolVersion.getMicro());
        driver.addProperty("semanticVersion", toolVersion.getMajor() + "." + toolVersion.getMinor() + "."
                + toolVersion.getMicro());
        JsonArray rules = new JsonArray();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : catalogue.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule(catalogue, rule, language));
        }
        for (FindingRule rule : analysisRules.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule(rule));
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonArray artifacts = new JsonArray();
        JsonArray results = new JsonArray();
        for (FileResult file : files) {
            int artifactIndex = artifacts.size();
            JsonObject artifact = new JsonObject();
            artifact.add("location", artifactLocation(file.file(), -1));
            artifacts.add(artifact);
            for (Finding f : file.findings()) {
                results.add(result(f, file, artifactIndex, ruleIndex.get(f.ruleId()), vocabulary));
            }
        }

        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", failures.isEmpty());
        JsonArray notifications = new JsonArray();
        for (Failure failure : failures) {
            JsonObject n = new JsonObject();
            n.addProperty("level", "error");
            n.add("message", text(failure.message()));
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifactLocation(failure.file(), -1));
            if (failure.line() > 0) {
                physical.add("region", region(failure.line(), failure.column()));
            }
            JsonArray locations = new JsonArray();
            locations.add(single("physicalLocation", physical));
            n.add("locations", locations);
            notifications.add(n);
        }
        invocation.add("toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.addProperty("language", language.code());
        run.add("invocations", invocations);
        JsonObject base = new JsonObject();
        base.addProperty("uri", Path.of("").toAbsolutePath().toUri().toString());
        run.add("originalUriBaseIds", single(SRCROOT, base));
        run.add("artifacts", artifacts);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", VERSION);
        log.add("runs", runs);
        // no HTML escaping: the log is read by tools, and "<" or "'" in messages should stay readable
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log);
    }

    private static JsonObject rule(RuleCatalogue catalogue, Rule rule, Language language) {
        JsonObject r = new JsonObject();
        r.addProperty("id", rule.id());
        r.addProperty("name", rule.oclName());
        String title = catalogue.title(rule, language);
        r.add("shortDescription", text(title == null ? rule.id() : title));
        r.add("fullDescription", text(catalogue.rationale(rule, language)));
        r.add("help", text(catalogue.rationale(rule, language)));
        JsonObject config = new JsonObject();
        config.addProperty("level", level(rule.defaultSeverity()));
        config.addProperty("enabled", catalogue.isLoaded(rule.id()));
        r.add("defaultConfiguration", config);
        JsonObject properties = new JsonObject();
        properties.addProperty("category", rule.category().label());
        properties.addProperty("context", rule.contextClass());
        properties.addProperty("ocl", rule.ocl());
        JsonArray tags = new JsonArray();
        tags.add(rule.category().label());
        properties.add("tags", tags);
        r.add("properties", properties);
        return r;
    }

    /** An analysis rule: no OCL, computed on the whole readiness graph (docs/analysis.md section 6). */
    private static JsonObject rule(FindingRule rule) {
        JsonObject r = new JsonObject();
        r.addProperty("id", rule.id());
        r.add("shortDescription", text(rule.title()));
        r.add("fullDescription", text(rule.rationale()));
        r.add("help", text(rule.rationale()));
        JsonObject config = new JsonObject();
        config.addProperty("level", level(Severity.valueOf(rule.severity().name())));
        config.addProperty("enabled", true);
        r.add("defaultConfiguration", config);
        JsonObject properties = new JsonObject();
        properties.addProperty("category", rule.category().toLowerCase(Locale.ROOT));
        properties.addProperty("context", rule.context());
        properties.addProperty("computedBy", "analysis");
        JsonArray tags = new JsonArray();
        tags.add("analysis");
        properties.add("tags", tags);
        r.add("properties", properties);
        return r;
    }

    private static JsonObject result(Finding f, FileResult file, int artifactIndex, Integer ruleIndex,
            Vocabulary vocabulary) {
        JsonObject r = new JsonObject();
        r.addProperty("ruleId", f.ruleId());
        if (ruleIndex != null) {
            r.addProperty("ruleIndex", ruleIndex);
        }
        r.addProperty("level", level(f.severity()));
        r.add("message", text(f.message()));

        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(file.file(), artifactIndex));
        ElementLocator.Position at = file.locator().positionOf(f.element());
        if (at.line() > 0) {
            physical.add("region", region(at.line(), at.column()));
        }
        JsonObject logical = new JsonObject();
        logical.addProperty("name", f.name().isEmpty() ? f.label(vocabulary) : f.name());
        logical.addProperty("fullyQualifiedName", f.path(vocabulary));
        logical.addProperty("kind", "element");
        JsonArray logicals = new JsonArray();
        logicals.add(logical);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        location.add("logicalLocations", logicals);
        JsonArray locations = new JsonArray();
        locations.add(location);
        r.add("locations", locations);

        String id = elementId(f.element());
        if (id != null) {
            // lets code-scanning tools follow one finding across runs even when lines move
            JsonObject fingerprints = new JsonObject();
            fingerprints.addProperty("elementRule/v1", id + ":" + f.ruleId());
            r.add("partialFingerprints", fingerprints);
        }
        JsonObject properties = new JsonObject();
        properties.addProperty("element", f.label(vocabulary));
        r.add("properties", properties);
        return r;
    }

    private static String elementId(EObject element) {
        Resource resource = element.eResource();
        return resource == null ? null : resource.getURIFragment(element);
    }

    /** SARIF's levels: error, warning, note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative file is a URI relative to {@link #SRCROOT}; an absolute one a file URI. */
    private static JsonObject artifactLocation(Path file, int index) {
        JsonObject location = new JsonObject();
        if (file.isAbsolute()) {
            location.addProperty("uri", file.normalize().toUri().toASCIIString());
        } else {
            location.addProperty("uri", relativeUri(file));
            location.addProperty("uriBaseId", SRCROOT);
        }
        if (index >= 0) {
            location.addProperty("index", index);
        }
        return location;
    }

    private static String relativeUri(Path file) {
        String path = file.normalize().toString().replace(java.io.File.separatorChar, '/');
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable path: " + file, e);
        }
    }

    private static JsonObject region(int line, int column) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", line);
        if (column > 0) {
            region.addProperty("startColumn", column);
        }
        return region;
    }

    private static JsonObject text(String text) {
        return single("text", text);
    }

    private static JsonObject single(String key, String value) {
        JsonObject o = new JsonObject();
        o.addProperty(key, value);
        return o;
    }

    private static JsonObject single(String key, JsonObject value) {
        JsonObject o = new JsonObject();
        o.add(key, value);
        return o;
    }
}
