package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.SegmentNeed;
import org.stic.cli.Cli;
import org.stic.diagram.CriticalityOverlay;
import org.stic.diagram.View;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.Messages;
import org.stic.diagram.ui.editor.DiagramEditor;

/**
 * What-if mode as a user meets it on the Kaluga example: the contract research organisation, the only one that holds
 * the preclinical studies (the examples' hand-derived table, docs/analysis.md), is switched off from the diagram's
 * context menu in the network view; the preclinical-studies need turns red on the contours' view and the banner
 * names it; the scenario is saved as a scenario file, reopened, rendered and reported by the command line (the
 * report's scenario section names that need and no other); undo switches the
 * participant on again; the model file is not changed and the model never dirty.
 */
class WhatIfTest {

    private static final String CRO = KalugaExample.CRO;
    private static final String PRECLINICAL = KalugaExample.PRECLINICAL;

    private KalugaExample.Open kaluga;

    @AfterEach
    void close() throws Exception {
        if (kaluga != null) {
            kaluga.close();
        }
    }

    @Test
    void switchingTheContractResearchOrganisationOffLosesThePreclinicalStudies() throws Exception {
        kaluga = KalugaExample.openInModelEditor("whatif");
        IWorkbenchPage page = kaluga.page();
        Path model = kaluga.file().getLocation().toFile().toPath();
        byte[] modelBefore = Files.readAllBytes(model);
        DiagramEditor editor = EditorUi.openDiagram(page, kaluga.file(), View.NETWORK);
        assertFalse(editor.isDirty());

        // the tool bar's toggle turns the mode on: an empty scenario, the banner says so
        editor.setWhatIf(true);
        Ui.settle();
        assertTrue(editor.isWhatIf());
        assertEquals(Messages.get("whatIf.banner.empty", "what-if"), editor.whatIfBanner());

        // right-click the organisation, Switch Off in Scenario from the context menu
        SceneNode cro = EditorUi.node(editor, CRO);
        var at = EditorUi.centre(editor, cro);
        Ui.click(editor.getViewer().getControl(), at.x, at.y);
        Ui.settle();
        assertEquals(List.of(cro.element()), editor.getViewer().getSelection());
        EditorUi.runContextMenuItem(editor, Messages.get("menu.switchOff"));
        Ui.settle();
        assertEquals(Set.of(cro.element()), editor.switchedOff());
        Overlay.Mark croMark = editor.getViewer().getScene().overlays().get(0).node(cro);
        assertEquals(WhatIfOverlay.OFF, croMark, "the organisation is drawn greyed");
        String banner = editor.whatIfBanner();
        assertTrue(banner.contains(CRO) && banner.contains(PRECLINICAL), banner);
        assertTrue(editor.isDirty(), "the scenario has unsaved changes");
        assertFalse(editor.getSession().isDirty(), "the model is not changed");

        // the contours' view: the need is red, the other needs are not
        editor.showView(View.BOTH);
        Ui.settle();
        SceneNode need = EditorUi.node(editor, PRECLINICAL);
        Overlay whatIf = editor.getViewer().getScene().overlays().get(0);
        assertEquals(WhatIfOverlay.LOST, whatIf.node(need));
        List<String> red = editor.getViewer().getScene().nodes().stream()
                .filter(n -> n.element() instanceof SegmentNeed && whatIf.node(n) == WhatIfOverlay.LOST)
                .map(n -> ((SegmentNeed) n.element()).getName()).toList();
        assertEquals(List.of(PRECLINICAL), red, "only the need the organisation alone holds loses readiness");
        editor.getViewer().setZoom(0.8);
        editor.getViewer().reveal(need.bounds());
        Ui.settle();
        Path shot = Ui.screenshot(page.getWorkbenchWindow().getShell(), "what-if-kaluga-cro-off");
        Ui.diagramPicture(editor.getViewer().getScene(), "what-if-kaluga-cro-off-diagram", 2400);
        assertTrue(Files.size(shot) > 0);

        // Save writes the scenario file, not the model
        editor.doSave(null);
        Ui.settle();
        Path scenario = model.resolveSibling("kaluga-pharma.what-if.stic-scenario");
        String text = Files.readString(scenario, StandardCharsets.UTF_8);
        String croId = cro.element().eResource().getURIFragment(cro.element());
        assertTrue(text.contains("stic-scenario 1\n") && text.contains("remove " + croId + "  # " + CRO), text);
        assertFalse(editor.isDirty());
        assertArrayEquals(modelBefore, Files.readAllBytes(model), "the model file is not touched");

        // the command line renders the same scenario: the need is marked lost in the SVG
        Path svg = model.resolveSibling("what-if.svg");
        StringWriter out = new StringWriter();
        int exit = Cli.run(new String[] { "render", model.toString(), "--view", "both", "--scenario",
                scenario.toString(), "-o", svg.toString() }, new PrintWriter(out, true), new PrintWriter(out, true));
        assertEquals(0, exit, out.toString());
        String drawn = Files.readString(svg, StandardCharsets.UTF_8);
        String needId = need.element().eResource().getURIFragment(need.element());
        assertTrue(drawn.matches("(?s).*class=\"node segment-need what-if-lost\" data-element=\"" + needId + "\".*"),
                "the rendered need is marked lost");

        // and its report: the scenario's section names the need that loses readiness, and no other need
        Path reportDir = model.resolveSibling("what-if-report");
        exit = Cli.run(new String[] { "report", model.toString(), "--scenario", scenario.toString(), "-o",
                reportDir.toString() }, new PrintWriter(out, true), new PrintWriter(out, true));
        assertEquals(0, exit, out.toString());
        Path html;
        try (var files = Files.list(reportDir)) {
            html = files.filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        String report = Files.readString(html, StandardCharsets.UTF_8);
        int start = report.indexOf("<h2 id=\"scenario-1\">");
        assertTrue(start > 0, "the report has the scenario's section");
        String section = report.substring(start, report.indexOf("</section>", start));
        assertTrue(section.contains("what-if"), "the section names the scenario");
        assertTrue(section.contains("<td>" + PRECLINICAL + "</td>"), section);
        long needRows = kaluga.cluster().getExternalContour().getSegments().stream()
                .flatMap(sg -> sg.getNeeds().stream()).filter(n -> section.contains("<td>" + n.getName() + "</td>"))
                .count();
        assertEquals(1, needRows, "only the need the organisation alone holds changes: " + section);

        // leave, reopen the file: the same element off, the need red again
        assertTrue(editor.setWhatIf(false));
        Ui.settle();
        assertTrue(editor.getViewer().getScene().overlays().isEmpty(), "the model as it is");
        assertTrue(editor.openScenario(scenario));
        Ui.settle();
        assertEquals(Set.of(cro.element()), editor.switchedOff());
        assertEquals(WhatIfOverlay.LOST, editor.getViewer().getScene().overlays().get(0)
                .node(EditorUi.node(editor, PRECLINICAL)));

        // undo switches it on again: nothing red, the scenario differs from its file
        editor.setWhatIf(false);
        editor.setWhatIf(true);
        editor.getViewer().setSelection(List.of(), false);
        editor.showView(View.NETWORK);
        Ui.settle();
        editor.getViewer().setSelection(List.of(EditorUi.node(editor, CRO).element()), false);
        EditorUi.runContextMenuItem(editor, Messages.get("menu.switchOn"));
        Ui.settle();
        assertEquals(Set.of(), editor.switchedOff());
        Ui.key('z', 'z', SWT.CTRL);
        Ui.settle();
        assertEquals(Set.of(cro.element()), editor.switchedOff(), "Ctrl+Z undid the switching on");
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        Ui.settle();
        assertEquals(Set.of(), editor.switchedOff(), "Ctrl+Shift+Z redid it");
        assertTrue(editor.isDirty());

        // leaving with unsaved changes asks; Discard leaves the file as saved
        List<EditorUi.Dialog> asked = EditorUi.answering(Messages.get("whatIf.leave.discard"), shell -> {
        }, () -> editor.setWhatIf(false));
        assertEquals(1, asked.size(), asked.toString());
        assertEquals(Messages.get("whatIf.leave.title"), asked.get(0).title());
        assertFalse(editor.isWhatIf());
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(scenario, StandardCharsets.UTF_8).contains("remove " + croId));
        assertFalse(editor.getSession().isDirty(), "the model never became dirty");
        assertArrayEquals(modelBefore, Files.readAllBytes(model), "the model file is unchanged");
    }

