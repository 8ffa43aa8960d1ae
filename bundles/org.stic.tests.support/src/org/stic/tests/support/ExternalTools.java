package org.stic.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent programs tests read our outputs with (Debian's rsvg-convert, poppler-utils, chromium): run one,
 * fail the test with its output when it is missing, hangs or exits non-zero.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** Runs {@code command}, waiting at most five minutes; returns what it wrote on stdout and stderr together. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("external-tool", ".log");
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new AssertionError(command.get(0) + " is not installed (Debian: librsvg2-bin, poppler-utils, "
                        + "chromium; .ci/run installs them)", e);
            }
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in five minutes");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
