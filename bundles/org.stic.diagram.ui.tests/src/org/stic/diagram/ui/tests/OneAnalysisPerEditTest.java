package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stic.diagram.ui.tests.KalugaExample.CRO;
import static org.stic.diagram.ui.tests.KalugaExample.DOSSIER_REVIEW;
import static org.stic.diagram.ui.tests.KalugaExample.GAP;
import static org.stic.diagram.ui.tests.KalugaExample.PRECLINICAL;
import static org.stic.diagram.ui.tests.KalugaExample.REGISTRATION_NEED;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Scenario;
import org.stic.analysis.ScenarioChange;
import org.stic.analysis.ScenarioFile;
import org.stic.diagram.CriticalityOverlay;
import org.stic.diagram.Decoration;
import org.stic.diagram.LinkKind;
import org.stic.diagram.View;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.model.edit.Language;
import org.stic.ui.analysis.ReadinessView;

/**
 * One edit, one analysis: with the Kaluga example open in the model editor and on the diagram, the Readiness view
 * showing it, the diagram's badges, a what-if scenario (the contract research organisation switched off) and the
 * criticality overlay on, drawing the missing supports link reads the model for its analysis once, and so do its
 * undo and redo, and an undo while the view shows another year. Counted by {@link Analysis#modelsRead()}, the
 * dependency graphs the analysis really built. After each step what every consumer shows is that of the model as it
 * is then: the figures of the examples' hand-derived table (6 of 9 needs ready in 2026, 7 with the link; 7 of 9 in
 * 2028; the view, showing the diagram's scenario, gives them as its baseline, and 5 of 9 under the scenario), the
 * need's readiness badge (ANA-003) and the what-if and criticality colours of an analysis made afresh.
 */
class OneAnalysisPerEditTest {

    private KalugaExample.Open kaluga;
    private DiagramEditor diagram;
    private ReadinessView view;
    private Scenario scenario;

    @AfterEach
    void close() throws Exception {
        if (view != null) {
            kaluga.page().hideView(view);
        }
        if (kaluga != null) {
            kaluga.close();
        }
    }

    /** Runs a step and waits until the view and the diagram both show its outcome; returns the models read. */
    private long step(String what, Runnable change, String figure) {
        long before = Analysis.modelsRead();
        int updates = view.updates();
        Scene scene = diagram.getViewer().getScene();
        change.run();
        Ui.waitFor(what, () -> view.updates() > updates && diagram.getViewer().getScene() != scene
                && view.figure().contains(figure));
        Ui.settle();
        return Analysis.modelsRead() - before;
    }

    private boolean readinessBadge(String name) {
        SceneNode n = EditorUi.node(diagram, name);
        return n.decorations().stream().map(Decoration::ruleId).anyMatch("ANA-003"::equals);
    }

    /** The what-if and criticality colours on the diagram are those of an analysis of the model made afresh. */
    private void coloursAsAnalysedAfresh() {
        AnalysisResult fresh = Analysis.of(kaluga.cluster(), AnalysisOptions.thisYear());
        WhatIfOverlay expectedWhatIf = WhatIfOverlay.of(fresh, Analysis.of(kaluga.cluster(),
                AnalysisOptions.thisYear(), scenario));
        CriticalityOverlay expectedCriticality = CriticalityOverlay.of(fresh);
        List<Overlay> overlays = diagram.getViewer().getScene().overlays();
        assertEquals(2, overlays.size(), overlays::toString);
        WhatIfOverlay whatIf = (WhatIfOverlay) overlays.get(0);
        assertEquals(expectedWhatIf.off(), whatIf.off());
        assertEquals(expectedWhatIf.lost(), whatIf.lost());
        assertTrue(whatIf.lost().contains(kaluga.named(PRECLINICAL)), "the need the organisation alone holds is red");
        CriticalityOverlay criticality = (CriticalityOverlay) overlays.get(1);
        for (SceneNode n : diagram.getViewer().getScene().nodes()) {
            assertEquals(expectedCriticality.band(n.element()), criticality.band(n.element()), n.label());
        }
    }

    @Test
    void oneEditIsAnalysedOnceForTheViewTheBadgesTheScenarioAndTheCriticality() throws Exception {
        kaluga = KalugaExample.openInModelEditor("one-analysis");
        diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.BOTH);
        view = (ReadinessView) kaluga.page().showView(ReadinessView.ID);
        kaluga.page().activate(diagram);
        Ui.waitFor("the view shows the model", () -> view.figure().contains(" of 9 needs"));
        // the scenario: the contract research organisation switched off, opened from its file as a user does
        scenario = new Scenario("cro-off", List.of(new ScenarioChange.Remove(kaluga.named(CRO))));
        Path file = ScenarioFile.fileFor(kaluga.file().getLocation().toFile().toPath(), "cro-off");
        ScenarioFile.write(file, scenario, kaluga.cluster().eResource(), Language.EN);
        assertTrue(diagram.openScenario(file));
        diagram.showCriticality(true);
        Ui.settle();
        assertEquals(Set.of(kaluga.named(CRO)), diagram.switchedOff());
        // the view shows the scenario the diagram shows, beside the model as it is
        assertTrue(view.figure().startsWith("What-if scenario \u00abcro-off\u00bb \u2014 Readiness in 2026: 5 of 9")
                && view.figure().endsWith("baseline in 2026: 6 of 9"), view.figure());
        assertTrue(readinessBadge(REGISTRATION_NEED), "the registration need is not ready: its badge");
        coloursAsAnalysedAfresh();

        EObject action = kaluga.named(GAP);
        assertEquals(1, step("the link drawn", () -> EditorUi.link(diagram, LinkKind.SUPPORTS, kaluga.named(DOSSIER_REVIEW),
                action), "baseline in 2026: 7 of 9"), "one edit, one analysis");
        assertTrue(!readinessBadge(REGISTRATION_NEED), "the need is ready: no badge");
        coloursAsAnalysedAfresh();

        var stack = kaluga.model().getEditingDomain().getCommandStack();
        assertEquals(1, step("undo", stack::undo, "baseline in 2026: 6 of 9"), "undo, one analysis");
        assertTrue(readinessBadge(REGISTRATION_NEED), "the badge is back");
        coloursAsAnalysedAfresh();

        assertEquals(1, step("redo", stack::redo, "baseline in 2026: 7 of 9"), "redo, one analysis");
        assertTrue(!readinessBadge(REGISTRATION_NEED));
        coloursAsAnalysedAfresh();

        // another year in the view: its result comes from the same reading of the model
        long before = Analysis.modelsRead();
        Combo years = Ui.find((Composite) view.readinessViewer().getControl().getParent().getParent(), Combo.class);
        years.select(Arrays.asList(years.getItems()).indexOf("2028"));
        years.notifyListeners(SWT.Selection, new Event());
        Ui.waitFor("2028 shown", () -> view.figure().contains("Readiness in 2028: "));
        assertEquals(0, Analysis.modelsRead() - before, "another year of the same model state reads nothing");
        assertEquals(1, step("undo with 2028 shown", stack::undo, "baseline in 2028: 7 of 9"),
                "undo with another year shown, one analysis");
        assertTrue(readinessBadge(REGISTRATION_NEED), "the badges stay of this year");
        coloursAsAnalysedAfresh();
    }
}
