package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;

/**
 * The canvas view in the diagram editor, through the mouse (XTest): its blocks are fixed, a card dragged inside its
 * block lands where it is dropped, one dragged out of it stops at the block's edge, and the place is saved in the
 * diagram file (version 2, which the canvas needs); a block's title collapses and restores it, the tool bar's Links
 * toggle draws the links between blocks as lines, Arrange Selection keeps the cards in their blocks; both are undone
 * and saved (version 3). The goals' strip under the contours is a block like the others: a goal's card moves inside
 * it, and its block collapses (version 4). Screenshots: {@code target/screenshots/canvas-editor*.png}.
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

    @Test
    void aCardDraggedInsideItsBlockLandsWhereItIsDropped() throws Exception {
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        editor.getViewer().setZoom(1.0);
        Ui.settle();
        SceneNode card = EditorUi.node(editor, SEGMENT);
        EObject element = card.element();
        Bounds block = card.container().bounds();
        Bounds before = card.bounds();
        editor.getViewer().reveal(block);
        Ui.settle();
        // by about 37 and 23 pixels, as far as the block leaves room (its title band and padding excepted)
        int dx = (int) Math.floor(Math.max(block.x() + 6 - before.x(), Math.min(37, block.maxX() - 6 - before.maxX())));
        int dy = (int) Math.floor(Math.max(block.y() + 20 - before.y(), Math.min(23, block.maxY() - 6 - before.maxY())));
        assertTrue(Math.abs(dx) + Math.abs(dy) >= 10, "room to move: " + dx + ", " + dy);
        EditorUi.dragNode(editor, card, dx, dy);
        Bounds after = editor.getViewer().getScene().node(element).bounds();
        assertEquals(before.x() + dx, after.x(), 1.0, "moved by the mouse's distance: " + before + " -> " + after);
        assertEquals(before.y() + dy, after.y(), 1.0, "moved by the mouse's distance: " + before + " -> " + after);
        assertEquals(before.width(), after.width(), "size kept");
        assertTrue(block.contains(after), "inside its block");
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor-in-block");
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        // reopened: where it was dropped
        kaluga.page().closeEditor(editor, false);
        Ui.settle();
        DiagramEditor again = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        assertEquals(after, again.getViewer().getScene().node(element).bounds());
    }

    @Test
    void aBlockCollapsesToItsTitleAndRestores() throws Exception {
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        SceneNode card = EditorUi.node(editor, SEGMENT);
        Bounds open = card.container().bounds();
        // a double-click on the block's title
        doubleClickTitle(editor, open);
        Ui.waitFor("the block collapsed", () -> editor.isCollapsed(NodeType.SEGMENT));
        SceneContainer folded = block(editor, NodeType.SEGMENT);
        assertTrue(folded.collapsed());
        assertTrue(folded.label().startsWith("\u25b8 "), folded.label());
        assertTrue(folded.bounds().height() < 30, "its title alone: " + folded.bounds());
        assertNull(editor.getViewer().getScene().node(card.element()), "its cards are not drawn");
        assertTrue(editor.isDirty(), "a change to save");
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor-collapsed");
        // again, past the double-click time (else the window system counts a third and fourth click): restored
        Thread.sleep(editor.getViewer().getControl().getDisplay().getDoubleClickTime() + 100L);
        doubleClickTitle(editor, folded.bounds());
        Ui.waitFor("the block restored", () -> !editor.isCollapsed(NodeType.SEGMENT));
        assertEquals(open, block(editor, NodeType.SEGMENT).bounds());
        assertEquals(card.bounds(), editor.getViewer().getScene().node(card.element()).bounds());
        // undo twice: collapsed, then open; saved collapsed, the file says so in version 3
        editor.getCommandStack().undo();
        Ui.settle();
        assertTrue(block(editor, NodeType.SEGMENT).collapsed(), "undo restores the collapse");
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        String text = Files.readString(diagramFile());
        assertTrue(text.contains("\nstic-diagram 3\n") && text.contains("\ncollapse canvas segment\n"), text);
    }

    @Test
    void theLinksToggleDrawsTheLinksBetweenBlocks() throws Exception {
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        assertTrue(editor.getViewer().getScene().edges().isEmpty(), "numbers, no lines, at first");
        String links = org.stic.diagram.ui.Messages.get("toolbar.canvasLinks");
        Composite body = editor.getViewer().getControl().getParent().getParent();
        assertTrue(EditorUi.toolItem(body, links).isEnabled(), "the toggle is live on the canvas");
        EditorUi.clickToolItem(editor, links);
        Ui.waitFor("lines drawn", () -> !editor.getViewer().getScene().edges().isEmpty());
        assertTrue(editor.isCanvasLinks());
        assertTrue(EditorUi.toolItem(body, links).getSelection());
        assertTrue(editor.getViewer().getScene().nodes().stream()
                .allMatch(n -> String.join(" ", n.lines()).indexOf('\u2192') < 0), "no numbers beside the lines");
        editor.getViewer().fit();
        Ui.settle();
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor-links");
        // undone: numbers again, and the toggle says so
        editor.getCommandStack().undo();
        Ui.settle();
        assertTrue(editor.getViewer().getScene().edges().isEmpty());
        assertFalse(EditorUi.toolItem(body, links).getSelection());
        editor.getCommandStack().redo();
        Ui.settle();
        assertFalse(editor.getViewer().getScene().edges().isEmpty());
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        String text = Files.readString(diagramFile());
        assertTrue(text.contains("\nstic-diagram 3\n") && text.contains("\nlinks canvas lines\n"), text);
        // another view: the toggle is the canvas's alone
        editor.showView(View.BOTH);
        Ui.settle();
        assertFalse(EditorUi.toolItem(body, links).isEnabled());
    }

    @Test
    void arrangeSelectionPutsTheCardsBackInTheirBlocksColumns() throws Exception {
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        editor.getViewer().setZoom(1.0);
        Ui.settle();
        List<SceneNode> resources = editor.getViewer().getScene().nodes().stream()
                .filter(n -> n.type() == NodeType.KEY_RESOURCE).limit(3).toList();
        SceneNode proposition = editor.getViewer().getScene().nodes().stream()
                .filter(n -> n.type() == NodeType.VALUE_PROPOSITION).findFirst().orElseThrow();
        List<EObject> chosen = new java.util.ArrayList<>(resources.stream().map(SceneNode::element).toList());
        chosen.add(proposition.element());
        java.util.Map<EObject, Bounds> automatic = new java.util.HashMap<>();
        chosen.forEach(e -> automatic.put(e, editor.getViewer().getScene().node(e).bounds()));
        // moved by hand first: the first resource and the proposition, down inside their blocks
        for (EObject e : List.of(chosen.get(0), proposition.element())) {
            SceneNode n = editor.getViewer().getScene().node(e);
            editor.getViewer().reveal(n.container().bounds());
            Ui.settle();
            EditorUi.dragNode(editor, n, 0, (int) Math.min(60, n.container().bounds().maxY() - 6 - n.bounds().maxY()));
        }
        assertTrue(editor.manualBounds().containsKey(proposition.element()), "placed by hand");
        editor.setSelection(new StructuredSelection(chosen));
        Ui.settle();
        EditorUi.clickToolItem(editor, org.stic.diagram.ui.Messages.get("toolbar.arrangeSelection"));
        Ui.settle();
        for (EObject e : chosen) {
            SceneNode n = editor.getViewer().getScene().node(e);
            assertEquals(automatic.get(e), n.bounds(), n.label() + " back in its block's columns");
            assertTrue(n.container().bounds().contains(n.bounds()), n.label() + " inside its block");
            assertFalse(editor.manualBounds().containsKey(e), n.label() + " no longer placed by hand");
        }
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor-arranged");
        editor.getCommandStack().undo();
        Ui.settle();
        assertTrue(editor.manualBounds().containsKey(proposition.element()), "undone: placed by hand again");
    }

    @Test
    void aGoalCardMovesWithinTheGoalsStripAndTheStripCollapses() throws Exception {
        DiagramEditor editor = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        editor.getViewer().fit();
        Ui.settle();
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor-goals");
        editor.getViewer().setZoom(1.0);
        Ui.settle();
        SceneNode card = EditorUi.node(editor, GOAL);
        assertEquals(NodeType.INDICATOR, card.container().type());
        EObject element = card.element();
        Bounds block = card.container().bounds();
        Bounds before = card.bounds();
        // the card, not its block: the strip is wider than the editor
        editor.getViewer().reveal(before);
        Ui.settle();
        // to the right along the strip, and down as far as the strip leaves room
        int dx = (int) Math.floor(Math.min(60, block.maxX() - 6 - before.maxX()));
        int dy = (int) Math.floor(Math.min(20, block.maxY() - 6 - before.maxY()));
        assertTrue(dx >= 40, "room to move along the strip: " + dx + " in " + block);
        EditorUi.dragNode(editor, card, dx, dy);
        Bounds after = editor.getViewer().getScene().node(element).bounds();
        assertEquals(before.x() + dx, after.x(), 1.0, "moved by the mouse's distance: " + before + " -> " + after);
        assertEquals(before.y() + dy, after.y(), 1.0, "moved by the mouse's distance: " + before + " -> " + after);
        assertTrue(block.contains(after), "inside the goals' block");
        // dragged up into the contours: stopped at the strip's top, the strip stays where it is
        EditorUi.dragNode(editor, editor.getViewer().getScene().node(element), 0, -150);
        SceneNode up = editor.getViewer().getScene().node(element);
        assertEquals(block, up.container().bounds(), "the block did not move or grow");
        assertTrue(block.contains(up.bounds()), up.bounds() + " inside " + block);
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "canvas-editor-goal-moved");
        // the strip's title collapses it; saved in version 4, which the goals' block needs
        doubleClickTitle(editor, block);
        Ui.waitFor("the goals collapsed", () -> editor.isCollapsed(NodeType.INDICATOR));
        assertNull(editor.getViewer().getScene().node(element), "its cards are not drawn");
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        String text = Files.readString(diagramFile());
        assertTrue(text.contains("\nstic-diagram 4\n") && text.contains("\ncollapse canvas indicator\n")
                && text.contains("\nnode canvas "), text);
        // reopened: still collapsed; opened again, the card is where it was dropped
        kaluga.page().closeEditor(editor, false);
        Ui.settle();
        DiagramEditor again = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.CANVAS);
        assertTrue(again.isCollapsed(NodeType.INDICATOR));
        again.toggleCollapsed(NodeType.INDICATOR);
        Ui.settle();
        assertEquals(up.bounds(), again.getViewer().getScene().node(element).bounds());
    }

    /** The goal card dragged in the tests: the Kaluga cluster's number of participants. */
    private static final String GOAL = "\u0427\u0438\u0441\u043b\u043e \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u043a\u043b\u0430\u0441\u0442\u0435\u0440\u0430";

    /** The segment card dragged in the tests: a segment with needs, far from the block's edges. */
    private static final String SEGMENT = "\u041c\u0430\u043b\u044b\u0435 \u0438 \u0441\u0440\u0435\u0434\u043d\u0438\u0435 \u0438\u043d\u043d\u043e\u0432\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0435 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438";

    private Path diagramFile() {
        return kaluga.file().getLocation().toFile().toPath().resolveSibling("kaluga-pharma.stic.diagram");
    }

    private static SceneContainer block(DiagramEditor editor, NodeType type) {
        return editor.getViewer().getScene().containers().stream()
                .filter(c -> c.kind() == SceneContainer.Kind.GROUP && c.type() == type).findFirst().orElseThrow();
    }

    private static void doubleClickTitle(DiagramEditor editor, Bounds block) {
        editor.getViewer().reveal(block);
        Ui.settle();
        org.eclipse.swt.graphics.Rectangle r = editor.getViewer().toScreen(new Bounds(block.x() + 30, block.y() + 8, 1,
                1));
        Ui.doubleClick(editor.getViewer().getControl(), r.x, r.y);
    }
}
