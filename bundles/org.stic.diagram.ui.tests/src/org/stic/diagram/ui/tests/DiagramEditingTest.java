package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.NamedElement;
import org.stic.Partnership;
import org.stic.Segment;
import org.stic.ValueProposition;
import org.stic.diagram.DiagramState;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.ui.editor.DiagramEditor;

/**
 * Delete from Model, Copy and Paste on the diagram, driven by the keyboard, with the model editor open beside; the
 * model editor's Delete asks with the same confirmation.
 */
class DiagramEditingTest {

    private static final String LABS = "Центр коллективного пользования";
    private KalugaExample.Open kaluga;

    @BeforeEach
    void open() throws Exception {
        kaluga = KalugaExample.openInModelEditor("editing");
    }

    @AfterEach
    void closeAll() throws Exception {
        kaluga.close();
    }

    private Cluster cluster() {
        return kaluga.cluster();
    }

    private static void clickNode(DiagramEditor diagram, String name) {
        Point c = EditorUi.centre(diagram, EditorUi.node(diagram, name));
        Ui.click(diagram.getViewer().getControl(), c.x, c.y);
        Ui.mouseMove(diagram.getViewer().getControl(), 2, 2); // no tooltip over the dialog
    }

    @Test
    void deleteFromModelListsEveryReferrerAndUndoBringsAllBack() throws Exception {
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.INTERNAL);
        KeyResource labs = (KeyResource) EditorUi.node(diagram, LABS).element();
        List<NamedElement> referrers = new ArrayList<>();
        cluster().getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().contains(labs)).forEach(referrers::add);
        cluster().getInternalContour().getPartnerships().stream()
                .filter(p -> p.getResources().contains(labs)).forEach(referrers::add);
        cluster().getInternalContour().getCostItems().stream()
                .filter(c -> c.getResources().contains(labs)).forEach(referrers::add);
        assertTrue(referrers.size() > 1, "the example's shared labs are used: " + referrers.size());
        EObject container = labs.eContainer();
        int index = cluster().getInternalContour().getKeyResources().indexOf(labs);
        String id = DiagramState.idOf(labs);

        clickNode(diagram, LABS);
        assertEquals(List.of(labs), diagram.getViewer().getSelection());
        // Cancel: nothing happens
        List<EditorUi.Dialog> asked = EditorUi.answering("Cancel", s -> {
        }, () -> Ui.key(SWT.DEL, SWT.DEL));
        assertEquals(1, asked.size(), "the Delete key asks first");
        assertSame(container, labs.eContainer(), "cancelled");

        asked = EditorUi.answering("Delete", shell -> Ui.screenshot(shell, "delete-confirmation"),
                () -> Ui.key(SWT.DEL, SWT.DEL));
        assertEquals(1, asked.size());
        EditorUi.Dialog dialog = asked.get(0);
        assertEquals("Delete from Model", dialog.title());
        assertTrue(dialog.text().contains("\u00ab" + LABS + "\u00bb (Key Resource)"), dialog.text());
        assertTrue(dialog.text().contains("These " + referrers.size() + " references to it are removed:"),
                dialog.text());
        for (NamedElement r : referrers) {
            String type = r instanceof KeyAction ? "Key Action" : r instanceof Partnership ? "Partnership" : "Cost Item";
            String reference = r instanceof KeyAction ? "Supporting Resources" : "Resources";
            assertTrue(dialog.text().contains(r.getName() + " | " + type + " | " + reference + " | " + LABS
                    + " | reference removed"), r.getName() + " listed in\n" + dialog.text());
        }

        assertNull(labs.eContainer(), "deleted from the model");
        for (NamedElement r : referrers) {
            assertFalse(r.eCrossReferences().contains(labs), r.getName() + " no longer refers to it");
        }
        Ui.waitFor("the node goes", () -> diagram.getViewer().getScene().node(labs) == null);
        assertTrue(kaluga.model().isDirty(), "the model editor shares the change");

        Ui.key('z', 'z', SWT.CTRL);
        assertSame(container, labs.eContainer(), "undo puts it back");
        assertEquals(index, cluster().getInternalContour().getKeyResources().indexOf(labs), "where it was");
        assertEquals(id, DiagramState.idOf(labs), "with its id (the diagram file's key)");
        for (NamedElement r : referrers) {
            assertTrue(r.eCrossReferences().contains(labs), r.getName() + " refers to it again");
        }
        Ui.waitFor("the node is back", () -> diagram.getViewer().getScene().node(labs) != null);
    }

    @Test
    void cutAsksCancelChangesNothingCutCopiesAndDeletesAsOneUndoAndPastePutsItBack() throws Exception {
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.INTERNAL);
        KeyResource labs = (KeyResource) EditorUi.node(diagram, LABS).element();
        List<KeyAction> supported = List.copyOf(labs.getSupportedActions());
        assertFalse(supported.isEmpty());
        var resources = cluster().getInternalContour().getKeyResources();
        int index = resources.indexOf(labs);
        int count = resources.size();
        String id = DiagramState.idOf(labs);
        EditingDomain domain = diagram.getEditingDomain();
        Collection<Object> clipboard = domain.getClipboard();

        clickNode(diagram, LABS);
        MenuItem cut = menuItem(diagram, "Cut");
        assertTrue(cut.isEnabled(), "Cut in the context menu");
        cut.getParent().notifyListeners(SWT.Hide, new Event());
        List<EditorUi.Dialog> asked = EditorUi.answering("Cancel", s -> {
        }, () -> Ui.key('x', 'x', SWT.CTRL));
        assertEquals(1, asked.size(), "Ctrl+X asks first");
        assertEquals("Cut", asked.get(0).title());
        assertTrue(asked.get(0).text().contains("Cut \u00ab" + LABS + "\u00bb (Key Resource) from the model to the"
                + " clipboard?"), asked.get(0).text());
        for (KeyAction a : supported) {
            assertTrue(asked.get(0).text().contains(a.getName() + " | Key Action | Supporting Resources | " + LABS
                    + " | reference removed"), a.getName() + " listed in\n" + asked.get(0).text());
        }
        assertSame(cluster().getInternalContour(), labs.eContainer(), "Cancel: nothing cut");
        assertSame(clipboard, domain.getClipboard(), "and the clipboard as it was");
        assertFalse(diagram.isDirty());
        assertFalse(diagram.getCommandStack().canUndo());

        asked = EditorUi.answering("Cut", shell -> Ui.screenshot(shell, "cut-confirmation"),
                () -> Ui.key('x', 'x', SWT.CTRL));
        assertEquals(1, asked.size());
        assertNull(labs.eContainer(), "cut from the model");
        for (KeyAction a : supported) {
            assertFalse(a.getSupportingResources().contains(labs), a.getName() + " no longer refers to it");
        }
        assertEquals(1, domain.getClipboard().size(), "a copy on the clipboard, as Copy makes it");
        KeyResource copy = (KeyResource) domain.getClipboard().iterator().next();
        assertNotSame(labs, copy);
        assertEquals(LABS, copy.getName());
        assertEquals("Cut \u00ab" + LABS + "\u00bb", diagram.getCommandStack().getUndoCommand().getLabel(),
                "one undo entry");
        Ui.waitFor("the node goes", () -> diagram.getViewer().getScene().node(labs) == null);
        assertTrue(kaluga.model().isDirty(), "the model editor shares the change");

        Ui.key('z', 'z', SWT.CTRL);
        assertSame(cluster().getInternalContour(), labs.eContainer(), "one undo restores it");
        assertEquals(index, resources.indexOf(labs), "where it was");
        assertEquals(id, DiagramState.idOf(labs), "with its id");
        for (KeyAction a : supported) {
            assertTrue(a.getSupportingResources().contains(labs), a.getName() + " refers to it again");
        }
        assertFalse(diagram.getCommandStack().canUndo(), "that was the only change");
        Ui.waitFor("the node is back", () -> diagram.getViewer().getScene().node(labs) != null);

        EditorUi.dragNode(diagram, diagram.getViewer().getScene().node(labs), 0, 40);
        Bounds placed = diagram.manualBounds().get(labs);
        assertNotNull(placed, "placed by hand");
        assertEquals(List.of(labs), diagram.getViewer().getSelection(), "the dragged node is selected");
        Ui.mouseMove(diagram.getViewer().getControl(), 2, 2); // no tooltip over the dialog
        EditorUi.answering("Cut", s -> {
        }, () -> Ui.key('x', 'x', SWT.CTRL));
        assertNull(labs.eContainer());
        Ui.key('v', 'v', SWT.CTRL);
        assertEquals(count, resources.size(), "pasted back");
        KeyResource pasted = resources.get(resources.size() - 1);
        assertEquals(LABS, pasted.getName(), "a cut element keeps its name when pasted");
        assertNotSame(labs, pasted);
        assertNotEquals(id, DiagramState.idOf(pasted), "a fresh id, as Paste gives");
        assertEquals(placed, diagram.getState().bounds(View.INTERNAL, DiagramState.idOf(pasted)),
                "where the user had placed it");
        Ui.waitFor("pasted, drawn and selected", () -> diagram.getViewer().getScene().node(pasted) != null
                && diagram.getViewer().getSelection().equals(List.of(pasted)));
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "cut-pasted");
        Ui.key('z', 'z', SWT.CTRL);
        assertFalse(resources.contains(pasted), "undo takes the paste back");
    }

    /** The diagram's context menu item with this label (mnemonics ignored), after letting the menu fill itself. */
    private static MenuItem menuItem(DiagramEditor diagram, String label) {
        Menu menu = diagram.getViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", "").split("\t")[0]; // without the key shown
            if (text.equals(label)) {
                return item;
            }
            labels.add(text);
        }
        throw new AssertionError("no '" + label + "' in " + labels);
    }

    @Test
    void hideFromDiagramKeepsTheElementInTheModelAndTheDiagramFileRemembers() throws Exception {
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.INTERNAL);
        KeyResource labs = (KeyResource) EditorUi.node(diagram, LABS).element();
        EObject container = labs.eContainer();
        clickNode(diagram, LABS);
        MenuItem hide = menuItem(diagram, "Hide from Diagram");
        assertTrue(hide.isEnabled());
        hide.notifyListeners(SWT.Selection, new Event());
        Ui.waitFor("the node hidden", () -> diagram.getViewer().getScene().node(labs) == null);
        assertSame(container, labs.eContainer(), "the model keeps it");
        assertTrue(diagram.getViewer().getScene().edges().stream()
                .noneMatch(e -> e.source().element() == labs || e.target().element() == labs), "nor its edges");
        assertEquals(java.util.Set.of(labs), diagram.hiddenElements());

        diagram.setFocus();
        Ui.key('z', 'z', SWT.CTRL);
        Ui.waitFor("shown again by undo", () -> diagram.getViewer().getScene().node(labs) != null);
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        Ui.waitFor("hidden again by redo", () -> diagram.getViewer().getScene().node(labs) == null);
        Ui.key('s', 's', SWT.CTRL);
        Ui.waitFor("saved", () -> !diagram.isDirty());
        assertTrue(java.nio.file.Files.readAllLines(diagram.getDiagramFile())
                .contains("hide internal " + DiagramState.idOf(labs)));

        MenuItem show = menuItem(diagram, "Show Hidden Elements (1)");
        show.notifyListeners(SWT.Selection, new Event());
        Ui.waitFor("shown again", () -> diagram.getViewer().getScene().node(labs) != null);
        assertTrue(diagram.hiddenElements().isEmpty());
    }

    @Test
    void copyAndPasteOnTheDiagramKeepReferencesAmongTheCopies() throws Exception {
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.EXTERNAL);
        ValueProposition offer = cluster().getExternalContour().getValuePropositions().stream()
                .filter(v -> !v.getSegments().isEmpty()).findFirst().orElseThrow();
        Segment segment = offer.getSegments().get(0);
        Bounds offerAt = diagram.getViewer().getScene().node(offer).bounds();
        int propositions = cluster().getExternalContour().getValuePropositions().size();
        int segments = cluster().getExternalContour().getSegments().size();

        diagram.setSelection(new StructuredSelection(List.of(offer, segment)));
        diagram.setFocus();
        Ui.key('c', 'c', SWT.CTRL);
        assertEquals(2, diagram.getEditingDomain().getClipboard().size(), "Ctrl+C copied both");
        Ui.key('v', 'v', SWT.CTRL);
        assertEquals(propositions + 1, cluster().getExternalContour().getValuePropositions().size());
        assertEquals(segments + 1, cluster().getExternalContour().getSegments().size());
        ValueProposition offerCopy = cluster().getExternalContour().getValuePropositions().get(propositions);
        Segment segmentCopy = cluster().getExternalContour().getSegments().get(segments);
        assertEquals(offer.getName() + " (copy)", offerCopy.getName());
        assertEquals(segment.getName() + " (copy)", segmentCopy.getName());
        assertEquals(List.of(segmentCopy), offerCopy.getSegments(), "the copy addresses the copied segment");
        assertEquals(segment.getNeeds().size(), segmentCopy.getNeeds().size(), "with copies of its needs");
        assertNotNull(DiagramState.idOf(offerCopy));
        assertNotEquals(DiagramState.idOf(offer), DiagramState.idOf(offerCopy), "a fresh id");
        assertEquals(offerAt.translate(24, 24), diagram.getState().bounds(View.EXTERNAL, DiagramState.idOf(offerCopy)),
                "placed beside the original");
        Ui.waitFor("the copies drawn and selected", () -> diagram.getViewer().getScene().node(offerCopy) != null
                && diagram.getViewer().getSelection().equals(List.of(offerCopy, segmentCopy)));
        assertEquals(offerAt.translate(24, 24), diagram.getViewer().getScene().node(offerCopy).bounds());
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "pasted");
        Ui.diagramPicture(diagram.getViewer().getScene(), "diagram-pasted", 1600);

        Ui.key('v', 'v', SWT.CTRL);
        ValueProposition second = cluster().getExternalContour().getValuePropositions().get(propositions + 1);
        assertEquals(offer.getName() + " (copy 2)", second.getName(), "a second paste gets a name of its own");
        Ui.key('z', 'z', SWT.CTRL);
        Ui.key('z', 'z', SWT.CTRL);
        assertEquals(propositions, cluster().getExternalContour().getValuePropositions().size(), "undo removes them");
        assertEquals(segments, cluster().getExternalContour().getSegments().size());
        Ui.waitFor("the copies gone", () -> diagram.getViewer().getScene().node(offerCopy) == null);
    }

    @Test
    void copiedInTheTreePastedOnTheDiagramAndBack() throws Exception {
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.INTERNAL);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        CostItem cost = cluster().getInternalContour().getCostItems().get(0);
        int costs = cluster().getInternalContour().getCostItems().size();
        kaluga.page().activate(kaluga.model());
        kaluga.model().select(new StructuredSelection(cost));
        handlers.executeCommand("org.eclipse.ui.edit.copy", null);

        kaluga.page().activate(diagram);
        diagram.setFocus();
        Ui.key('v', 'v', SWT.CTRL);
        assertEquals(costs + 1, cluster().getInternalContour().getCostItems().size(), "pasted on the diagram");
        CostItem pasted = cluster().getInternalContour().getCostItems().get(costs);
        assertEquals(cost.getName() + " (copy)", pasted.getName());
        Ui.waitFor("drawn", () -> diagram.getViewer().getScene().node(pasted) != null);

        KeyAction action = cluster().getInternalContour().getKeyActions().get(0);
        clickNode(diagram, action.getName());
        Ui.key('c', 'c', SWT.CTRL);
        int actions = cluster().getInternalContour().getKeyActions().size();
        kaluga.page().activate(kaluga.model());
        kaluga.model().select(new StructuredSelection(cluster().getInternalContour()));
        handlers.executeCommand("org.eclipse.ui.edit.paste", null);
        assertEquals(actions + 1, cluster().getInternalContour().getKeyActions().size(), "pasted in the tree");
    }

    /** Shows the element in the tree and clicks on its row. */
    private void clickInTree(EObject element) {
        kaluga.model().select(new StructuredSelection(element));
        Ui.settle();
        Tree tree = kaluga.model().getViewer().getTree();
        Rectangle row = tree.getSelection()[0].getBounds();
        Ui.click(tree, row.x + Math.min(20, row.width / 2), row.y + row.height / 2);
        Ui.mouseMove(tree, 1, 1); // no tooltip over the dialog
    }

    @Test
    void deleteInTheTreeShowsTheReferrersCancelKeepsTheElementDeleteDeletesUndoRestores() throws Exception {
        Cluster cluster = cluster();
        KeyResource resource = cluster.getInternalContour().getKeyResources().stream()
                .filter(r -> !r.getSupportedActions().isEmpty()).findFirst().orElseThrow();
        List<KeyAction> supported = List.copyOf(resource.getSupportedActions());
        int index = cluster.getInternalContour().getKeyResources().indexOf(resource);

        clickInTree(resource);
        assertEquals(List.of(resource), kaluga.model().getViewer().getStructuredSelection().toList());
        List<EditorUi.Dialog> asked = EditorUi.answering("Cancel",
                shell -> Ui.screenshot(shell, "tree-delete-confirmation"), () -> Ui.key(SWT.DEL, SWT.DEL));
        assertEquals(1, asked.size(), "the Delete key asks first");
        EditorUi.Dialog dialog = asked.get(0);
        assertEquals("Delete from Model", dialog.title());
        assertTrue(dialog.text().contains("\u00ab" + resource.getName() + "\u00bb (Key Resource)"), dialog.text());
        for (KeyAction a : supported) {
            assertTrue(dialog.text().contains(a.getName() + " | Key Action | Supporting Resources | "
                    + resource.getName() + " | reference removed"), a.getName() + " listed in\n" + dialog.text());
        }
        assertSame(cluster.getInternalContour(), resource.eContainer(), "Cancel keeps it");
        assertFalse(kaluga.model().isDirty());
        assertFalse(kaluga.model().getEditingDomain().getCommandStack().canUndo(), "and changes nothing");

        asked = EditorUi.answering("Delete", shell -> {
        }, () -> Ui.key(SWT.DEL, SWT.DEL));
        assertEquals(1, asked.size());
        assertNull(resource.eContainer(), "Delete deletes it");
        for (KeyAction a : supported) {
            assertFalse(a.getSupportingResources().contains(resource), a.getName() + " no longer refers to it");
        }
        assertTrue(kaluga.model().isDirty());

        Ui.key('z', 'z', SWT.CTRL);
        assertSame(cluster.getInternalContour(), resource.eContainer(), "undo restores it");
        assertEquals(index, cluster.getInternalContour().getKeyResources().indexOf(resource), "where it was");
        for (KeyAction a : supported) {
            assertTrue(a.getSupportingResources().contains(resource), a.getName() + " refers to it again");
        }
    }
}
