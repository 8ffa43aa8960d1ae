package org.stic.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.CriticalElement;
import org.stic.diagram.View;
import org.stic.diagram.render.SceneDamage;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.ui.handlers.OpenDiagramHandler;
import org.stic.model.io.SticResources;
import org.stic.tests.support.SwtTesting;
import org.stic.tests.support.Timing;

/**
 * Switching one element off (and on again) in what-if mode in the real diagram editor on a 500-node diagram, from the
 * scenario step to the canvas repainted in the new colours on the screen (Xvfb; the time includes waiting for the
 * window system's next frame, as the user does, and for the X server to have drawn it): the scenario analysed from the
 * session's analysis of the model, the overlay built, the banner updated and the nodes and links whose colours
 * changed repainted. Beside it, in the same run: the same repaint without the analysis (the same areas, the overlays
 * already built) and the whole canvas repainted (what every step cost before only changed areas were repainted).
 * Target: 50 ms. Prints medians.
 */
class WhatIfEditorBenchmark {

    private static final int RUNS = 31;

    /**
     * Runs the event loop until the canvas has been painted once more than {@code before} (the window system paints
     * at its next frame, not when asked), then until the X server has drawn it: a pixel of the canvas read back from
     * the screen, which the server answers only after the drawing requests before it.
     */
    private static void painted(Display display, Canvas canvas, int[] paints, int before) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (paints[0] == before) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no paint within 5 s");
            }
        }
        SwtTesting.drawnOnScreen(canvas);
    }

    @Test
    void switchingOneElementOffInTheEditor() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("what-if-benchmark");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("synthetic-500.stic");
        Cluster cluster = WhatIfBenchmark.cluster();
        SticResources.save(SticResources.create(SticResources.newResourceSet(), file.getLocation().toFile().toPath(),
                cluster));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Display display = Display.getCurrent();
        try {
            DiagramEditor editor = OpenDiagramHandler.open(page, file, View.BOTH);
            assertTrue(SwtTesting.waitFor(() -> editor.getViewer().getScene() != null, 120_000), "laid out");
            page.toggleZoom(page.getReference(editor)); // the editor as large as the window
            SwtTesting.settle(300);
            editor.getViewer().fit();
            editor.setWhatIf(true);
            SwtTesting.settle(300);
            DiagramViewer viewer = editor.getViewer();
            Canvas canvas = viewer.getControl();
            Scene scene = viewer.getScene();
            assertEquals(500, scene.nodes().size());
            // the element whose loss costs the most ready needs, drawn on this view: the repaint has red in it
            EObject off = editor.getSession().analysis().result(AnalysisOptions.thisYear()).criticalElements()
                    .stream().map(CriticalElement::element).filter(e -> scene.node(e) != null).findFirst()
                    .orElseThrow();
            WhatIfMode whatIf = editor.whatIf();
            boolean[] switchOff = { true };
            int[] paints = { 0 };
            Listener counting = e -> paints[0]++;
            canvas.addListener(SWT.Paint, counting);
            long[] pixels = { 0 };
            int[] areas = { 0 };
            double step = Timing.median(5, RUNS, () -> {
                int before = paints[0];
                whatIf.switchElements(List.of(off), switchOff[0]);
                switchOff[0] = !switchOff[0];
                painted(display, canvas, paints, before);
                areas[0] += viewer.lastPainted().size();
                pixels[0] += viewer.lastPainted().stream().mapToLong(r -> (long) r.width * r.height).sum();
            });
            assertEquals(scene, viewer.getScene(), "no new layout");
            long stepPixels = pixels[0] / (5 + RUNS);
            double stepAreas = areas[0] / (double) (5 + RUNS);

            // the same repaint without the analysis: the overlays of both states built, the same areas repainted
            whatIf.switchElements(List.of(off), true);
            List<Overlay> offOverlays = scene.overlays();
            whatIf.switchElements(List.of(off), false);
            List<Overlay> onOverlays = scene.overlays();
            List<Bounds> damage = SceneDamage.ofOverlays(scene, onOverlays, offOverlays);
            boolean[] showOff = { true };
            double sameRepaint = Timing.median(5, RUNS, () -> {
                int before = paints[0];
                scene.setOverlays(showOff[0] ? offOverlays : onOverlays);
                showOff[0] = !showOff[0];
                viewer.redraw(damage);
                painted(display, canvas, paints, before);
            });
            double fullRepaint = Timing.median(5, RUNS, () -> {
                int before = paints[0];
                scene.setOverlays(showOff[0] ? offOverlays : onOverlays);
                showOff[0] = !showOff[0];
                viewer.repaintAll();
                painted(display, canvas, paints, before);
            });
            // the parts of a step, each alone: analysis and overlay, the banner, the editor's dirty state
            double analysis = Timing.median(5, RUNS, whatIf::overlays);
            double banner = Timing.median(5, RUNS, whatIf::refreshBanner);
            double dirty = Timing.median(5, RUNS, editor::whatIfDirtyChanged);
            // a step while the scenario has unsaved changes already (another element off): its dirty state stays
            EObject other = scene.nodes().stream().map(n -> n.element()).filter(WhatIfMode::switchable)
                    .filter(e -> e != off).reduce((a, b) -> b).orElseThrow();
            whatIf.switchElements(List.of(other), true);
            painted(display, canvas, paints, paints[0]);
            double dirtyStep = Timing.median(5, RUNS, () -> {
                int before = paints[0];
                whatIf.switchElements(List.of(off), switchOff[0]);
                switchOff[0] = !switchOff[0];
                painted(display, canvas, paints, before);
            });
            canvas.removeListener(SWT.Paint, counting);
            Rectangle client = canvas.getClientArea();
            System.out.printf(Locale.ROOT, "WhatIfEditorBenchmark: %d nodes, %d edges, canvas %d x %d, zoom %.0f %%; "
                    + "switched off: %s (%d of %d areas changed colour)%n", scene.nodes().size(),
                    scene.edges().size(), client.width, client.height, viewer.getZoom() * 100,
                    off.eClass().getName(), damage.size(), scene.nodes().size() + scene.edges().size());
            System.out.printf(Locale.ROOT, "  switch off/on in what-if mode, to the canvas repainted in the new "
                    + "colours: median %.1f ms (target <= 50 ms; %.1f areas, %d pixels of %d painted per step)%n", step,
                    stepAreas, stepPixels, (long) client.width * client.height);
            System.out.printf(Locale.ROOT, "  baseline, same run: the same repaint without the analysis: median %.1f "
                    + "ms; the whole canvas repainted: median %.1f ms%n", sameRepaint, fullRepaint);
            System.out.printf(Locale.ROOT, "  the same step while the scenario has unsaved changes already (its "
                    + "dirty state stays): median %.1f ms%n", dirtyStep);
            System.out.printf(Locale.ROOT, "  parts of a step alone: scenario analysed + overlay %.2f ms; banner %.1f "
                    + "ms; the editor's dirty state told %.1f ms%n", analysis, banner, dirty);
        } finally {
            if (page.isPageZoomed()) {
                page.toggleZoom(page.getActivePartReference()); // the views back for the tests after it
            }
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
    }
}
