package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;
import org.stic.diagram.View;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.diagram.ui.handlers.OpenDiagramHandler;
import org.stic.ui.editor.SticEditor;

/** The diagram editor beside the model editor: one model, selection both ways, edits shown at once. */
class ModelEditorSyncTest {

    private IWorkbenchPage page;
    private IFile file;

    @BeforeEach
    void copyExample() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        file = KalugaExample.copyIntoWorkspace("sync");
    }

    @AfterEach
    void closeAll() throws Exception {
        page.closeAllEditors(false);
        Ui.settle();
        file.getProject().delete(true, true, null);
    }

    @Test
    void openedFromTheModelEditorTheDiagramSharesItsModelAndSelection() throws Exception {
        SticEditor model = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
        Ui.settle();
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(OpenDiagramHandler.COMMAND),
                Map.of(OpenDiagramHandler.VIEW, View.INTERNAL.id())), null);
        DiagramEditor diagram = (DiagramEditor) page.getActiveEditor();
        Ui.waitFor("the diagram", () -> diagram.getViewer().getScene() != null);
        Ui.settle();
        diagram.getViewer().setZoom(diagram.getViewer().getZoom());
        Ui.settle();
        SceneNode gap = diagram.getViewer().getScene().nodes().stream()
                .filter(n -> KalugaExample.GAP.equals(((org.stic.NamedElement) n.element()).getName())).findFirst()
                .orElseThrow();
        assertSame(model.getResource(), gap.element().eResource(), "the diagram shows the model editor's model");

        // diagram -> model editor: a click selects the element in the tree
        Rectangle r = diagram.getViewer().toScreen(gap.bounds());
        Ui.click(diagram.getViewer().getControl(), r.x + r.width / 2, r.y + r.height / 2);
        assertEquals(List.of(gap.element()), diagram.getViewer().getSelection());
        assertEquals(List.of(gap.element()), model.getViewer().getStructuredSelection().toList());

        // model editor -> diagram
        SceneNode other = diagram.getViewer().getScene().nodes().get(0);
        page.activate(model);
        model.select(new StructuredSelection(other.element()));
        Ui.waitFor("the diagram follows the tree", () -> diagram.getViewer().getSelection().equals(
                List.of(other.element())));

        // an edit in the model editor shows on the diagram at once, and its undo too
        model.getEditingDomain().getCommandStack().execute(SetCommand.create(model.getEditingDomain(),
                gap.element(), SticPackage.Literals.NAMED_ELEMENT__NAME, "Регистрация препаратов"));
        Ui.waitFor("the renamed node", () -> diagram.getViewer().getScene().node(gap.element()).label()
                .equals("Регистрация препаратов"));
        model.getEditingDomain().getCommandStack().undo();
        Ui.waitFor("the name back", () -> diagram.getViewer().getScene().node(gap.element()).label()
                .equals(KalugaExample.GAP));
        assertTrue(diagram.getViewer().getScene().node(gap.element()).decorations().stream()
                .anyMatch(d -> "INT-001".equals(d.ruleId())));
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "window-model-editor-and-diagram");
    }
}
