package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.examples.Examples;
import org.stic.tests.support.ExternalTools;

/** {@code stic render --view canvas}, with and without {@code --canvas-links}, on the Kaluga example (goals included). */
class RenderCanvasTest {

    @TempDir
    Path dir;

    @Test
    void theCanvasIsRenderedWithNumberedReferencesOrLines() throws Exception {
        String kaluga = Examples.path(Examples.KALUGA_PHARMA).toString();
        Path pdf = dir.resolve("canvas.pdf");
        Result r = CliRun.stic("render", kaluga, "--view", "canvas", "-o", pdf.toString());
        assertEquals(Cli.EXIT_OK, r.exitCode(), r.err());
        // 70 cards of the contours and the example's 2 goals
        assertTrue(r.out().contains("view canvas, 72 nodes, 0 edges"), r.out());
        String text = ExternalTools.run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(text.contains("Business model canvas"), text);
        assertTrue(text.contains("\u2192"), "cards name the cards they link to");
        assertTrue(text.contains("Goals and indicators") && text.contains("target at least 10 % (2020)")
                && text.contains("current 5 (2016): target not reached"), "the goals, with where they stand: " + text);

        Path lines = dir.resolve("canvas-links.svg");
        r = CliRun.stic("render", kaluga, "--view", "canvas", "--canvas-links", "-o", lines.toString());
        assertEquals(Cli.EXIT_OK, r.exitCode(), r.err());
        // the 112 links between the contours' cards, and the first goal's measures link to its segment
        assertTrue(r.out().contains("view canvas, 72 nodes, 113 edges"), r.out());
        // (the lines' tooltips say "source \u2192 target"; the cards' text has no numbers any more)
        assertTrue(!java.util.regex.Pattern.compile("<text[^>]*>[^<]*\u2192").matcher(Files.readString(lines)).find(),
                "lines instead of numbers");
    }
}
