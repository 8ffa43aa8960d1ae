package org.stic.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.SticPackage;
import org.stic.analysis.Analysis;
import org.stic.examples.SyntheticModels;
import org.stic.model.io.SticResources;
import org.stic.tests.support.SwtTesting;
import org.stic.tests.support.Timing;
import org.stic.ui.editor.SticEditor;

/**
 * The Readiness view's cost on a 1k-element model in the real workbench: from one edit command (a key resource's
 * status toggled between available and missing, which changes readiness) to the refreshed view painted on the screen
 * (the window system's next frame drawn by the X server), against the same command with the view closed (the editor's
 * own update, until the same frame is on the screen) and the command alone, in the same run. Prints medians of 41
 * runs.
 */
class ReadinessViewBenchmark {

    private static final int RUNS = 41;

    @Test
    void fromCommandToRefreshedView() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("readiness-benchmark");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("synthetic-1000.stic");
        Cluster cluster = SyntheticModels.generate(1_000, 7);
        Resource resource = SticResources.create(SticResources.newResourceSet(),
                file.getLocation().toFile().toPath(), cluster);
        SticResources.save(resource);
        project.refreshLocal(1, null);
        try {
            SticEditor editor = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
            Cluster model = (Cluster) editor.getResource().getContents().get(0);
            int elements = 0;
            for (var it = model.eAllContents(); it.hasNext(); it.next()) {
                elements++;
            }
            KeyResource busy = model.getInternalContour().getKeyResources().stream()
                    .max(Comparator.comparingInt(r -> r.getSupportedActions().size())).orElseThrow();
            EditingDomain domain = editor.getEditingDomain();
            Display display = Display.getCurrent();
            int[] toggles = new int[1];
            Runnable edit = () -> domain.getCommandStack().execute(SetCommand.create(domain, busy,
                    SticPackage.Literals.KEY_RESOURCE__STATUS, toggles[0]++ % 2 == 0 ? AvailabilityStatus.MISSING
                            : AvailabilityStatus.AVAILABLE));

            double command = Timing.median(5, RUNS, edit);
            Control editorTree = editor.getViewer().getControl();
            double baseline = Timing.median(5, RUNS, () -> {
                edit.run();
                runQueued(display);
                onScreen(display, editorTree);
            });

            ReadinessView view = (ReadinessView) page.showView(ReadinessView.ID);
            page.activate(editor);
            runQueued(display);
            assertTrue(view.figure().contains("needs ready"), view.figure());
            long readsBefore = Analysis.modelsRead();
            Control viewTree = view.readinessViewer().getControl();
            double withView = Timing.median(5, RUNS, () -> {
                int before = view.updates();
                edit.run();
                runQueued(display);
                onScreen(display, viewTree);
                assertTrue(view.updates() == before + 1, "one update per command");
            });
            double readsPerEdit = (Analysis.modelsRead() - readsBefore) / (double) (5 + RUNS);
            // the view's own update timed apart: one more update (analysis, figure, tree refreshed; painted later)
            double settle = Timing.median(5, RUNS, () -> {
                edit.run();
                runQueued(display);
            });
            double oneMore = Timing.median(5, RUNS, () -> {
                edit.run();
                view.update();
                view.readinessViewer().getControl().update();
                runQueued(display);
            });
            System.out.printf(Locale.ROOT, "ReadinessViewBenchmark %d elements (%d needs), medians of %d: one edit "
                    + "command to the refreshed Readiness view on the screen %.2f ms; baseline, same run, view closed: "
                    + "the command with the model editor's own update, to the same frame on the screen %.2f ms; the "
                    + "command alone %.3f ms; the view's update (analysis, rows refreshed) %.2f ms; the model read for "
                    + "its analysis %.1f times per edit%n", elements,
                    model.getExternalContour().getSegments().stream().mapToInt(s -> s.getNeeds().size()).sum(), RUNS,
                    withView, baseline, command, oneMore - settle, readsPerEdit);
            page.hideView(view);
        } finally {
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    /**
     * Runs the event loop until the window system's next frame has painted {@code control} (a pixel of it asked to be
     * painted again, so that there is a paint to wait for even where nothing changed), then until the X server has
     * drawn that frame: a pixel read back from the screen, which it answers only after the drawing before it. On GTK
     * {@code Control.update()} does not paint at once, so without this the figure would end before the screen shows
     * the new rows.
     */
    private static void onScreen(Display display, Control control) {
        int[] paints = new int[1];
        Listener counting = e -> paints[0]++;
        control.addListener(SWT.Paint, counting);
        try {
            control.redraw(0, 0, 1, 1, false);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (paints[0] == 0) {
                if (!display.readAndDispatch()) {
                    Thread.onSpinWait();
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no paint within 5 s");
                }
            }
        } finally {
            control.removeListener(SWT.Paint, counting);
        }
        SwtTesting.drawnOnScreen(control);
    }

    /**
     * Runs what the command queued (the editor's and the view's updates, posted from the command stack's listeners)
     * and stops there: a marker posted after them has run. Other events of the workbench may run in between, as
     * they would for the user.
     */
    private static void runQueued(Display display) {
        boolean[] reached = new boolean[1];
        display.asyncExec(() -> reached[0] = true);
        while (!reached[0]) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }
}
