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
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** The bundled example clusters (Cyrillic names) in every view and format, read back by independent readers. */
class ExamplesExportTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleExportsInEveryViewAndFormat() throws Exception {
        assertFalse(Examples.names().isEmpty());
        for (String name : Examples.names()) {
            Cluster cluster = SticResources.load(Examples.path(name));
            List<Decoration> gaps = cluster.getInternalContour() == null ? List.of()
                    : cluster.getInternalContour().getKeyActions().stream()
                            .filter(a -> a.getSupportingResources().isEmpty())
                            .map(a -> new Decoration(a, "error", "INT-001", "Нет поддерживающего ресурса")).toList();
            for (View view : View.values()) {
                Scene scene = Diagrams.create(cluster, view, gaps, Map.of());
                String what = name + "/" + view.id();
                SceneStructureTest.assertNoOverlap(scene.nodes().stream().map(SceneNode::bounds).toList(), what);

                Path svg = dir.resolve(name + "-" + view.id() + ".svg");
                assertTrue(DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), svg).isEmpty());
                String svgText = Files.readString(svg, StandardCharsets.UTF_8);
                if (!scene.nodes().isEmpty() && view != View.CANVAS) { // canvas cards: the block names the type
                    assertTrue(svgText.contains("xlink:href=\"#icon-" + scene.nodes().get(0).style().iconName()),
                            what + ": the type icon from the edit bundle is drawn");
                }
                BufferedImage rendered = ImageIO.read(Readers.svgToPng(svg, 0).toFile());
                assertEquals(Math.round(scene.width()), rendered.getWidth(), what);

                Path png = dir.resolve(name + "-" + view.id() + ".png");
                assertTrue(DiagramExporter.export(scene, ExportFormat.PNG, ExportOptions.defaults(), png).isEmpty());
                assertEquals((int) scene.height(), ImageIO.read(png.toFile()).getHeight(), what);

                Path pdf = dir.resolve(name + "-" + view.id() + ".pdf");
                assertTrue(DiagramExporter.export(scene, ExportFormat.PDF, ExportOptions.defaults(), pdf).isEmpty());
                String text = Readers.pdfText(pdf);
                // pdftotext may drop the space of a short centred line such as a card's "\u2192 9"
                String compact = text.replaceAll("\\s+", "");
                for (SceneNode n : scene.nodes()) {
                    for (String line : n.lines()) {
                        assertTrue(view == View.CANVAS ? compact.contains(line.replaceAll("\\s+", ""))
                                : text.contains(line), what + ": pdftotext shows '" + line + "'");
                    }
                }
                Readers.pdfToPng(pdf, 800);
            }
        }
    }
}
