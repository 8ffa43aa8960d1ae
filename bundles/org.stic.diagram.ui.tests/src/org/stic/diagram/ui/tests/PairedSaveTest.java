package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.NamedElement;
import org.stic.SticPackage;
import org.stic.diagram.DiagramState;
import org.stic.diagram.View;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.model.io.SticResources;
import org.stic.tests.support.SwtTesting;

/**
 * The model and its diagram file are saved as a pair: a diagram file that cannot be written leaves the model file as
 * it was, and when only the last step fails the message (which the workbench shows) says exactly which file was
 * saved, the editor stays dirty and the workspace shows what is on disk.
 */
class PairedSaveTest {

    private static final String PORTAL = "Портал кластера";

    private KalugaExample.Open open;
    private IFile file;
    private Path model;
    private Path diagramFile;
    private DiagramEditor diagram;

    @BeforeEach
    void openBoth() throws Exception {
        open = KalugaExample.openInModelEditor("paired-save");
        file = open.file();
        model = file.getLocation().toFile().toPath();
        diagramFile = model.resolveSibling("kaluga-pharma.stic.diagram");
        diagram = EditorUi.openDiagram(open.page(), file, View.BOTH);
    }

    @AfterEach
    void close() throws Exception {
        open.close();
    }

    /** Renames the portal and moves it: a model change and a diagram change, both unsaved. Returns the portal. */
    private EObject editBoth() {
        EObject portal = EditorUi.node(diagram, PORTAL).element();
        EditingDomain domain = diagram.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, portal, SticPackage.Literals.NAMED_ELEMENT__NAME,
                "Портал (изменён)"));
        EditorUi.dragNode(diagram, EditorUi.node(diagram, "Портал (изменён)"), 60, 40);
        assertTrue(diagram.isDirty());
        return portal;
    }

    /**
     * Saves as the workbench's Save does for the editor (its one {@link org.eclipse.ui.Saveable}, which the model
     * editor shares); returns the message of the failure the workbench would show, or "" when the save succeeded.
     */
    private String save() {
        try {
            diagram.getSaveables()[0].doSave(new NullProgressMonitor());
            return "";
        } catch (CoreException e) {
            return e.getStatus().getMessage();
        } finally {
            Ui.settle();
        }
    }

    @Test
    void aDiagramFileThatCannotBeWrittenLeavesTheModelFileAsItWas() throws Exception {
        // the diagram file is a link into a folder that does not exist: its temporary file cannot be created
        Files.createSymbolicLink(diagramFile, Path.of("gone", "kaluga-pharma.stic.diagram"));
        byte[] before = Files.readAllBytes(model);
        editBoth();
        String shown = save();
        assertTrue(shown.startsWith("Could not save " + model + ": "), "the user is told: " + shown);
        assertArrayEquals(before, Files.readAllBytes(model), "the model file is as it was");
        assertTrue(diagram.isDirty(), "nothing was saved: still dirty");
        assertTrue(Files.isSymbolicLink(diagramFile));
    }

    @Test
    void whenOnlyTheDiagramFileCannotBePutInPlaceTheUserIsToldWhatWasSaved() throws Exception {
        EObject portal = editBoth();
        // a folder now stands where the diagram file goes: written beside it, it cannot be renamed over it
        Files.createDirectories(diagramFile.resolve("occupied"));
        String shown = save();
        assertTrue(shown.startsWith("Could not save " + model + ": saved [kaluga-pharma.stic] but not"
                + " kaluga-pharma.stic.diagram: "), shown);
        Cluster onDisk = SticResources.load(model);
        assertEquals("Портал (изменён)", ((NamedElement) onDisk.eResource().getEObject(DiagramState.idOf(portal)))
                .getName(), "the model was saved, as the message says");
        assertTrue(diagram.isDirty(), "the diagram change is not on disk: still dirty");
        assertTrue(file.isSynchronized(0), "the workspace matches the disk");
        try (var left = Files.list(model.getParent())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file left");
        }
    }

    /**
     * The same failure through the keyboard, as a user meets it: Ctrl+S (the workbench's Save) in the diagram editor;
     * the workbench's own dialog shows the accurate message, and afterwards the workspace matches the disk.
     */
    @Test
    void ctrlSShowsWhichFileWasSavedAndWhichWasNot() throws Exception {
        Binding ctrlS = PlatformUI.getWorkbench().getService(IBindingService.class)
                .getPerfectMatch(KeySequence.getInstance("M1+S"));
        assertEquals(IWorkbenchCommandConstants.FILE_SAVE, ctrlS.getParameterizedCommand().getId(), "Ctrl+S is Save");
        EObject portal = editBoth();
        Files.createDirectories(diagramFile.resolve("occupied"));

        Display display = Display.getCurrent();
        Set<Shell> before = Set.of(display.getShells());
        // the test harness runs the workbench in automated mode, which keeps status dialogs from opening
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
        String text;
        try {
            Ui.key('s', 's', SWT.CTRL);
            // the workbench reports a failed save in its status dialog, which is not modal
            Ui.waitFor("the workbench's dialog", () -> Arrays.stream(display.getShells())
                    .anyMatch(shell -> shell.isVisible() && !before.contains(shell)));
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(shell -> shell.isVisible() && !before.contains(shell)).findFirst().orElseThrow();
            dialog.moveAbove(null);
            dialog.forceActive();
            SwtTesting.settle(1000);
            text = dialog.getText() + "\n" + EditorUi.texts(dialog);
            Ui.screenshot(open.page().getWorkbenchWindow().getShell(), "paired-save-ctrl-s");
            dialog.close();
            Ui.settle();
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }

        assertTrue(text.contains("saved [kaluga-pharma.stic] but not kaluga-pharma.stic.diagram"), text);
        Cluster onDisk = SticResources.load(model);
        assertEquals("Портал (изменён)", ((NamedElement) onDisk.eResource().getEObject(DiagramState.idOf(portal)))
                .getName(), "the model was saved, as the dialog says");
        assertTrue(Files.isDirectory(diagramFile), "the diagram file was not put in place, as the dialog says");
        assertTrue(diagram.isDirty(), "the diagram change is not on disk: still dirty");
        assertTrue(file.isSynchronized(0), "the workspace matches the disk");
    }
}
