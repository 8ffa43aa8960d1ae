package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.KeyResource;
import org.stic.SticPackage;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.CriticalElement;
import org.stic.diagram.View;
import org.stic.diagram.ui.Messages;
import org.stic.diagram.ui.editor.DiagramEditor;

/**
 * Repainting only what changed gives the picture a full repaint gives: on the Kaluga diagram in the real editor,
 * a what-if step (a critical element switched off from the context menu), the criticality overlay turned on and a
 * model edit that moves nothing (a key resource's status) each repaint only some areas of the canvas (one paint, in
 * which the viewer draws those areas of the diagram again and copies the rest), and the canvas, read back from the screen, is pixel for pixel what painting the whole canvas
 * again shows; and it differs from the picture before the change, so a repaint that did nothing would fail.
 */
class PartialRepaintTest {

    private KalugaExample.Open kaluga;
    private DiagramEditor editor;
    private Canvas canvas;
    private int paints;
    private final Listener counting = e -> paints++;

    @BeforeEach
    void open() throws Exception {
        kaluga = KalugaExample.openInModelEditor("partial-repaint");
        editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.BOTH);
        kaluga.page().activate(editor);
        canvas = editor.getViewer().getControl();
        // the diagram's editor as large as the window, so that the canvas is a good part of the screen
        kaluga.page().toggleZoom(kaluga.page().getReference(editor));
        editor.getViewer().fit();
        Ui.settle();
        canvas.addListener(SWT.Paint, counting);
    }

    @AfterEach
    void close() throws Exception {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.removeListener(SWT.Paint, counting);
        }
        if (editor != null && editor.isWhatIf()) {
            EditorUi.answering(Messages.get("whatIf.leave.discard"), shell -> {
            }, () -> editor.setWhatIf(false));
        }
        if (kaluga.page().isPageZoomed()) {
            kaluga.page().toggleZoom(kaluga.page().getReference(editor)); // the views back for the next test
        }
        kaluga.close();
    }

    private ImageData screen() {
        return Ui.onScreen(canvas);
    }

    private static int differentPixels(ImageData a, ImageData b) {
        assertEquals(a.width, b.width);
        assertEquals(a.height, b.height);
        int count = 0;
        for (int y = 0; y < a.height; y++) {
            for (int x = 0; x < a.width; x++) {
                if (a.getPixel(x, y) != b.getPixel(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Runs a change, then checks that it repainted part of the canvas only, that the part repainted makes the
     * picture of a full repaint, and that the picture changed.
     */
    private void partialEqualsFull(String what, Runnable change) throws Exception {
        ImageData before = screen();
        int paintsBefore = paints;
        change.run();
        ImageData partial = screen();
        assertEquals(paintsBefore + 1, paints, what + ": one paint");
        List<Rectangle> areas = editor.getViewer().lastPainted();
        Rectangle client = canvas.getClientArea();
        long area = areas.stream().mapToLong(r -> (long) r.width * r.height).sum();
        assertFalse(areas.isEmpty(), what + ": something was repainted");
        assertTrue(areas.size() > 1, what + ": the areas that changed painted each on its own " + areas);
        assertTrue(area < (long) client.width * client.height / 2, what + ": painted " + area + " of "
                + (long) client.width * client.height + " pixels");
        System.out.printf("PartialRepaintTest %s: %d areas, %d of %d pixels%n", what, areas.size(), area,
                (long) client.width * client.height);

        editor.getViewer().repaintAll();
        ImageData full = screen();
        assertEquals(1, editor.getViewer().lastPainted().size(), "the full repaint painted the whole canvas");
        int differences = differentPixels(partial, full);
        if (differences > 0) {
            Ui.screenshot(canvas.getShell(), "partial-repaint-" + what + "-failed");
        }
        assertEquals(0, differences, what + ": pixels the partial repaint left different from a full one");
        assertTrue(differentPixels(before, full) > 0, what + ": the picture changed");
    }

    @Test
    void whatIfCriticalityAndAnEditThatMovesNothingRepaintOnlyTheirAreasAndGiveTheFullPicture() throws Exception {
        editor.setWhatIf(true);
        Ui.settle();
        // the most critical element the contours' view shows: switching it off turns needs red far from it
        EObject critical = Analysis.of(kaluga.cluster(), AnalysisOptions.thisYear()).criticalElements().stream()
                .map(CriticalElement::element).filter(e -> editor.getViewer().getScene().node(e) != null)
                .findFirst().orElseThrow();
        editor.getViewer().setSelection(List.of(critical), false);
        partialEqualsFull("what-if", () -> EditorUi.runContextMenuItem(editor, Messages.get("menu.switchOff")));
        assertEquals(java.util.Set.of(critical), editor.switchedOff());
        Ui.screenshot(canvas.getShell(), "partial-repaint-what-if");

        partialEqualsFull("criticality", () -> editor.showCriticality(true));

        // a model edit that moves nothing: a supporting resource of the contours' view made missing
        KeyResource resource = kaluga.cluster().getInternalContour().getKeyResources().stream()
                .filter(r -> r.getStatus() == AvailabilityStatus.AVAILABLE && !r.getSupportedActions().isEmpty()
                        && editor.getViewer().getScene().node(r) != null)
                .findFirst().orElseThrow();
        var domain = kaluga.model().getEditingDomain();
        Command missing = SetCommand.create(domain, resource, SticPackage.Literals.KEY_RESOURCE__STATUS,
                AvailabilityStatus.MISSING);
        var scene = editor.getViewer().getScene();
        partialEqualsFull("status edit", () -> {
            domain.getCommandStack().execute(missing);
            Ui.waitFor("the diagram follows the edit", () -> editor.getViewer().getScene() != scene);
        });
        Ui.screenshot(canvas.getShell(), "partial-repaint-status-edit");
    }
}
