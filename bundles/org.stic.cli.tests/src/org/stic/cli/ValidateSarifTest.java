package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisFinding;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.FindingCatalogue;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.model.io.SticResources;
import org.stic.validation.Finding;
import org.stic.validation.Rule;
import org.stic.validation.RuleSettings;
import org.stic.validation.Severity;
import org.stic.validation.SticValidator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code stic validate} with SARIF output, the --fail-on threshold and folders, on the examples. */
class ValidateSarifTest {

    @TempDir
    Path dir;

    @Test
    void sarifHasTheRequiredStructureAndOneResultPerFinding() throws Exception {
        Path kaluga = Files.copy(Examples.path("kaluga-pharma"), dir.resolve("kaluga-pharma.stic"));
        Cluster cluster = SticResources.load(kaluga);
        // the rules' findings, then the analysis findings of this year (both checked on their own elsewhere)
        List<Finding> findings = new ArrayList<>(SticValidator.builtIn().validate(cluster, RuleSettings.defaults(),
                Language.EN));
        List<AnalysisFinding> analysis = Analysis.of(cluster, AnalysisOptions.thisYear()).findings(Language.EN);
        analysis.forEach(a -> findings.add(new Finding(a.ruleId(), Severity.valueOf(a.severity().name()),
                a.element(), a.message())));
        assertFalse(analysis.isEmpty(), "Kaluga has planted readiness gaps");

        Result r = CliRun.stic("validate", "--format", "sarif", "--fail-on", "never", kaluga.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "stdout holds the log, stderr nothing");
        JsonObject log = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").getAsString());
        JsonArray runs = log.getAsJsonArray("runs");
        assertEquals(1, runs.size());
        JsonObject run = runs.get(0).getAsJsonObject();

        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("stic", driver.get("name").getAsString());
        assertTrue(driver.get("version").getAsString().matches("\\d+\\.\\d+\\.\\d+"));
        JsonArray rules = driver.getAsJsonArray("rules");
        List<String> ruleIds = new ArrayList<>();
        SticValidator.builtIn().catalogue().rules().forEach(rule -> ruleIds.add(rule.id()));
        FindingCatalogue.builtIn(Language.EN).rules().forEach(rule -> ruleIds.add(rule.id()));
        assertEquals(ruleIds.size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonObject rule = rules.get(i).getAsJsonObject();
            assertEquals(ruleIds.get(i), rule.get("id").getAsString());
            assertEquals(ruleIds.get(i).startsWith("ANA-"), rule.getAsJsonObject("properties").has("computedBy"),
                    "the analysis rules say that no OCL tool can see them");
            assertFalse(rule.getAsJsonObject("shortDescription").get("text").getAsString().isBlank());
            assertFalse(rule.getAsJsonObject("fullDescription").get("text").getAsString().isBlank());
            assertTrue(Set.of("error", "warning", "note").contains(
                    rule.getAsJsonObject("defaultConfiguration").get("level").getAsString()));
        }

        JsonArray results = run.getAsJsonArray("results");
        assertEquals(findings.size(), results.size());
        assertTrue(results.size() > 0, "the Kaluga example has findings to show");
        List<String> fileLines = Files.readAllLines(kaluga);
        Set<String> foundRuleIds = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            JsonObject result = results.get(i).getAsJsonObject();
            Finding f = findings.get(i);
            assertEquals(f.ruleId(), result.get("ruleId").getAsString());
            foundRuleIds.add(f.ruleId());
            int ruleIndex = result.get("ruleIndex").getAsInt();
            assertEquals(f.ruleId(), rules.get(ruleIndex).getAsJsonObject().get("id").getAsString());
            assertEquals(Sarif.level(f.severity()), result.get("level").getAsString());
            assertEquals(f.message(), result.getAsJsonObject("message").get("text").getAsString());

            JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject();
            JsonObject physical = location.getAsJsonObject("physicalLocation");
            assertEquals(kaluga.toUri().toASCIIString(),
                    physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
            int line = physical.getAsJsonObject("region").get("startLine").getAsInt();
            String id = f.element().eResource().getURIFragment(f.element());
            assertTrue(fileLines.get(line - 1).contains("xmi:id=\"" + id + "\""),
                    "the region points at the element's own line: " + fileLines.get(line - 1));
            JsonObject logical = location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject();
            assertEquals(f.path(Vocabulary.of(Language.EN)), logical.get("fullyQualifiedName").getAsString());
        }
        assertTrue(foundRuleIds.contains("INT-001"), "a key action without resource in Kaluga: " + foundRuleIds);
        assertTrue(foundRuleIds.contains("ANA-003"), "a need not ready in Kaluga: " + foundRuleIds);
        JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertTrue(invocation.get("executionSuccessful").getAsBoolean());
    }

