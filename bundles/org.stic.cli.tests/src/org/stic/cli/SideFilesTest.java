package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;
import org.stic.model.io.TextFiles;

/**
 * The files beside a model, when they are bad: every command names the side file at fault with line and column, not
 * the output folder, and a rule settings file with a comment in Windows-1251 still switches its rules off.
 */
class SideFilesTest {

    @TempDir
    Path dir;

    private Path model;
    private Path rules;

    @BeforeEach
    void copyExample() throws Exception {
        model = dir.resolve("kaluga.stic");
        Files.copy(Examples.path("kaluga-pharma"), model, StandardCopyOption.REPLACE_EXISTING);
        rules = dir.resolve("kaluga.stic.rules");
    }

    /** A rule settings file whose second line is a comment saved in Windows-1251, switching INT-001 off. */
    private void writeCp1251Rules() throws Exception {
        Files.write(rules, ("# settings\n# отключено до проверки\nINT-001 = off\n").getBytes(Charset.forName("windows-1251")));
    }

    @Test
    void validateNamesTheByteAndStillAppliesTheOtherLines() throws Exception {
        Result before = CliRun.stic("validate", model.toString());
        assertTrue(before.out().contains("INT-001"), "the example has an INT-001 finding: " + before.out());
        writeCp1251Rules();
        Result r = CliRun.stic("validate", model.toString());
        assertTrue(r.err().contains("stic validate: warning: " + rules + ":2:3: the byte 0xEE is not UTF-8"), r.err());
        assertFalse(r.out().contains("INT-001"), "the rule stays off: " + r.out());
        assertFalse(r.err().contains(":0:0:"), r.err());
    }

    @Test
    void reportAndRenderNameTheRulesFileNotTheOutputFolder() throws Exception {
        writeCp1251Rules();
        Path out = dir.resolve("report");
        Result r = CliRun.stic("report", model.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains(rules + ":2:3: the byte 0xEE is not UTF-8"), r.err());
        assertFalse(r.err().contains("cannot write"), r.err());
    }

    @Test
    void aRulesFileOverItsLimitIsNamedWithItsSizeAndNothingIsWritten() throws Exception {
        try (var ch = java.nio.channels.FileChannel.open(rules, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap("# x\n".getBytes(StandardCharsets.UTF_8)), TextFiles.SETTINGS_LIMIT);
        }
        Path out = dir.resolve("report");
        Result r = CliRun.stic("report", model.toString(), "-o", out.toString());
        assertEquals(Cli.EXIT_FAILURE, r.exitCode());
        assertEquals("stic report: " + rules + ":0:0: the file has 1,048,580 bytes; a rule settings file may have at"
                + " most 1,048,576, so it is not read" + System.lineSeparator(), r.err());
        assertFalse(Files.exists(out.resolve("index.html")));
        Result v = CliRun.stic("validate", model.toString());
        assertTrue(v.err().contains(rules + ":0:0: the file has 1,048,580 bytes"), v.err());
    }

    @Test
    void aDiagramFileWithABadByteIsAWarningNamingItsPosition() throws Exception {
        Path diagram = dir.resolve("kaluga.stic.diagram");
        Files.write(diagram, "stic-diagram 1\n# \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path svg = dir.resolve("k.svg");
        Result r = CliRun.stic("render", model.toString(), "-o", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning: " + diagram + ":2:3: the byte 0xE9 is not UTF-8"), r.err());
        assertTrue(Files.exists(svg));
    }
}
