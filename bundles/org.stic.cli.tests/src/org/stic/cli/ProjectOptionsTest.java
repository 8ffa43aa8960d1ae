package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.examples.ExtensionExample;
import org.stic.extensions.ProjectSettings;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** Extension metamodels and user rules on the command line: from stic-project.json, and --extension / --rules. */
class ProjectOptionsTest {

    @TempDir
    Path dir;

    /** The extension example's findings: built-in and user rules, and a need the analysis finds not ready (ANA-003). */
    private static final List<String> FINDINGS = List.of("ANA-003", "INT-001", "USR-002", "USR-003", "USR-004");

    private static Result run(String... args) {
        return CliRun.stic(args);
    }

    private static List<String> ruleIds(String json) {
        return JsonParser.parseString(json).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
                .map(o -> o.get("ruleId").getAsString()).sorted().toList();
    }

    @Test
    void validateFindsTheSettingsFileWithoutFlags() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Result r = run("validate", model.toString(), "--format", "json");
        assertEquals("", r.err());
        assertEquals(1, r.exitCode());
        assertEquals(FINDINGS, ruleIds(r.out()));
        Result text = run("validate", model.toString());
        assertTrue(text.out().contains(": warning USR-002 [Технопарковый кластер (учебный пример) / Технопарк кластера]"
                + " Technopark 'Технопарк кластера': не указана площадь — введите её в квадратных метрах."), text.out());
    }

    @Test
    void extensionAndRulesFlagsAddFilesForOneCall() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Files.delete(dir.resolve(ProjectSettings.FILE_NAME));
        Result missing = run("validate", model.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("stic validate: " + model + ":6:"), missing.err());
        assertTrue(missing.err().contains("the model uses the metamodel extension"
                + " 'http://www.stic.org/ext/technopark/1.0', which is not loaded"), missing.err());

        Result flags = run("validate", model.toString(), "--format", "json", "--extension",
                dir.resolve("metamodel/technopark.ecore").toString(), "--rules",
                dir.resolve("rules/methodology.ocl").toString());
        assertEquals("", flags.err());
        assertEquals(FINDINGS, ruleIds(flags.out()));
    }

    @Test
    void aBrokenRuleFileIsAWarningWithItsPositionAndTheOtherRulesStillRun() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path broken = dir.resolve("broken.ocl");
        Files.writeString(broken, "package stic\ncontext KeyAction\ninv x: self.supportingResources->notEmty()\nendpackage\n");
        Result r = run("validate", model.toString(), "--format", "json", "--rules", broken.toString());
        assertEquals("stic validate: warning: " + broken + ":3:8: Cannot find operation (notEmty()) for the type"
                + " (OrderedSet(KeyResource)); the rules of this file are not checked" + System.lineSeparator(), r.err());
        assertEquals(FINDINGS, ruleIds(r.out()));
        assertEquals(1, r.exitCode());
    }

    @Test
    void renderDrawsExtensionElementsAsTheirSticTypeWithTheirTypeName() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path svg = dir.resolve("network.svg");
        Result r = run("render", model.toString(), "--view", "network", "-o", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("Технопарк кластера \u00abTechnopark\u00bb"), "label with the extension's type");
    }

    @Test
    void metamodelDocWritesTheReferenceWithTheExtensionAndTheUserRules() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path out = dir.resolve("doc");
        Result r = run("metamodel-doc", "-o", out.toString(), "--extension",
                dir.resolve("metamodel/technopark.ecore").toString(), "--rules",
                dir.resolve("rules/methodology.ocl").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("id=\"technopark-Technopark\"") && html.contains("id=\"rule-USR-004\"")
                && html.contains("id=\"rule-INT-001\""));
        assertTrue(Files.size(out.resolve("diagrams/technopark.svg")) > 0);
        assertTrue(Files.exists(model));
    }

    @Test
    void reportShowsTheUserRulesFindingsAndTheExtensionsTypes() throws Exception {
        Path model = ExtensionExample.copyTo(dir);
        Path out = dir.resolve("report");
        Result r = run("report", model.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("USR-002") && html.contains("Technopark 'Технопарк кластера': не указана площадь"), html);
        assertTrue(html.contains("Технопарк кластера \u00abTechnopark\u00bb"), "diagram label with the extension's type");
    }
}