    @Test
    void relativeFilesAreArtifactsRelativeToTheWorkingDirectory() throws Exception {
        Path kaluga = Files.copy(Examples.path("kaluga-pharma"), dir.resolve("Калуга модель.stic"));
        String relative = Path.of("").toAbsolutePath().relativize(kaluga).toString();

        Result r = CliRun.stic("validate", "--format=sarif", relative);

        JsonObject run = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
        JsonObject artifact = run.getAsJsonArray("artifacts").get(0).getAsJsonObject().getAsJsonObject("location");
        assertEquals("SRCROOT", artifact.get("uriBaseId").getAsString());
        assertTrue(artifact.get("uri").getAsString().endsWith("/%D0%9A%D0%B0%D0%BB%D1%83%D0%B3%D0%B0%20"
                + "%D0%BC%D0%BE%D0%B4%D0%B5%D0%BB%D1%8C.stic"), artifact.toString());
        assertEquals(Path.of("").toAbsolutePath().toUri().toString(),
                run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT").get("uri").getAsString());
        // Cyrillic model text stays as it is in the JSON (UTF-8, not \\u escapes)
        assertTrue(r.out().contains(SticResources.load(kaluga).getName()), "cluster name in messages or paths");
    }

    @Test
    void aFolderIsSearchedAndALoadErrorStillLeavesTheOtherFilesChecked() throws Exception {
        Files.createDirectories(dir.resolve("models/sub"));
        Path kaluga = Files.copy(Examples.path("kaluga-pharma"), dir.resolve("models/kaluga.stic"));
        Path starter = Files.copy(Examples.path("starter"), dir.resolve("models/sub/starter.stic"));
        Files.writeString(dir.resolve("models/notes.txt"), "not a model");
        Path broken = Files.writeString(dir.resolve("models/sub/broken.stic"), "<stic:Cluster");

        Result r = CliRun.stic("validate", "--format", "sarif", dir.resolve("models").toString());

        assertEquals(2, r.exitCode());
        List<String> err = r.err().lines().toList();
        assertEquals(3, err.size(), r.err());
        assertTrue(err.get(0).startsWith("stic validate: " + kaluga + ": "), r.err());
        assertTrue(err.get(1).startsWith("stic validate: " + broken + ":1:"), r.err());
        assertTrue(err.get(2).startsWith("stic validate: " + starter + ": 0 error(s)"), r.err());
        JsonObject run = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
        assertEquals(2, run.getAsJsonArray("artifacts").size(), "the two loaded models");
        JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertFalse(invocation.get("executionSuccessful").getAsBoolean());
        JsonArray notifications = invocation.getAsJsonArray("toolExecutionNotifications");
        assertEquals(1, notifications.size());
        JsonObject n = notifications.get(0).getAsJsonObject();
        assertEquals("error", n.get("level").getAsString());
        assertTrue(n.getAsJsonObject("message").get("text").getAsString().startsWith(broken + ":1:"));
    }

    @Test
    void failOnSetsTheThreshold() throws Exception {
        Path starter = Examples.path("starter");
        Path kaluga = Examples.path("kaluga-pharma");
        List<Finding> starterFindings = SticValidator.builtIn().validate(SticResources.load(starter));
        assertTrue(starterFindings.isEmpty(), "the starter passes every rule: " + starterFindings);

        assertEquals(1, CliRun.stic("validate", kaluga.toString()).exitCode(), "errors fail by default");
        assertEquals(1, CliRun.stic("validate", "--fail-on", "warning", kaluga.toString()).exitCode());
        assertEquals(0, CliRun.stic("validate", "--fail-on", "never", kaluga.toString()).exitCode());
        // the starter breaks no rule, but its one need hangs on its one participant: ANA-001, a warning
        assertEquals(1, CliRun.stic("validate", "--fail-on", "warning", starter.toString()).exitCode());
        Path starterCopy = Files.copy(starter, dir.resolve("s.stic"));
        Files.writeString(dir.resolve("s.stic.rules"), "ANA-001 = info\n");
        assertEquals(0, CliRun.stic("validate", "--fail-on", "warning", starterCopy.toString()).exitCode());

        Path warningsOnly = Files.copy(kaluga, dir.resolve("w.stic"));
        StringBuilder settings = new StringBuilder();
        for (Rule rule : SticValidator.builtIn().catalogue().rules()) {
            settings.append(rule.id()).append(" = warning\n");
        }
        Files.writeString(dir.resolve("w.stic.rules"), settings);
        assertEquals(0, CliRun.stic("validate", warningsOnly.toString()).exitCode(), "only warnings left");
        assertEquals(1, CliRun.stic("validate", "--fail-on=warning", warningsOnly.toString()).exitCode());

        Result bad = CliRun.stic("validate", "--fail-on", "sometimes", kaluga.toString());
        assertEquals(2, bad.exitCode());
        assertEquals("stic validate: Invalid value for option '--fail-on': expected one of [error, warning, never]"
                + " (case-insensitive) but was 'sometimes' (see 'stic validate --help')" + System.lineSeparator(),
                bad.err());
    }

    @Test
    void aFolderWithoutModelsIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result r = CliRun.stic("validate", empty.toString());
        assertEquals(2, r.exitCode());
        assertEquals("stic validate: no .stic file in [" + empty + "] (see 'stic validate --help')"
                + System.lineSeparator(), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = CliRun.stic("validate", "--strict", "x.stic");
        assertEquals(2, r.exitCode());
        assertEquals("stic validate: Unknown option: '--strict' (see 'stic validate --help')"
                + System.lineSeparator(), r.err());
        assertEquals("", r.out());
    }
}
