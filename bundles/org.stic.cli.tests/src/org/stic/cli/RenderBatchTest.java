package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** {@code stic render} on several files or a folder: one diagram per model into the -o folder. */
class RenderBatchTest {

    @TempDir
    Path dir;

    @Test
    void severalFilesGoIntoTheOutputFolderAndAMissingOneIsReportedWhileTheOthersAreDrawn() throws Exception {
        Path kaluga = Examples.path("kaluga-pharma");
        Path starter = Examples.path("starter");
        Path missing = dir.resolve("missing.stic");
        Path out = dir.resolve("new/diagrams");

        Result r = CliRun.stic("render", kaluga.toString(), missing.toString(), starter.toString(), "--view",
                "internal", "-o", out.toString());

        assertEquals(2, r.exitCode(), r.err());
        assertEquals("stic render: " + missing + ":0:0: the file does not exist" + System.lineSeparator(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("kaluga-pharma-internal.svg", "starter-internal.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> wrote = r.out().lines().toList();
        assertEquals(2, wrote.size(), r.out());
        assertTrue(wrote.get(0).startsWith("stic render: wrote " + out.resolve("kaluga-pharma-internal.svg")));
        String svg = Files.readString(out.resolve("kaluga-pharma-internal.svg"), StandardCharsets.UTF_8);
        String firstAction = SticResources.load(kaluga).getInternalContour().getKeyActions().get(0).getName();
        assertTrue(svg.contains(firstAction.substring(0, Math.min(8, firstAction.length()))),
                "Cyrillic names drawn: " + firstAction);
    }

    @Test
    void aFolderIsSearchedForModels() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models/sub"));
        for (String name : Examples.names()) {
            Files.copy(Examples.path(name), (name.equals("starter") ? models : models.getParent())
                    .resolve(name + ".stic"));
        }
        Path out = dir.resolve("pdf");

        Result r = CliRun.stic("render", dir.resolve("models").toString(), "--format", "pdf", "--view", "network",
                "-o", out.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        for (String name : Examples.names()) {
            Path pdf = out.resolve(name + "-network.pdf");
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), name);
        }
    }

    @Test
    void twoModelsOfTheSameNameAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path a = Files.copy(Examples.path("starter"), Files.createDirectories(dir.resolve("a")).resolve("m.stic"));
        Path b = Files.copy(Examples.path("starter"), Files.createDirectories(dir.resolve("b")).resolve("m.stic"));
        Path out = dir.resolve("out");

        Result r = CliRun.stic("render", a.toString(), b.toString(), "-o", out.toString());

        assertEquals(2, r.exitCode());
        assertEquals("stic render: two models would both be written to " + out.resolve("m-both.svg")
                + "; render them in separate calls (see 'stic render --help')" + System.lineSeparator(), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void unknownViewIsAUsageErrorNamingTheViews() {
        Result r = CliRun.stic("render", Examples.path("starter").toString(), "--view", "sideways", "-o", "x.svg");
        assertEquals(2, r.exitCode());
        assertEquals("stic render: unknown view 'sideways' (expected both, internal, external, network or canvas)"
                + " (see 'stic render --help')" + System.lineSeparator(), r.err());
        assertEquals("", r.out());
    }
}
