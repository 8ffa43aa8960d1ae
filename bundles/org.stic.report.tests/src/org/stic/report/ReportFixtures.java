package org.stic.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.stic.Cluster;
import org.stic.examples.Examples;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;

/** The example models and a way to run the independent readers (Chromium, poppler) the tests check output with. */
final class ReportFixtures {

    static final String KALUGA = "kaluga-pharma";
    static final String SCRIPT = "<script>alert(1)</script>";

    record ProcessResult(int exitCode, String out, String err) {
    }

    private ReportFixtures() {
    }

    static Path example(String name) {
        return Examples.path(name);
    }

    static Cluster load(String name) throws ModelLoadException {
        return SticResources.load(example(name));
    }

    static ProcessResult run(Path workDir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new ProcessResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