    @Test
    void theCriticalityOverlayShadesTheCriticalElementsAndExportsKeepIt() throws Exception {
        kaluga = KalugaExample.openInModelEditor("criticality");
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.NETWORK);
        editor.showCriticality(true);
        Ui.settle();
        Overlay overlay = editor.getViewer().getScene().overlays().get(0);
        SceneNode cro = EditorUi.node(editor, CRO);
        assertNotNull(overlay.node(cro), "the organisation that alone holds a need is critical");
        assertTrue(CriticalityOverlay.BANDS.contains(overlay.node(cro)));
        editor.getViewer().setZoom(1);
        editor.getViewer().reveal(cro.bounds());
        Ui.settle();
        Path shot = Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "criticality-kaluga-network");
        Ui.diagramPicture(editor.getViewer().getScene(), "criticality-kaluga-network-diagram", 2400);
        assertTrue(Files.size(shot) > 0);
        Path svg = kaluga.file().getLocation().toFile().toPath().resolveSibling("criticality.svg");
        assertTrue(editor.exportTo(svg, org.stic.diagram.ExportFormat.SVG).isEmpty());
        String drawn = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(drawn.contains("class=\"legend\""), "the legend is exported");
        assertTrue(drawn.contains("critical-"), "shaded elements are exported");
        editor.showCriticality(false);
        assertTrue(editor.getViewer().getScene().overlays().isEmpty());
    }
}
