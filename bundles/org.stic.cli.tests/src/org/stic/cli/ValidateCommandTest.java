package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.ParticipantRole;
import org.stic.SticFactory;
import org.stic.cli.CliRun.Result;
import org.stic.model.io.SticResources;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code stic validate}: output, exit codes and JSON, on real files. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private static Result run(String... args) {
        return CliRun.stic(args);
    }

    /** A small cluster; with {@code gap} its key action has no supporting resource (INT-001, an error). */
    private Path model(String name, boolean gap) throws IOException {
        SticFactory f = SticFactory.eINSTANCE;
        Cluster c = f.createCluster();
        c.setName("Kaluga pharma");
        Participant org = f.createParticipant();
        org.setName("Cluster development centre");
        org.getRoles().add(ParticipantRole.COORDINATOR);
        c.getParticipants().add(org);
        c.setInternalContour(f.createInternalContour());
        KeyResource r = f.createKeyResource();
        r.setName("Clean room");
        r.getProviders().add(org);
        c.getInternalContour().getKeyResources().add(r);
        KeyAction a = f.createKeyAction();
        a.setName("Prototype testing");
        a.getPerformers().add(org);
        if (!gap) {
            a.getSupportingResources().add(r);
        }
        c.getInternalContour().getKeyActions().add(a);
        Path file = dir.resolve(name);
        Resource res = SticResources.create(SticResources.newResourceSet(), file, c);
        SticResources.save(res);
        return file;
    }

    @Test
    void warningsOnlyExitZero() throws IOException {
        Path file = model("ok.stic", false);
        Result r = run("validate", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(startTagOf(file, "name=\"Cluster development centre\"")
                + ": warning NET-003 [Kaluga pharma / Cluster development centre]"
                + " Participant 'Cluster development centre' takes part in no interaction"), r.out());
        assertTrue(r.out().endsWith("0 error(s), 2 warning(s), 0 info in 1 validated file(s)\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void anErrorFindingExitsOne() throws IOException {
        Path file = model("gap.stic", true);
        Result r = run("validate", file.toString());
        assertEquals(1, r.exitCode(), r.err());
        String where = startTagOf(file, "name=\"Prototype testing\"");
        assertTrue(r.out().contains(where + ": error INT-001 [Kaluga pharma / Internal contour / Prototype testing]"
                + " Key action 'Prototype testing' has no supporting key resource"), r.out());
    }

    /** {@code file:line:column} of the start tag on the line holding {@code attribute}, found in the file's text. */
    private static String startTagOf(Path file, String attribute) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(attribute);
            if (at >= 0) {
                return file + ":" + (i + 1) + ":" + (lines.get(i).lastIndexOf('<', at) + 1);
            }
        }
        throw new AssertionError(attribute + " not in " + file);
    }

    @Test
    void settingsBesideTheModelApply() throws IOException {
        Path file = model("gap.stic", true);
        Files.writeString(dir.resolve("gap.stic.rules"), "INT-001 = warning\nINT-004 = off\nNOPE-1 = off\n");
        Result r = run("validate", file.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().contains(": warning INT-001 "), r.out());
        assertTrue(!r.out().contains("INT-004"), r.out());
        assertEquals("stic validate: warning: " + dir.resolve("gap.stic.rules")
                + ":3:1: unknown rule id 'NOPE-1': the catalogue has no such rule\n", r.err());
    }

    @Test
    void jsonIsTheOnlyThingOnStdout() throws IOException {
        Path ok = model("ok.stic", false);
        Path gap = model("gap.stic", true);
        Result r = run("validate", "--format", "json", ok.toString(), gap.toString());
        assertEquals(1, r.exitCode(), r.err());
        // several files: one progress line each, on stderr
        assertEquals("stic validate: " + ok + ": 0 error(s), 2 warning(s), 0 info\n"
                + "stic validate: " + gap + ": 1 error(s), 3 warning(s), 0 info\n", r.err());
        JsonElement parsed = JsonParser.parseString(r.out());
        JsonArray findings = parsed.getAsJsonArray();
        JsonObject int001 = null;
        for (JsonElement e : findings) {
            if (e.getAsJsonObject().get("ruleId").getAsString().equals("INT-001")) {
                int001 = e.getAsJsonObject();
            }
        }
        assertEquals(gap.toString(), int001.get("file").getAsString());
        assertEquals("error", int001.get("severity").getAsString());
        assertEquals("Prototype testing", int001.get("element").getAsString());
        assertEquals("KeyAction", int001.get("type").getAsString());
        assertEquals("Kaluga pharma / Internal contour / Prototype testing", int001.get("path").getAsString());
        assertTrue(int001.get("message").getAsString().startsWith("Key action 'Prototype testing' has no"));
        assertTrue(int001.get("id").getAsString().length() > 0);
        assertEquals(startTagOf(gap, "name=\"Prototype testing\""),
                gap + ":" + int001.get("line").getAsInt() + ":" + int001.get("column").getAsInt());
        assertEquals(6, findings.size(), r.out());
    }

    @Test
    void emptyFindingsInJsonAreAnEmptyArray() throws IOException {
        Path file = model("ok.stic", false);
        Files.writeString(dir.resolve("ok.stic.rules"), "NET-003 = off\nINT-002 = off\n");
        Result r = run("validate", "--format=json", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, JsonParser.parseString(r.out()).getAsJsonArray().size(), r.out());
    }

    @Test
    void aFileThatCannotBeLoadedExitsTwoWithOneLineNamingFileAndPosition() throws IOException {
        Path bad = dir.resolve("bad.stic");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<stic:Cluster xmlns:stic=\"http://www.stic.org/stic/1.0\"\n"
                + "  name=\"x\">\n  <participants name=\"a\">\n</stic:Cluster>\n");
        Result r = run("validate", bad.toString());
        assertEquals(2, r.exitCode());
        assertEquals("0 error(s), 0 warning(s), 0 info in 0 validated file(s)\n", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).matches("stic validate: " + java.util.regex.Pattern.quote(bad.toString())
                + ":\\d+:\\d+: .+"), r.err());
        assertTrue(!lines.get(0).contains(":0:0:"), r.err());
    }

    @Test
    void aMissingFileExitsTwoAndTheOthersAreStillValidated() throws IOException {
        Path gap = model("gap.stic", true);
        Path missing = dir.resolve("missing.stic");
        Result r = run("validate", "--format", "json", missing.toString(), gap.toString());
        assertEquals(2, r.exitCode());
        assertEquals("stic validate: " + missing + ":0:0: the file does not exist\n"
                + "stic validate: " + gap + ": 1 error(s), 3 warning(s), 0 info\n", r.err());
        assertTrue(JsonParser.parseString(r.out()).getAsJsonArray().size() > 0, r.out());
    }

    @Test
    void misuseExitsTwo() {
        Result none = run("validate");
        assertEquals(2, none.exitCode());
        assertEquals(1, none.err().lines().count(), none.err());
        assertEquals("", none.out());
        Result format = run("validate", "--format", "xml", "x.stic");
        assertEquals(2, format.exitCode());
        assertEquals(1, format.err().lines().count(), format.err());
    }
}
