package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real heap exhaustion: the command line started as the product starts it (the Equinox launcher, application
 * org.stic.cli.app, the bundles of this test runtime) in a JVM of its own with a 64 MB heap, on a 100,000-element
 * model that needs several times that. It must end in one line naming the file, exit 1, and write nothing.
 */
class OutOfMemoryRunTest {

    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void aReportThatRunsOutOfHeapIsOneLineAnExitOfOneAndNothingWritten() throws Exception {
        Path model = dir.resolve("large.stic");
        assertEquals(0, CliRun.stic("new", "--synthetic", "100000", "--seed", "1", "-o", model.toString()).exitCode());
        Path out = dir.resolve("report");
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");

        Process p = new ProcessBuilder(command(HEAP, "report", model.toString(), "-o", out.toString()))
                .directory(dir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the forked command line ends");

        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(Cli.EXIT_FAILURE, p.exitValue(), err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), "one line: " + err);
        assertTrue(lines.get(0).startsWith("stic report: " + model + ": failed: ran out of memory (the Java heap may"
                + " grow to "), lines.get(0));
        assertTrue(lines.get(0).endsWith(" MB); nothing was written; give it more, e.g. STIC_VMARGS=-Xmx8g"),
                lines.get(0));
        assertEquals("", Files.readString(stdout, StandardCharsets.UTF_8));
        assertFalse(Files.exists(out), "no report folder");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("config", "large.stic", "stderr.txt", "stdout.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    private List<String> command(String heap, String... args) throws IOException {
        return ForkedStic.command(dir, heap, args);
    }
}
