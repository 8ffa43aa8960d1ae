package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The independent readers of exported files: Debian's rsvg-convert (librsvg2-bin) and poppler-utils. */
final class Readers {

    private Readers() {
    }

    /** Runs a reader; fails the test with its output when it exits non-zero. */
    static String run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("reader", ".log");
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new AssertionError(command[0] + " is not installed (Debian: librsvg2-bin / poppler-utils; "
                        + ".ci/run installs them)", e);
            }
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), command[0] + " finished");
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + out);
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** rsvg-convert renders the SVG to a PNG {@code width} pixels wide (aspect kept). */
    static Path svgToPng(Path svg, int width) throws Exception {
        Path png = svg.resolveSibling(svg.getFileName() + ".rsvg.png");
        List<String> cmd = new ArrayList<>(List.of("rsvg-convert", "-f", "png"));
        if (width > 0) {
            cmd.addAll(List.of("-w", Integer.toString(width), "-a"));
        }
        cmd.addAll(List.of("-o", png.toString(), svg.toString()));
        run(cmd.toArray(String[]::new));
        return png;
    }

    /** pdftoppm renders the PDF's first page, scaled so that its longer side has {@code size} pixels. */
    static Path pdfToPng(Path pdf, int size) throws Exception {
        Path prefix = pdf.resolveSibling(pdf.getFileName() + ".ppm");
        run("pdftoppm", "-png", "-singlefile", "-scale-to", Integer.toString(size), pdf.toString(),
                prefix.toString());
        return prefix.resolveSibling(prefix.getFileName() + ".png");
    }

    static String pdfText(Path pdf) throws Exception {
        return run("pdftotext", "-layout", pdf.toString(), "-");
    }

    static String pdfFonts(Path pdf) throws Exception {
        return run("pdffonts", pdf.toString());
    }
}
