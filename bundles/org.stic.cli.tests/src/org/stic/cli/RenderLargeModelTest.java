package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.cli.CliRun.Result;
import org.stic.tests.support.ExternalTools;

/**
 * {@code stic render} of a generated 10,000-element model (the one the README's benchmark could not draw) in every
 * format, each output read back by an independent reader, with progress on stderr; and ELK layered chosen on a model
 * too large for its time limit stops with a message and exit code 1, writing nothing. No time is asserted: the
 * diagram benchmark has the figures.
 */
class RenderLargeModelTest {

    @TempDir
    static Path dir;

    private static Path model;

    @BeforeAll
    static void generate() {
        model = dir.resolve("model-10000.stic");
        Result made = CliRun.stic("new", "--synthetic", "10000", "--seed", "1", "-o", model.toString());
        assertEquals(Cli.EXIT_OK, made.exitCode(), made.err());
    }

    private static Result render(String format, String... more) {
        Path out = dir.resolve("both." + format);
        List<String> args = new java.util.ArrayList<>(List.of("render", model.toString(), "--view", "both", "-o",
                out.toString()));
        args.addAll(List.of(more));
        Result r = CliRun.stic(args.toArray(String[]::new));
        assertEquals(Cli.EXIT_OK, r.exitCode(), r.err());
        // the grid of groups was chosen by size, and the user saw how it went
        assertTrue(r.err().contains("laying out 6089 nodes and 10282 edges: grid of groups"), r.err());
        assertTrue(r.err().contains("laid out in"), r.err());
        assertTrue(r.err().contains("writing " + out), r.err());
        return r;
    }

    @Test
    void svgIsReadByRsvg() throws Exception {
        render("svg");
        Path png = dir.resolve("both.svg.png");
        ExternalTools.run(List.of("rsvg-convert", "-f", "png", "-w", "2000", "-a", "-o", png.toString(),
                dir.resolve("both.svg").toString()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2000, image.getWidth());
        assertTrue(image.getHeight() > 500, "height " + image.getHeight());
        assertFalse(uniform(image), "rsvg-convert drew something");
    }

    @Test
    void pdfIsReadByPoppler() throws Exception {
        render("pdf");
        String text = ExternalTools.run(List.of("pdftotext", "-enc", "UTF-8", dir.resolve("both.pdf").toString(), "-"));
        // every key resource (13 % of the 9,997 elements under the cluster) and every indicator (1 %) is on the page
        assertEquals(1299, occurrences(text, "\u041a\u043b\u044e\u0447\u0435\u0432\u043e\u0439"), "key resources");
        assertEquals(99, occurrences(text, "\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u0435\u043b\u044c"), "indicators");
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    @Test
    void pngIsDecoded() throws Exception {
        Result r = render("png");
        assertTrue(r.err().contains("PNG scaled down"), r.err());
        BufferedImage image = ImageIO.read(dir.resolve("both.png").toFile());
        assertTrue((long) image.getWidth() * image.getHeight() <= 40_000_000L);
        assertTrue(image.getWidth() > image.getHeight(), "a landscape sheet: " + image.getWidth() + " x "
                + image.getHeight());
        assertFalse(uniform(image));
    }

    @Test
    void layeredChosenOnATooLargeModelStopsAtItsTimeLimit() throws Exception {
        Path out = dir.resolve("layered.svg");
        Result r = CliRun.stic("render", model.toString(), "--layout", "layered", "--time-limit", "2", "-o",
                out.toString());
        assertEquals(Cli.EXIT_FAILURE, r.exitCode(), r.err());
        assertTrue(r.err().contains("ELK layered did not lay out 6089 nodes within 2 s; nothing was written"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownStrategyIsAUsageError() {
        Result r = CliRun.stic("render", model.toString(), "--layout", "circle", "-o", dir.resolve("x.svg").toString());
        assertEquals(Cli.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown layout 'circle' (expected auto, layered or grid)"), r.err());
    }

    private static boolean uniform(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                if (image.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
