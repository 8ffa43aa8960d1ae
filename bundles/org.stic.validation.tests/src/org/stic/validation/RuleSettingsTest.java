package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSettingsTest {

    @TempDir
    Path dir;

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.builtIn();

    private static Rule rule(String id) {
        return CATALOGUE.rule(id).orElseThrow();
    }

    /** A model with an INT-001 error and a NET-003 warning. */
    private static CleanCluster model() {
        CleanCluster m = new CleanCluster();
        m.action("Training").getSupportingResources().clear();
        m.partnership.getPartners().add(m.participant("Regional bank", org.stic.ParticipantRole.PARTNER));
        return m;
    }

    private static List<String> findings(CleanCluster m, RuleSettings s) {
        return SticValidator.builtIn().validate(m.cluster, s).stream().map(f -> f.ruleId() + " " + f.severity())
                .collect(Collectors.toList());
    }

    @Test
    void rulesCanBeSwitchedOffAndTheirSeverityChanged() {
        CleanCluster m = model();
        assertEquals(List.of("NET-003 WARNING", "INT-001 ERROR"), findings(m, RuleSettings.defaults()));
        RuleSettings s = RuleSettings.defaults().disable("INT-001").severity("NET-003", Severity.INFO);
        assertEquals(List.of("NET-003 INFO"), findings(m, s));
        assertEquals(Diagnostic.INFO, Severity.INFO.diagnosticSeverity());
        s.enable("INT-001");
        assertEquals(List.of("NET-003 INFO", "INT-001 ERROR"), findings(m, s));
    }

    @Test
    void modelSettingsBesideTheModelOverrideTheWorkspace() throws IOException {
        Path model = dir.resolve("kaluga.stic");
        assertEquals(dir.resolve("kaluga.stic.rules"), RuleSettings.fileFor(model));
        Path workspaceFile = dir.resolve("workspace.rules");
        Files.writeString(workspaceFile, "INT-001 = off\nNET-003 = error # the network matters here\n");
        Files.writeString(RuleSettings.fileFor(model), "# this model\nINT-001 = on\n");
        RuleSettings workspace = RuleSettings.load(workspaceFile);
        RuleSettings s = RuleSettings.forModel(model, workspace);
        assertEquals(Severity.ERROR, s.effectiveSeverity(rule("INT-001")));
        assertEquals(Severity.ERROR, s.effectiveSeverity(rule("NET-003")));
        assertNull(workspace.effectiveSeverity(rule("INT-001")));
        assertEquals(List.of(), s.problems(CATALOGUE));
        assertEquals(List.of("NET-003 ERROR", "INT-001 ERROR"), findings(model(), s));
    }

    @Test
    void missingFileMeansDefaults() throws IOException {
        RuleSettings s = RuleSettings.forModel(dir.resolve("none.stic"), RuleSettings.defaults());
        assertEquals(Map.of(), s.overrides());
        assertEquals(Severity.WARNING, s.effectiveSeverity(rule("NET-003")));
    }

    @Test
    void unknownIdsAndBadLinesAreReportedWithFileLineAndColumn() throws IOException {
        Path file = dir.resolve("m.stic.rules");
        Files.writeString(file, "INT-001 = off\n  INT-999 = error\nNET-003 = loud\nnonsense\n", StandardCharsets.UTF_8);
        RuleSettings s = RuleSettings.load(file);
        assertEquals(List.of(
                file + ":3:11: 'loud' for NET-003 is not one of off, on, error, warning, info",
                file + ":4:1: expected 'RULE-ID = off|on|error|warning|info'",
                file + ":2:3: unknown rule id 'INT-999': the catalogue has no such rule"), s.problems(CATALOGUE));
        // the readable lines still apply
        assertNull(s.effectiveSeverity(rule("INT-001")));
        assertEquals(List.of("NET-003 WARNING"), findings(model(), s));
    }

    @Test
    void unknownIdSetThroughTheApiIsReported() {
        RuleSettings s = RuleSettings.defaults().disable("INT-1");
        assertEquals(List.of("settings: unknown rule id 'INT-1': the catalogue has no such rule"),
                s.problems(CATALOGUE));
    }

    @Test
    void savedSettingsReadBackTheSame() throws IOException {
        RuleSettings s = RuleSettings.defaults().disable("INT-005").severity("EXT-003", Severity.ERROR)
                .enable("NET-003");
        Path file = dir.resolve("sub/cluster.stic.rules");
        s.save(file);
        assertEquals(s.overrides(), RuleSettings.load(file).overrides());
        assertEquals(Map.of("EXT-003", "error", "INT-005", "off", "NET-003", "on"), s.overrides());
    }
}
