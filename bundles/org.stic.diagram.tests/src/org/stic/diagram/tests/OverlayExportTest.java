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
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Scenario;
import org.stic.analysis.ScenarioChange;
import org.stic.diagram.CriticalityOverlay;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.View;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;
import org.stic.examples.Examples;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;

/**
 * Overlays drawn by the headless engine and kept by every export: the Kaluga example with its contract research
 * organisation switched off (the only holder of the preclinical studies, the examples' hand-derived table) and with
 * the criticality overlay, read back by rsvg-convert, ImageIO and poppler.
 */
class OverlayExportTest {

    private static final String CRO = "Контрактная исследовательская организация";
    private static final String PRECLINICAL = "Доклинические исследования кандидатов в лекарства";

    @TempDir
    Path dir;

    @Test
    void aScenarioIsDrawnGreyAndRedInSvgPngAndPdf() throws Exception {
        Cluster cluster = SticResources.load(Examples.path(Examples.KALUGA_PHARMA));
        Participant cro = cluster.getParticipants().stream().filter(p -> CRO.equals(p.getName())).findFirst()
                .orElseThrow();
        AnalysisResult baseline = Analysis.of(cluster, new AnalysisOptions(2026));
        AnalysisResult under = baseline.under(new Scenario("cro-leaves", List.of(new ScenarioChange.Remove(cro))));
        WhatIfOverlay overlay = WhatIfOverlay.of(baseline, under);

        Scene scene = Diagrams.create(cluster, View.BOTH, List.of(), Map.of());
        scene.setOverlays(List.of(overlay));
        List<String> red = scene.nodes().stream().filter(n -> overlay.node(n) == WhatIfOverlay.LOST)
                .filter(n -> n.element() instanceof org.stic.SegmentNeed).map(OverlayExportTest::name).toList();
        assertEquals(List.of(PRECLINICAL), red, "the one need the organisation alone holds");

        Path svg = dir.resolve("what-if.svg");
        assertTrue(DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), svg).isEmpty());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        SceneNode need = scene.nodes().stream().filter(n -> PRECLINICAL.equals(name(n))).findFirst().orElseThrow();
        String needId = need.element().eResource().getURIFragment(need.element());
        assertTrue(text.contains("class=\"node segment-need what-if-lost\" data-element=\"" + needId + "\""));
        assertTrue(text.contains("class=\"legend\""));
        assertTrue(text.contains(org.stic.diagram.Messages.count(Language.current(), "whatIf.legend.lost",
                overlay.lost().size())), "the legend counts what loses readiness");
        BufferedImage rendered = ImageIO.read(Readers.svgToPng(svg, 0).toFile());
        assertEquals(Math.round(scene.width()), rendered.getWidth(), "rsvg-convert reads it");

        // the PNG shows the red fill inside the need's box
        Path png = dir.resolve("what-if.png");
        assertTrue(DiagramExporter.export(scene, ExportFormat.PNG, ExportOptions.defaults(), png).isEmpty());
        BufferedImage image = ImageIO.read(png.toFile());
        int rgb = image.getRGB((int) need.bounds().x() + 12, (int) need.bounds().maxY() - 6) & 0xFFFFFF;
        assertEquals(WhatIfOverlay.LOST.fill(), rgb, "the need is filled red");

        // the PDF holds the legend's text
        Path pdf = dir.resolve("what-if.pdf");
        assertTrue(DiagramExporter.export(scene, ExportFormat.PDF, ExportOptions.defaults(), pdf).isEmpty());
        // NFKC: poppler writes the font's ligatures (ﬀ) as such
        String pdfText = java.text.Normalizer.normalize(Readers.pdfText(pdf), java.text.Normalizer.Form.NFKC);
        String legend = org.stic.diagram.Messages.count(Language.current(), "whatIf.legend.off", 1);
        assertTrue(pdfText.replaceAll("\\s+", " ").contains(legend), pdfText);
    }

    @Test
    void theCriticalityOverlayShadesOnlyCriticalElementsHighestFirst() throws Exception {
        Cluster cluster = SticResources.load(Examples.path(Examples.KALUGA_PHARMA));
        AnalysisResult r = Analysis.of(cluster, new AnalysisOptions(2026));
        CriticalityOverlay overlay = CriticalityOverlay.of(r);
        Scene scene = Diagrams.create(cluster, View.NETWORK, List.of(), Map.of());
        scene.setOverlays(List.of(overlay));
        SceneNode cro = scene.nodes().stream().filter(n -> CRO.equals(name(n))).findFirst().orElseThrow();
        assertTrue(CriticalityOverlay.BANDS.contains(overlay.node(cro)), "the organisation is critical");
        long shaded = scene.nodes().stream().filter(n -> overlay.node(n) != null).count();
        long critical = scene.nodes().stream().filter(n -> r.criticality(n.element()).isPresent()).count();
        assertEquals(critical, shaded, "exactly the critical elements shown are shaded");
        assertFalse(r.criticalElements().isEmpty());
        assertEquals(0, overlay.band(r.criticalElements().get(0).element()), "the highest impact is in the top band");
        Path svg = dir.resolve("critical.svg");
        DiagramExporter.export(scene, ExportFormat.SVG, ExportOptions.defaults(), svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains(" critical-high\"") || text.contains(" critical-medium\"")
                || text.contains(" critical-low\""));
        assertTrue(text.contains(org.stic.diagram.Messages.get(Language.current(), "criticality.legend.high")));
        ImageIO.read(Readers.svgToPng(svg, 0).toFile());
    }

    @Test
    void theCanvasCarriesTheSameScenarioCriticalityAndBadges() throws Exception {
        Cluster cluster = SticResources.load(Examples.path(Examples.KALUGA_PHARMA));
        Participant cro = cluster.getParticipants().stream().filter(p -> CRO.equals(p.getName())).findFirst()
                .orElseThrow();
        AnalysisResult baseline = Analysis.of(cluster, new AnalysisOptions(2026));
        WhatIfOverlay whatIf = WhatIfOverlay.of(baseline,
                baseline.under(new Scenario("cro-leaves", List.of(new ScenarioChange.Remove(cro)))));
        // the gap's key action carries the readiness-gap badge and border, as on the other views
        org.stic.KeyAction gap = cluster.getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().isEmpty()).findFirst().orElseThrow();
        List<org.stic.diagram.Decoration> badges = List.of(new org.stic.diagram.Decoration(gap, "error",
                org.stic.diagram.Decoration.READINESS_GAP_RULE, "no supporting resource"));
        Scene canvas = Diagrams.create(cluster, View.CANVAS, badges, Map.of());
        Scene both = Diagrams.create(cluster, View.BOTH, badges, Map.of());
        canvas.setOverlays(List.of(whatIf));
        both.setOverlays(List.of(whatIf));
        // what turns red on the both-contours view turns red on the canvas: every such element it draws
        List<Object> redOnBoth = both.nodes().stream().filter(n -> whatIf.node(n) == WhatIfOverlay.LOST)
                .filter(n -> canvas.node(n.element()) != null).map(SceneNode::element).map(Object.class::cast).toList();
        List<Object> redOnCanvas = canvas.nodes().stream().filter(n -> whatIf.node(n) == WhatIfOverlay.LOST)
                .map(SceneNode::element).map(Object.class::cast).toList();
        assertFalse(redOnCanvas.isEmpty());
        assertEquals(new java.util.HashSet<>(redOnBoth), new java.util.HashSet<>(redOnCanvas));
        Path svg = dir.resolve("canvas-what-if.svg");
        assertTrue(DiagramExporter.export(canvas, ExportFormat.SVG, ExportOptions.defaults(), svg).isEmpty());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        SceneNode need = canvas.nodes().stream().filter(n -> PRECLINICAL.equals(name(n))).findFirst().orElseThrow();
        String needId = need.element().eResource().getURIFragment(need.element());
        assertTrue(text.contains("class=\"node segment-need what-if-lost\" data-element=\"" + needId + "\""), needId);
        String gapId = gap.eResource().getURIFragment(gap);
        assertTrue(text.contains("class=\"decoration error\" data-element=\"" + gapId + "\""), "the gap's badge");
        org.junit.jupiter.api.Assertions.assertArrayEquals(org.stic.diagram.scene.Styles.GAP_DASH,
                canvas.node(gap).style().dash(), "the gap's border");
        ImageIO.read(Readers.svgToPng(svg, 0).toFile());

        // criticality: the same elements shaded on the canvas as the analysis names, in the same bands
        CriticalityOverlay critical = CriticalityOverlay.of(baseline);
        canvas.setOverlays(List.of(critical));
        long shaded = canvas.nodes().stream().filter(n -> critical.node(n) != null).count();
        long expected = canvas.nodes().stream().filter(n -> baseline.criticality(n.element()).isPresent()).count();
        assertTrue(expected > 0);
        assertEquals(expected, shaded);
    }

    private static String name(SceneNode n) {
        return n.element() instanceof NamedElement ne ? ne.getName() : "";
    }
}
