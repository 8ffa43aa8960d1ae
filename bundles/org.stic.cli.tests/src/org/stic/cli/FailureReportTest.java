package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.stic.model.edit.Language;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;

/**
 * Failures nobody expected still end in one line and a non-zero exit: a layout that fails (ELK layered on a generated
 * model too large for its time limit) and the sentences of a command that runs out of stack or heap (a real heap
 * exhaustion: OutOfMemoryRunTest).
 */
class FailureReportTest {

    @TempDir
    Path dir;

    /** Runs {@code stic ARGS} on a thread of the given stack size, as the launcher runs it on its main thread. */
    private static Result onThread(long stackBytes, String... args) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                code.set(Cli.run(args, new PrintWriter(out), new PrintWriter(err)));
            } catch (Throwable e) {
                escaped.set(e);
            }
        }, "stic-small-stack", stackBytes);
        t.start();
        t.join();
        assertEquals(null, escaped.get(), "nothing escapes Cli.run");
        return new Result(code.get(), out.toString(), err.toString());
    }

    @Test
    void aLayoutThatFailsIsOneLineAndANonZeroExitAndWritesNothing() throws Exception {
        Path model = dir.resolve("large.stic");
        assertEquals(0, CliRun.stic("new", "--synthetic", "3000", "--seed", "1", "-o", model.toString()).exitCode());
        Path svg = dir.resolve("large.svg");
        // ELK layered asked for by name on a scene far too large for it, with a time limit it cannot keep; on a
        // thread with a small stack, as the launcher's main thread (ELK itself runs on a thread of its own)
        Result r = onThread(192 * 1024, "render", model.toString(), "--layout", "layered", "--time-limit", "1", "-o",
                svg.toString());
        assertEquals(Cli.EXIT_FAILURE, r.exitCode(), r.err());
        // the progress lines of a large layout, then the failure in one line, the last
        String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("stic render: " + model + ": ELK layered did not lay out ")
                && last.contains("; nothing was written"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("nothing was written")).count(), r.err());
        assertFalse(Files.exists(svg), "no file");
        assertEquals("", r.out());
    }

    @Test
    void aStackOverflowBecomesOneLineSayingSo() {
        // the sentence: ELK now runs on a thread of its own with a deep stack and a layout that overflows it falls
        // back to the grid, so no command reaches it here
        String line = Cli.failure(Language.EN, "m.stic", new StackOverflowError());
        assertTrue(line.startsWith("m.stic: failed: ran out of stack"), line);
        assertTrue(line.endsWith("; nothing was written (the model may be too large for this operation)"), line);
    }

    @Test
    void anOutOfMemoryErrorBecomesOneLineSayingHowToGiveMoreMemory() {
        // the sentence alone; OutOfMemoryRunTest exhausts a real heap, in a JVM of its own
        String line = Cli.failure(Language.EN, "m.stic", new OutOfMemoryError("Java heap space"));
        assertTrue(line.startsWith("m.stic: failed: ran out of memory (the Java heap may grow to "), line);
        assertTrue(line.endsWith(" MB); nothing was written; give it more, e.g. STIC_VMARGS=-Xmx8g"), line);
    }

    @Test
    void anUnexpectedExceptionNamesTheFileToo() throws Exception {
        Path model = dir.resolve("m.stic");
        Files.writeString(model, "not xml");
        assertEquals("m.stic: failed: java.lang.IllegalStateException: boom",
                Cli.failure(Language.EN, "m.stic", new picocli.CommandLine.ExecutionException(
                        new picocli.CommandLine(new SticCommand()), "wrapped", new IllegalStateException("boom"))));
    }
}
