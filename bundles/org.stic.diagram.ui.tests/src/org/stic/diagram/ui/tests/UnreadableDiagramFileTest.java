package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
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
import org.stic.ui.project.ProjectMarkers;

/**
 * A diagram file that cannot be read (here: a merge conflict left in it) is never overwritten by a save: the editor
 * shows the automatic layout and says the file is kept; only the user's explicit Replace writes it, after copying it
 * aside.
 */
class UnreadableDiagramFileTest {

    private static final String CONFLICT = "stic-diagram 1\n<<<<<<< HEAD\nnode both _a 1 2 3 4\n=======\n"
            + "node both _a 5 6 7 8\n>>>>>>> theirs\n";

    private KalugaExample.Open open;
    private IFile file;
    private Path diagramFile;
    private DiagramEditor diagram;

    @BeforeEach
    void openWithAConflictInTheDiagramFile() throws Exception {
        open = KalugaExample.openInModelEditor("unreadable-diagram");
        file = open.file();
        diagramFile = file.getLocation().toFile().toPath().resolveSibling("kaluga-pharma.stic.diagram");
        Files.writeString(diagramFile, CONFLICT);
        file.getParent().refreshLocal(1, null);
        diagram = EditorUi.openDiagram(open.page(), file, View.BOTH);
    }

    @AfterEach
    void close() throws Exception {
        open.close();
    }

    @Test
    void aSaveKeepsTheUnreadableFileUntilTheUserReplacesItAndThenACopyIsKept() throws Exception {
        String status = texts(body());
        assertTrue(status.contains(diagramFile + ":2:1:"), "the file and position are named: " + status);
        assertTrue(status.contains("kept as it is when the model is saved"), status);
        Button replace = replaceButton();
        assertTrue(replace.isVisible(), "the explicit choice is offered");
        IFile diagramResource = file.getParent().getFile(new org.eclipse.core.runtime.Path(diagramFile.getFileName()
                .toString()));
        Ui.waitFor("a marker on the diagram file", () -> markers(diagramResource).equals(List.of(
                "2:1: unknown entry '<<<<<<<' (expected show, collapse, links, hide or node)")));
        Ui.screenshot(open.page().getWorkbenchWindow().getShell(), "unreadable-diagram-file");

        // a model edit and a diagram move, saved: the model is written, the diagram file is left as it was
        EObject portal = EditorUi.node(diagram, "Портал кластера").element();
        EditingDomain domain = diagram.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, portal, SticPackage.Literals.NAMED_ELEMENT__NAME,
                "Портал (сохранён)"));
        EditorUi.dragNode(diagram, EditorUi.node(diagram, "Портал (сохранён)"), 60, 40);
        diagram.setFocus();
        Ui.key('s', 's', SWT.CTRL);
        Ui.waitFor("saved", () -> !diagram.isDirty());
        Cluster onDisk = SticResources.load(file.getLocation().toFile().toPath());
        assertEquals("Портал (сохранён)", ((NamedElement) onDisk.eResource().getEObject(DiagramState.idOf(portal)))
                .getName(), "the model was saved");
        assertArrayEquals(CONFLICT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(diagramFile),
                "the diagram file was not touched");
        assertTrue(replaceButton().isVisible(), "still offered");

        // the user replaces it: asked first, then the old file is copied aside and the diagram written
        List<EditorUi.Dialog> asked = EditorUi.answering("Yes", s -> Ui.screenshot(s, "unreadable-diagram-replace"),
                () -> {
                    Rectangle b = replaceButton().getBounds();
                    Ui.click(replaceButton(), b.width / 2, b.height / 2);
                });
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.get(0).text().contains("kaluga-pharma.stic.diagram"), asked.toString());
        Path backup = diagramFile.resolveSibling("kaluga-pharma.stic.diagram.bak");
        assertArrayEquals(CONFLICT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(backup), "the copy");
        DiagramState written = DiagramState.read(diagramFile);
        assertNotNull(written.bounds(View.BOTH, DiagramState.idOf(portal)), "the move made before is in the file");
        assertTrue(texts(body()).contains("kept as kaluga-pharma.stic.diagram.bak"), texts(body()));
        assertTrue(!replaceButton().isVisible(), "nothing left to replace");
        Ui.waitFor("the marker has gone", () -> markers(diagramResource).isEmpty());
    }

    /** "line:column: message" of the problem markers of a file. */
    private static List<String> markers(IFile f) {
        try {
            return java.util.Arrays.stream(f.findMarkers(ProjectMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ":" + m.getAttribute(ProjectMarkers.COLUMN, 0)
                            + ": " + m.getAttribute(IMarker.MESSAGE, ""))
                    .toList();
        } catch (CoreException e) {
            return List.of(e.toString());
        }
    }

    private Composite body() {
        return diagram.getViewer().getControl().getParent().getParent();
    }

    private Button replaceButton() {
        return find(body(), Button.class, b -> b.getText().equals("Replace Diagram File..."));
    }

    private static String texts(Composite parent) {
        StringBuilder sb = new StringBuilder();
        for (Control c : parent.getChildren()) {
            if (c instanceof Label l && c.isVisible()) {
                sb.append(l.getText()).append('\n');
            } else if (c instanceof Composite comp) {
                sb.append(texts(comp));
            }
        }
        return sb.toString();
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c) && test.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof Composite comp) {
                T found = find(comp, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
