package org.stic.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;

/** Exports read back by independent readers (rsvg-convert, pdftoppm, pdftotext, pdffonts, ImageIO). */
class ExportTest {

    @TempDir
    Path dir;

    @Test
    void svgRendersInRsvgWithCyrillicText() throws Exception {
        Cluster cluster = TestModels.pharma();
        for (View view : View.values()) {
            Scene scene = Diagrams.create(cluster, view, decorations(cluster), Map.of());
            Path svg = dir.resolve(view.id() + ".svg");
            assertTrue(DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), svg).isEmpty());
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            assertTrue(text.contains("Калужский фармацевтический кластер"), "title in Cyrillic");
            assertEquals(scene.nodes().size(), count(text, "class=\"node "), view + ": one group per node");
            assertEquals(scene.edges().size(), count(text, "class=\"edge "), view + ": one group per edge");
            BufferedImage png = ImageIO.read(Readers.svgToPng(svg, 0).toFile());
            assertEquals(Math.round(scene.width()), png.getWidth(), view + ": rsvg width");
            assertEquals(Math.round(scene.height()), png.getHeight(), view + ": rsvg height");
            assertTrue(nonWhiteShare(png) > 0.05, view + ": rsvg drew the diagram");
        }
        String both = Files.readString(dir.resolve("both.svg"), StandardCharsets.UTF_8);
        assertTrue(both.contains("Сертификация GMP") && both.contains("Researchers and engineers"));
        assertEquals(1, count(both, "class=\"decoration error\""), "one error badge");
        assertTrue(both.contains("INT-001: Нет поддерживающего ресурса"), "the finding as the badge's tooltip");
    }

    @Test
    void pngHasTheSceneSizeTimesTheScale() throws Exception {
        Scene scene = Diagrams.create(TestModels.pharma(), View.BOTH);
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertTrue(DiagramExporter.export(scene, ExportFormat.PNG, ExportOptions.defaults(), one).isEmpty());
        assertTrue(DiagramExporter.export(scene, ExportFormat.PNG, ExportOptions.defaults().withScale(2), two)
                .isEmpty());
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals((int) scene.width(), a.getWidth());
        assertEquals((int) scene.height(), a.getHeight());
        assertEquals((int) (scene.width() * 2), b.getWidth());
        assertEquals((int) (scene.height() * 2), b.getHeight());
        assertTrue(nonWhiteShare(a) > 0.05);
    }

    @Test
    void pngScalesDownToItsPixelBudgetWithAWarning() throws Exception {
        Scene scene = Diagrams.create(TestModels.pharma(), View.BOTH);
        Path out = dir.resolve("budget.png");
        List<String> warnings = DiagramExporter.export(scene, ExportFormat.PNG, new ExportOptions(4, 250_000), out);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("scaled down"), warnings.get(0));
        BufferedImage png = ImageIO.read(out.toFile());
        assertTrue((long) png.getWidth() * png.getHeight() <= 250_000);
        assertEquals(scene.width() / scene.height(), (double) png.getWidth() / png.getHeight(), 0.02);
    }

    @Test
    void pdfIsVectorWithTheCyrillicFontEmbedded() throws Exception {
        Cluster cluster = TestModels.pharma();
        for (View view : View.values()) {
            Scene scene = Diagrams.create(cluster, view, decorations(cluster), Map.of());
            Path pdf = dir.resolve(view.id() + ".pdf");
            assertTrue(DiagramExporter.export(scene, ExportFormat.PDF, ExportOptions.defaults(), pdf).isEmpty());
            String text = Readers.pdfText(pdf);
            assertTrue(text.contains("Калужский фармацевтический кластер"), view + ": " + text);
            for (var n : scene.nodes()) {
                for (String line : n.lines()) {
                    assertTrue(text.contains(line), view + ": pdftotext shows " + line);
                }
            }
            String fonts = Readers.pdfFonts(pdf);
            assertTrue(fonts.contains("DejaVuSans"), fonts);
            assertFalse(fonts.lines().skip(2).anyMatch(l -> l.contains(" no ")), "all fonts embedded:\n" + fonts);
            BufferedImage page = ImageIO.read(Readers.pdfToPng(pdf, 1200).toFile());
            assertEquals(scene.width() / scene.height(), (double) page.getWidth() / page.getHeight(), 0.02);
            assertTrue(nonWhiteShare(page) > 0.05, view + ": pdftoppm drew the diagram");
        }
    }

    @Test
    void largeGeneratedModelExportsToAllFormats() throws Exception {
        Cluster cluster = TestModels.generated(2000, 5);
        Scene scene = Diagrams.create(cluster, View.BOTH);
        assertTrue(scene.nodes().size() >= 1500, "nodes: " + scene.nodes().size());
        SceneStructureTest.assertNoOverlap(scene.nodes().stream().map(n -> n.bounds()).toList(), "2000");

        Path svg = dir.resolve("large.svg");
        DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), svg);
        BufferedImage fromSvg = ImageIO.read(Readers.svgToPng(svg, 1000).toFile());
        assertEquals(1000, fromSvg.getWidth());

        Path png = dir.resolve("large.png");
        List<String> pngWarnings = DiagramExporter.export(scene, ExportFormat.PNG, ExportOptions.defaults(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        long pixels = (long) scene.width() * (long) scene.height();
        if (pixels > ExportOptions.DEFAULT_PIXEL_BUDGET) {
            assertEquals(1, pngWarnings.size());
            assertTrue((long) image.getWidth() * image.getHeight() <= ExportOptions.DEFAULT_PIXEL_BUDGET);
        } else {
            assertEquals((int) scene.width(), image.getWidth());
        }

        Path pdf = dir.resolve("large.pdf");
        DiagramExporter.export(scene, ExportFormat.PDF, ExportOptions.defaults(), pdf);
        assertTrue(Readers.pdfText(pdf).contains("Ключевое действие 7"));
        BufferedImage page = ImageIO.read(Readers.pdfToPng(pdf, 2000).toFile());
        assertEquals(scene.width() / scene.height(), (double) page.getWidth() / page.getHeight(), 0.02);
    }

    private static List<Decoration> decorations(Cluster cluster) {
        KeyAction gap = cluster.getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().isEmpty()).findFirst().orElseThrow();
        return List.of(new Decoration(gap, "error", "INT-001", "Нет поддерживающего ресурса"));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** Share of sampled pixels that are not white: a blank or failed render has none. */
    private static double nonWhiteShare(BufferedImage image) {
        int total = 0;
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                total++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / total;
    }
}
