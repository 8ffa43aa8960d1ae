package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.examples.Examples;

/**
 * What a whole process prints: writing a PDF (PDFBox logs through commons-logging, which finds the Log4j API that
 * POI brings and no Log4j implementation) must leave standard output to the command's own lines; the Log4j API's
 * "could not find a logging provider" line went there.
 */
class ForkedOutputTest {

    @TempDir
    Path dir;

    @Test
    void aPdfRenderPrintsOnlyItsOwnLine() throws Exception {
        Path pdf = dir.resolve("kaluga.pdf");
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(ForkedStic.command(dir, "-Xmx512m", "render",
                Examples.path(Examples.KALUGA_PHARMA).toString(), "--view", "canvas", "-o", pdf.toString()))
                .directory(dir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the forked command line ends");
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(Cli.EXIT_OK, p.exitValue(), err);
        assertTrue(Files.size(pdf) > 0);
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        assertTrue(out.startsWith("stic render: "), out);
        assertTrue(out.lines().allMatch(l -> l.startsWith("stic render: ")), "only the command's lines: " + out);
        assertTrue(err.lines().allMatch(l -> l.startsWith("stic render: ")), "only the command's lines: " + err);
    }
}
