package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisFinding;
import org.stic.analysis.AnalysisOptions;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The analysis findings (ANA-nnn) in {@code stic validate}: after the rules' findings, at the element's own line,
 * switched off or re-graded by the same rule settings file, on a copy of the Kaluga example and its planted gaps.
 */
class ValidateAnalysisFindingsTest {

    @TempDir
    Path dir;

    private Path kaluga() throws Exception {
        return Files.copy(Examples.path("kaluga-pharma"), dir.resolve("kaluga.stic"));
    }

    /** The analysis' own findings of this year on the file, in English. */
    private static List<AnalysisFinding> analysed(Path file) throws Exception {
        Cluster cluster = SticResources.load(file);
        return Analysis.of(cluster, AnalysisOptions.thisYear()).findings(Language.EN);
    }

    private static List<String> lines(Result r, String ruleId) {
        return r.out().lines().filter(l -> l.contains(" " + ruleId + " [")).toList();
    }

    @Test
    void textShowsEachAnalysisFindingAtItsElementAfterTheRulesFindings() throws Exception {
        Path file = kaluga();
        List<AnalysisFinding> expected = analysed(file);
        long notReady = expected.stream().filter(f -> f.ruleId().equals("ANA-003")).count();
        assertTrue(notReady > 0, "Kaluga plants needs that are not ready: " + expected);

        Result r = CliRun.stic("validate", "--fail-on", "never", file.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "no settings problem, no unknown rule");
        List<String> out = r.out().lines().toList();
        List<String> ana003 = lines(r, "ANA-003");
        assertEquals(notReady, ana003.size(), r.out());
        int firstAnalysis = -1;
        int lastRule = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).matches(".*: (error|warning|info) ANA-\\d{3} \\[.*") && firstAnalysis < 0) {
                firstAnalysis = i;
            } else if (out.get(i).matches(".*: (error|warning|info) (INT|EXT|NET|RDY|ITG)-\\d{3} \\[.*")) {
                lastRule = i;
            }
        }
        assertTrue(lastRule >= 0 && firstAnalysis > lastRule, "analysis findings follow the rules' ones:\n" + r.out());
        List<String> modelLines = Files.readAllLines(file);
        for (String line : ana003) {
            // "FILE:line:column: warning ANA-003 [path] Need ... is not ready: reason"
            String rest = line.substring(file.toString().length() + 1);
            int at = Integer.parseInt(rest.substring(0, rest.indexOf(':')));
            assertTrue(modelLines.get(at - 1).contains("<needs "), "the need's own start tag: " + modelLines.get(at - 1));
            assertTrue(line.contains(": warning ANA-003 [") && line.contains(" is not ready: "), line);
        }
        // the summary counts them
        long warnings = r.out().lines().filter(l -> l.contains(": warning ")).count();
        assertTrue(out.get(out.size() - 1).contains(warnings + " warning(s)"), out.get(out.size() - 1));
    }

    @Test
    void theRuleSettingsFileSwitchesAnalysisRulesOffAndChangesTheirSeverity() throws Exception {
        Path file = kaluga();
        Files.writeString(dir.resolve("kaluga.stic.rules"), "# the analysis rules, as the OCL rules\n"
                + "ANA-003 = error\nANA-001 = off\nANA-002 = off\nANA-004 = off\nANA-005 = off\n");

        Result r = CliRun.stic("validate", "--format", "json", "--fail-on", "never", file.toString());

        assertEquals("", r.err(), "ANA ids are known rule ids in a settings file");
        JsonArray findings = JsonParser.parseString(r.out()).getAsJsonArray();
        int ana003 = 0;
        for (JsonElement e : findings) {
            JsonObject f = e.getAsJsonObject();
            String rule = f.get("ruleId").getAsString();
            assertFalse(rule.startsWith("ANA-") && !rule.equals("ANA-003"), "switched off: " + f);
            if (rule.equals("ANA-003")) {
                ana003++;
                assertEquals("error", f.get("severity").getAsString());
                assertEquals("SegmentNeed", f.get("type").getAsString());
            }
        }
        assertEquals(analysed(file).stream().filter(f -> f.ruleId().equals("ANA-003")).count(), ana003);

        Files.writeString(dir.resolve("kaluga.stic.rules"), "ANA-003 = error\nANA-999 = off\n");
        Result unknown = CliRun.stic("validate", "--fail-on", "never", file.toString());
        assertEquals("stic validate: warning: " + dir.resolve("kaluga.stic.rules")
                + ":2:1: unknown rule id 'ANA-999': the catalogue has no such rule\n", unknown.err());
    }

    @Test
    void russianMessagesOfTheAnalysisFindings() throws Exception {
        Path file = kaluga();
        Result r = CliRun.stic("validate", "--lang", "ru", "--fail-on", "never", file.toString());
        List<String> ana003 = lines(r, "ANA-003");
        assertFalse(ana003.isEmpty(), r.out());
        ana003.forEach(l -> assertTrue(l.contains(": предупреждение ANA-003 [") && l.contains("не готова: "), l));
    }
}
