package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.NamedElement;
import org.stic.SticPackage;
import org.stic.diagram.DiagramState;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.model.io.SticResources;
import org.stic.ui.editor.SticEditor;

/**
 * The model editor and the diagram editor on one file share one editing session: one undo history for model edits
 * and diagram moves, one dirty state, and Save in either writes the model and the diagram file.
 */
class SharedSessionTest {

    private static final String MOVED = "Портал кластера";
    private IWorkbenchPage page;
    private IFile file;
    private SticEditor model;
    private DiagramEditor diagram;

    @BeforeEach
    void openBoth() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().forceActive();
        file = KalugaExample.copyIntoWorkspace("shared");
        model = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
        diagram = EditorUi.openDiagram(page, file, View.BOTH);
    }

    @AfterEach
    void closeAll() throws Exception {
        page.closeAllEditors(false);
        Ui.settle();
        file.getProject().delete(true, true, null);
    }

    private Path modelFile() {
        return file.getLocation().toFile().toPath();
    }

    private void rename(NamedElement element, String name) {
        EditingDomain domain = model.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, element, SticPackage.Literals.NAMED_ELEMENT__NAME,
                name));
    }

    /** Moves a node with the mouse on the diagram; returns where it went. */
    /** Bounds as the diagram file keeps them: to the hundredth of a pixel. */
    private static Bounds hundredths(Bounds b) {
        return new Bounds(Math.round(b.x() * 100) / 100.0, Math.round(b.y() * 100) / 100.0,
                Math.round(b.width() * 100) / 100.0, Math.round(b.height() * 100) / 100.0);
    }

    private Bounds move(String name, int dx, int dy) {
        page.activate(diagram);
        SceneNode n = EditorUi.node(diagram, name);
        Bounds before = n.bounds();
        EditorUi.dragNode(diagram, n, dx, dy);
        Bounds moved = diagram.getViewer().getScene().node(n.element()).bounds();
        assertNotEquals(before, moved, "the node moved");
        Ui.mouseMove(diagram.getViewer().getControl(), 2, 2); // off the node: no tooltip over what comes next
        return moved;
    }

    @Test
    void oneHistoryUndoneWithCtrlZFromEitherEditor() throws Exception {
        assertSame(model.getEditingDomain(), diagram.getEditingDomain(), "one editing domain");
        assertSame(diagram.getEditingDomain(), diagram.getAdapter(EditingDomain.class));
        NamedElement portal = (NamedElement) EditorUi.node(diagram, MOVED).element();
        Bounds auto = EditorUi.node(diagram, MOVED).bounds();
        String name = portal.getName();

        rename(portal, "Портал (переименован)");
        Bounds moved = move("Портал (переименован)", 60, 40);
        assertTrue(model.isDirty() && diagram.isDirty(), "both editors are dirty");
        assertEquals("Move", diagram.getCommandStack().getUndoCommand().getLabel(), "the move is on top of the rename");

        // the model editor's Ctrl+Z undoes the diagram's move ...
        page.activate(model);
        model.getViewer().getControl().setFocus();
        Ui.key('z', 'z', SWT.CTRL);
        assertEquals(auto, diagram.getViewer().getScene().node(portal).bounds(), "the move undone from the tree");
        assertEquals("Портал (переименован)", portal.getName(), "one step only");
        // ... and the diagram's Ctrl+Z the model editor's rename
        page.activate(diagram);
        diagram.setFocus();
        Ui.key('z', 'z', SWT.CTRL);
        assertEquals(name, portal.getName(), "the rename undone from the diagram");
        Ui.waitFor("the diagram shows the old name", () -> EditorUi.node(diagram, name) != null);
        assertFalse(model.isDirty() || diagram.isDirty(), "all undone: nothing to save in either");

        // redo both from the diagram (Ctrl+Shift+Z): rename, then move, in their order
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        assertEquals("Портал (переименован)", portal.getName());
        assertEquals(auto, diagram.getViewer().getScene().node(portal).bounds());
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        assertEquals(moved, diagram.getViewer().getScene().node(portal).bounds());
        assertTrue(model.isDirty() && diagram.isDirty());
    }

    @Test
    void eachModelsDiagramUndoesItsOwnHistory() throws Exception {
        IFile other = KalugaExample.copyIntoWorkspace("shared-other");
        try {
            DiagramEditor second = EditorUi.openDiagram(page, other, View.BOTH);
            SceneNode n = EditorUi.node(second, MOVED);
            Bounds before = n.bounds();
            EditorUi.dragNode(second, n, 40, 0);
            Bounds movedThere = second.getViewer().getScene().node(n.element()).bounds();
            assertNotEquals(before, movedThere);
            move(MOVED, 60, 40);
            page.activate(second);
            second.setFocus();
            Ui.key('z', 'z', SWT.CTRL);
            assertEquals(before, second.getViewer().getScene().node(n.element()).bounds(), "Ctrl+Z in the active one");
            assertTrue(diagram.isDirty(), "the other model keeps its move");
            assertFalse(second.isDirty());
        } finally {
            page.closeAllEditors(false);
            other.getProject().delete(true, true, null);
        }
    }

    @Test
    void aChangeOnDiskReloadsBothEditors() throws Exception {
        Cluster before = (Cluster) model.getResource().getContents().get(0);
        String text = Files.readString(modelFile());
        Files.writeString(modelFile(), text.replace("name=\"" + MOVED + "\"", "name=\"Портал (с диска)\""));
        file.refreshLocal(0, null);
        Ui.waitFor("the diagram shows the file's new name",
                () -> diagram.getViewer().getScene().nodes().stream().anyMatch(n -> n.label().equals("Портал (с диска)")));
        assertNotEquals(before, model.getResource().getContents().get(0), "the model editor reloaded too");
        assertSame(model.getResource(), EditorUi.node(diagram, "Портал (с диска)").element().eResource(),
                "still one model");
        assertFalse(model.isDirty() || diagram.isDirty());
    }

    @Test
    void dirtyTogetherAndSavingEitherWritesModelAndDiagramFile() throws Exception {
        EObject portal = EditorUi.node(diagram, MOVED).element();
        String id = DiagramState.idOf(portal);
        Bounds moved = move(MOVED, 60, 40);
        assertTrue(model.isDirty(), "a diagram move makes the model editor dirty too");

        // Ctrl+S in the model editor writes the diagram file
        page.activate(model);
        model.getViewer().getControl().setFocus();
        Ui.key('s', 's', SWT.CTRL);
        Ui.waitFor("both clean", () -> !model.isDirty() && !diagram.isDirty());
        assertEquals(hundredths(moved), DiagramState.readFor(modelFile()).bounds(View.BOTH, id),
                "the move is in the file");

        // a model edit, saved from the diagram editor, is in the model file
        rename((NamedElement) portal, "Сохранён из диаграммы");
        assertTrue(diagram.isDirty(), "a model edit makes the diagram editor dirty too");
        page.activate(diagram);
        diagram.setFocus();
        Ui.key('s', 's', SWT.CTRL);
        Ui.waitFor("both clean", () -> !model.isDirty() && !diagram.isDirty());
        Cluster onDisk = SticResources.load(modelFile());
        assertEquals("Сохранён из диаграммы", ((NamedElement) onDisk.eResource().getEObject(id)).getName());
        assertEquals(hundredths(moved), DiagramState.readFor(modelFile()).bounds(View.BOTH, id),
                "the diagram file still right");
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "shared-saved");
    }

    @Test
    void closingTheDiagramKeepsAnUnsavedMoveThatTheModelEditorSaves() throws Exception {
        EObject portal = EditorUi.node(diagram, MOVED).element();
        String id = DiagramState.idOf(portal);
        Bounds moved = move(MOVED, 60, 40);
        Path diagramFile = diagram.getDiagramFile();

        // the model editor still holds the change: closing the diagram asks nothing
        List<EditorUi.Dialog> asked = EditorUi.answering("Don't Save", s -> {
        }, () -> assertTrue(page.closeEditor(diagram, true)));
        assertEquals(List.of(), asked, "closing one of two editors of the model does not ask to save");
        assertTrue(model.isDirty(), "the move is still unsaved in the model editor");
        assertFalse(Files.exists(diagramFile));

        page.activate(model);
        model.getViewer().getControl().setFocus();
        Ui.key('s', 's', SWT.CTRL);
        Ui.waitFor("saved", () -> !model.isDirty());
        assertEquals(hundredths(moved), DiagramState.readFor(modelFile()).bounds(View.BOTH, id),
                "saved by the model editor");
        DiagramEditor reopened = EditorUi.openDiagram(page, file, View.BOTH);
        assertEquals(hundredths(moved), hundredths(reopened.getViewer().getScene().node(portal).bounds()),
                "reopened where it was moved");

        // the last editor holding an unsaved change asks once
        diagram = reopened;
        move(MOVED, -30, 0);
        assertTrue(page.closeEditor(model, true));
        asked = EditorUi.answering("Don't Save", shell -> Ui.screenshot(shell, "shared-save-prompt"),
                () -> assertTrue(page.closeEditor(reopened, true)));
        assertEquals(1, asked.size(), "asked once: " + asked);
        assertTrue(asked.get(0).text().contains(file.getName()), asked.get(0).toString());
        assertEquals(hundredths(moved), DiagramState.readFor(modelFile()).bounds(View.BOTH, id),
                "not saved: Don't Save");
    }
}
