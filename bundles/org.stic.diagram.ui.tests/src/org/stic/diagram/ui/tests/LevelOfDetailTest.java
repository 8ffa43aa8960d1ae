package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.SegmentNeed;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.CriticalElement;
import org.stic.diagram.View;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.Messages;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.diagram.ui.editor.DiagramViewer;

/**
 * The canvas draws a zoomed-out diagram with less detail (letters too small to read as faint bars, tiny icons as
 * blocks, fine dashes as light lines) and a readable one as it is, read back from the screen of the real editor on
 * the Kaluga example: at 15 % a what-if step still shows its colours on the nodes it turns red; at 100 % a node's
 * label is still drawn as letters, with the gaps between them (a bar would be one dark run).
 */
class LevelOfDetailTest {

    private KalugaExample.Open kaluga;
    private DiagramEditor editor;

    @BeforeEach
    void open() throws Exception {
        kaluga = KalugaExample.openInModelEditor("level-of-detail");
        editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.BOTH);
        kaluga.page().activate(editor);
        kaluga.page().toggleZoom(kaluga.page().getReference(editor));
        Ui.settle();
    }

    @AfterEach
    void close() throws Exception {
        if (editor != null && editor.isWhatIf()) {
            EditorUi.answering(Messages.get("whatIf.leave.discard"), shell -> {
            }, () -> editor.setWhatIf(false));
        }
        if (kaluga.page().isPageZoomed()) {
            kaluga.page().toggleZoom(kaluga.page().getReference(editor)); // the views back for the next test
        }
        kaluga.close();
    }

    @Test
    void aWhatIfStepAtLowZoomShowsItsColoursOnTheScreen() throws Exception {
        DiagramViewer viewer = editor.getViewer();
        viewer.setZoom(0.15);
        viewer.scrollTo(0, 0);
        editor.setWhatIf(true);
        Ui.settle();
        EObject critical = Analysis.of(kaluga.cluster(), AnalysisOptions.thisYear()).criticalElements().stream()
                .map(CriticalElement::element).filter(e -> viewer.getScene().node(e) != null).findFirst()
                .orElseThrow();
        ImageData before = Ui.onScreen(viewer.getControl());
        viewer.setSelection(List.of(critical), false);
        EditorUi.runContextMenuItem(editor, Messages.get("menu.switchOff"));
        ImageData after = Ui.onScreen(viewer.getControl());
        Ui.screenshot(viewer.getControl().getShell(), "level-of-detail-what-if-15");

        Overlay whatIf = viewer.getScene().overlays().get(0);
        List<SceneNode> lost = viewer.getScene().nodes().stream()
                .filter(n -> n.element() instanceof SegmentNeed && whatIf.node(n) == WhatIfOverlay.LOST).toList();
        assertFalse(lost.isEmpty(), "the step costs needs their readiness");
        RGB red = rgb(WhatIfOverlay.LOST.fill());
        for (SceneNode need : lost) {
            Rectangle r = viewer.toScreen(need.bounds());
            assertEquals(0, count(before, r, red), need.label() + ": not red before the step");
            // the fill inside the border and around the greeked label: a good part of the node
            int area = r.width * r.height;
            int shown = count(after, r, red);
            assertTrue(shown > area / 4, need.label() + ": " + shown + " of " + area + " pixels in the new colour");
        }
    }

    @Test
    void atAReadableZoomTheLabelsAreDrawnAsLetters() throws Exception {
        DiagramViewer viewer = editor.getViewer();
        SceneNode need = EditorUi.node(editor, KalugaExample.PRECLINICAL);
        viewer.setZoom(1.0);
        viewer.reveal(need.bounds());
        ImageData screen = Ui.onScreen(viewer.getControl());
        Ui.screenshot(viewer.getControl().getShell(), "level-of-detail-100");
        // «Доклинические» alone has 13 letters: each is a dark run of its own along the middle of the line
        int letters = darkRuns(screen, viewer, need, 1.0);
        assertTrue(letters >= 10, "letters on the first line of the label at 100 %: " + letters);
    }

    /**
     * The dark runs along the middle of the letters of a node's first label line (pixels darker than half-way to
     * the node's fill): one per letter when drawn as text.
     */
    private static int darkRuns(ImageData screen, DiagramViewer viewer, SceneNode n, double zoom) {
        float size = SceneBuilder.LABEL_SIZE;
        double lineHeight = DiagramFonts.lineHeight(size);
        double top = n.bounds().centerY() - n.lines().size() * lineHeight / 2;
        double middle = top + DiagramFonts.baselineOffset(size) - size * 0.3;
        int y = (int) Math.round(middle * zoom) - viewer.getOriginY();
        Rectangle r = viewer.toScreen(n.bounds());
        int runs = 0;
        boolean dark = false;
        // inside the border, clear of it by two pixels
        for (int x = Math.max(0, r.x + 2); x < Math.min(screen.width, r.x + r.width - 2); x++) {
            RGB c = screen.palette.getRGB(screen.getPixel(x, y));
            boolean d = c.red + c.green + c.blue < 3 * 128;
            if (d && !dark) {
                runs++;
            }
            dark = d;
        }
        return runs;
    }

    private static int count(ImageData screen, Rectangle r, RGB colour) {
        int count = 0;
        for (int y = Math.max(0, r.y); y < Math.min(screen.height, r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(screen.width, r.x + r.width); x++) {
                if (screen.palette.getRGB(screen.getPixel(x, y)).equals(colour)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static RGB rgb(int rgb) {
        return new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
