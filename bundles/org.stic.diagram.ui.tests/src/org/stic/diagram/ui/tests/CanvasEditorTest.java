package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;

/**
 * The canvas view in the diagram editor, through the mouse: its blocks are fixed, a card dragged out of its block
 * stops at the block's edge, and the place is saved in the diagram file (version 2, which the canvas needs); a card
 * kept where it is put inside its block: CanvasViewTest. Screenshots:
 * {@code target/screenshots/canvas-editor*.png}.
 */
class CanvasEditorTest {

    private KalugaExample.Open kaluga;

    @BeforeEach
    void open() throws Exception {
        kaluga = KalugaExample.openInModelEditor("canvas");
    }

    @AfterEach
    void close() throws Exception {
        kaluga.close();
    }

    @Test
    void aCardDraggedOutOfItsBlockStopsAtItsEdge() throws Exception {
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor");
        editor.getViewer().setZoom(1.0);
        Ui.settle();
        SceneNode card = EditorUi.node(editor, "\u0426\u0435\u043d\u0442\u0440 \u043a\u043e\u043b\u043b\u0435\u043a\u0442\u0438\u0432\u043d\u043e\u0433\u043e \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u043d\u0438\u044f");
        EObject element = card.element();
        Bounds block = card.container().bounds();
        Bounds before = card.bounds();
        editor.getViewer().reveal(block);
        Ui.settle();

        // far to the right, into the value propositions: it stops at its block's edge, the block stays
        double z = editor.getViewer().getZoom();
        EditorUi.dragNode(editor, card, (int) Math.round((block.maxX() - before.x() + 120) * z), 0);
        SceneNode after = editor.getViewer().getScene().node(element);
        assertTrue(after.bounds().x() > before.x(), "moved right");
        assertTrue(after.container().bounds().contains(after.bounds()), after.bounds() + " inside its block");
        assertEquals(block, after.container().bounds(), "the block did not move or grow");

        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor-moved");

        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        Path diagram = kaluga.file().getLocation().toFile().toPath().resolveSibling("kaluga-pharma.stic.diagram");
        String text = Files.readString(diagram);
        assertTrue(text.contains("\nstic-diagram 2\n") && text.contains("\nnode canvas "), text);
    }
}
