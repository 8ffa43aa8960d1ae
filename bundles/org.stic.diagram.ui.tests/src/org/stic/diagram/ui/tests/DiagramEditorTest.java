package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.NamedElement;
import org.stic.diagram.DiagramState;
import org.stic.diagram.Diagrams;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.scene.Styles;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.diagram.ui.editor.DiagramViewer;
import org.stic.diagram.ui.handlers.OpenDiagramHandler;
import org.stic.model.io.SticResources;

/** The diagram editor in the running workbench, driven by real mouse and key events under Xvfb. */
class DiagramEditorTest {

    private IWorkbenchPage page;
    private IFile file;

    @BeforeEach
    void copyExample() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().forceActive();
        file = KalugaExample.copyIntoWorkspace("kaluga");
    }

    @AfterEach
    void closeAll() throws Exception {
        page.closeAllEditors(false);
        Ui.settle();
        ResourcesPlugin.getWorkspace().getRoot().getProject("kaluga").delete(true, true, null);
    }

    private DiagramEditor open(View view) throws Exception {
        return EditorUi.openDiagram(page, file, view);
    }

    private static SceneNode node(DiagramEditor editor, String name) {
        return editor.getViewer().getScene().nodes().stream()
                .filter(n -> n.element() instanceof NamedElement ne && name.equals(ne.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    private static int[] centre(DiagramViewer viewer, SceneNode n) {
        Rectangle r = viewer.toScreen(n.bounds());
        return new int[] { r.x + r.width / 2, r.y + r.height / 2 };
    }

    @Test
    void opensEveryViewFromTheProjectExplorerCommandWithTheViewsNodes() throws Exception {
        IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
        page.activate(explorer);
        Ui.settle();
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Command open = commands.getCommand(OpenDiagramHandler.COMMAND);
        Cluster model = SticResources.load(file.getLocation().toFile().toPath());
        for (View view : View.values()) {
            handlers.executeCommand(ParameterizedCommand.generateCommand(open,
                    Map.of(OpenDiagramHandler.VIEW, view.id())), null);
            DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
            Ui.waitFor(view + " drawn", () -> editor.getViewer().getScene() != null
                    && editor.getViewer().getScene().view() == view);
            Scene scene = editor.getViewer().getScene();
            int expected = 0;
            for (NodeType t : NodeType.inViewOrder(view)) {
                expected += t.elements(model).size();
            }
            assertEquals(expected, scene.nodes().size(), view + ": one node per element of the view");
            // the canvas writes its links as numbers on the cards (lines only on demand)
            assertEquals(view == View.CANVAS, scene.edges().isEmpty(), view + ": edges");
            Ui.screenshot(page.getWorkbenchWindow().getShell(), "window-" + view.id());
            Ui.diagramPicture(scene, "diagram-" + view.id(), 1600);
        }
        assertEquals(1, page.getEditorReferences().length, "one diagram editor per model, switching views");
    }

    @Test
    void aClickedNodeIsTheSelectionAndShowsInThePropertiesView() throws Exception {
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        DiagramEditor editor = open(View.INTERNAL);
        page.activate(editor);
        DiagramViewer viewer = editor.getViewer();
        SceneNode gap = node(editor, KalugaExample.GAP);
        int[] c = centre(viewer, gap);
        Ui.click(viewer.getControl(), c[0], c[1]);
        assertEquals(List.of(gap.element()), viewer.getSelection(), () -> "clicked at " + c[0] + "," + c[1]
                + " of the canvas " + viewer.getControl().getBounds() + " at display "
                + viewer.getControl().toDisplay(0, 0) + "; cursor at " + viewer.getControl().getDisplay()
                        .getCursorLocation() + " over " + viewer.getControl().getDisplay().getCursorControl()
                + "; zoom " + viewer.getZoom() + ", node " + viewer.toScreen(gap.bounds()));
        assertEquals(List.of(gap.element()), ((StructuredSelection) editor.getSite().getSelectionProvider()
                .getSelection()).toList());
        Ui.waitFor("the Properties view shows the key action's name", () -> treeText(
                (Composite) properties.getCurrentPage().getControl()).contains(KalugaExample.GAP));
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "window-selected-properties");
        // a click on the empty title band clears the selection
        Ui.click(viewer.getControl(), 4, 4);
        assertTrue(viewer.getSelection().isEmpty());
    }

    private static String treeText(Composite parent) {
        StringBuilder sb = new StringBuilder();
        if (parent instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                collect(item, sb);
            }
        }
        for (Control child : parent.getChildren()) {
            if (child instanceof Composite comp) {
                sb.append(treeText(comp));
            }
        }
        return sb.toString();
    }

    private static void collect(TreeItem item, StringBuilder sb) {
        sb.append(item.getText(0)).append('=').append(item.getText(1)).append('\n');
        for (TreeItem child : item.getItems()) {
            collect(child, sb);
        }
    }

    @Test
    void moveUndoRedoSaveReopenAndDeleteTheDiagramFile() throws Exception {
        DiagramEditor editor = open(View.BOTH);
        DiagramViewer viewer = editor.getViewer();
        SceneNode target = node(editor, "Портал кластера");
        EObject element = target.element();
        Bounds auto = target.bounds();
        int[] c = centre(viewer, target);
        Ui.drag(viewer.getControl(), c[0], c[1], c[0] + 60, c[1] + 40, 1);
        Bounds moved = viewer.getScene().node(element).bounds();
        double z = viewer.getZoom();
        assertEquals(auto.x() + Math.round(60 / z), moved.x(), 1.01, "moved right with the mouse");
        assertEquals(auto.y() + Math.round(40 / z), moved.y(), 1.01, "moved down with the mouse");
        assertTrue(editor.isDirty());
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "window-moved");
        Ui.mouseMove(viewer.getControl(), 2, 2); // off the node: its tooltip closes

        Ui.key('z', 'z', SWT.CTRL);
        assertEquals(auto, viewer.getScene().node(element).bounds(), "Ctrl+Z puts it back");
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        assertEquals(moved, viewer.getScene().node(element).bounds(), "Ctrl+Shift+Z moves it again");

        Ui.key(SWT.ARROW_RIGHT, '\0');
        Bounds keyed = viewer.getScene().node(element).bounds();
        assertEquals(moved.translate(8, 0), keyed, "the right arrow moves the selection by 8");
        Ui.key(SWT.ARROW_DOWN, '\0', SWT.SHIFT);
        Bounds sized = viewer.getScene().node(element).bounds();
        assertEquals(new Bounds(keyed.x(), keyed.y(), keyed.width(), keyed.height() + 8), sized,
                "Shift+down makes it taller");

        Ui.key('s', 's', SWT.CTRL);
        Ui.waitFor("saved", () -> !editor.isDirty());
        Path diagramFile = editor.getDiagramFile();
        String id = DiagramState.idOf(element);
        String text = Files.readString(diagramFile);
        assertTrue(text.contains("node both " + id + " "), text);
        assertFalse(Files.readString(file.getLocation().toFile().toPath()).contains("node "),
                "the model file holds no presentation data");

        page.closeEditor(editor, false);
        DiagramEditor reopened = open(null);
        assertEquals(View.BOTH, reopened.getView());
        EObject same = reopened.getViewer().getScene().nodes().stream()
                .filter(n -> id.equals(DiagramState.idOf(n.element()))).findFirst().orElseThrow().element();
        Bounds reopenedBounds = reopened.getViewer().getScene().node(same).bounds();
        // the diagram file keeps coordinates to the hundredth of a pixel
        assertEquals(sized.x(), reopenedBounds.x(), 0.005, "reopened where it was left");
        assertEquals(sized.y(), reopenedBounds.y(), 0.005, "reopened where it was left");
        assertEquals(sized.width(), reopenedBounds.width(), 0.005, "reopened as large as it was left");
        assertEquals(sized.height(), reopenedBounds.height(), 0.005, "reopened as large as it was left");

        file.getProject().getFile(file.getName() + ".diagram").delete(true, null);
        Ui.waitFor("automatic layout after the diagram file is deleted",
                () -> auto.equals(reopened.getViewer().getScene().node(same).bounds()));
        page.closeEditor(reopened, false);
        DiagramEditor fresh = open(View.BOTH);
        assertEquals(auto, node(fresh, "Портал кластера").bounds(), "reopened without a diagram file: automatic");
    }

    @Test
    void resizeWithTheHandleAndMarqueeSelectThenArrangeSelection() throws Exception {
        DiagramEditor editor = open(View.INTERNAL);
        DiagramViewer viewer = editor.getViewer();
        SceneNode n = node(editor, "Подготовка кадров");
        int[] c = centre(viewer, n);
        Ui.click(viewer.getControl(), c[0], c[1]);
        Rectangle r = viewer.toScreen(n.bounds());
        Bounds before = n.bounds();
        // the bottom-right handle sits on the corner
        Ui.drag(viewer.getControl(), r.x + r.width, r.y + r.height, r.x + r.width + 50, r.y + r.height + 30, 1);
        Bounds after = viewer.getScene().node(n.element()).bounds();
        double z = viewer.getZoom();
        assertEquals(before.x(), after.x(), 0.01);
        assertEquals(before.width() + Math.round(50 / z), after.width(), 1.01);
        assertEquals(before.height() + Math.round(30 / z), after.height(), 1.01);

        Rectangle client = viewer.getControl().getClientArea();
        Ui.drag(viewer.getControl(), 2, 2, client.width - 2, client.height - 2, 1);
        Set<EObject> all = new HashSet<>();
        viewer.getScene().nodes().forEach(s -> all.add(s.element()));
        assertEquals(all, new HashSet<>(viewer.getSelection()), "the marquee around everything selects every node");

        editor.arrangeSelection();
        assertEquals("Arrange Selection", editor.getCommandStack().getUndoCommand().getLabel());
        List<Bounds> arranged = new ArrayList<>();
        viewer.getScene().nodes().forEach(s -> arranged.add(s.bounds()));
        for (int i = 0; i < arranged.size(); i++) {
            for (int j = i + 1; j < arranged.size(); j++) {
                assertFalse(arranged.get(i).overlaps(arranged.get(j)), "arranged nodes do not overlap");
            }
        }
        editor.arrangeAll();
        Scene auto = Diagrams.create((Cluster) n.element().eResource().getContents().get(0), View.INTERNAL);
        for (SceneNode s : viewer.getScene().nodes()) {
            assertEquals(auto.node(s.element()).bounds(), s.bounds(), "Arrange All is the automatic layout");
        }
    }

    @Test
    void zoomWithKeysWheelAndBoxAndFit() throws Exception {
        DiagramEditor editor = open(View.BOTH);
        DiagramViewer viewer = editor.getViewer();
        viewer.setZoom(1);
        Ui.key('=', '=', SWT.CTRL);
        assertEquals(1.25, viewer.getZoom(), 1e-9, "Ctrl+= zooms in");
        Ui.key('-', '-', SWT.CTRL);
        assertEquals(1.0, viewer.getZoom(), 1e-9, "Ctrl+- zooms out");
        Ui.ctrlWheelUp(viewer.getControl(), 100, 100);
        assertEquals(1.1, viewer.getZoom(), 1e-9, "Ctrl+wheel zooms in by a step");
        Combo zoomBox = findZoomBox(editor);
        zoomBox.setText("200%");
        zoomBox.notifyListeners(SWT.DefaultSelection, null);
        assertEquals(2.0, viewer.getZoom(), 1e-9, "the zoom box sets the zoom");
        int ox = viewer.getOriginX();
        Ui.drag(viewer.getControl(), 200, 150, 120, 150, 2);
        assertEquals(ox + 80, viewer.getOriginX(), "middle-drag pans");
        viewer.fit();
        Rectangle client = viewer.getControl().getClientArea();
        Scene scene = viewer.getScene();
        assertTrue(scene.width() * viewer.getZoom() <= client.width && scene.height() * viewer.getZoom() <= client.height,
                "fit shows the whole diagram");
        assertEquals(Math.round(viewer.getZoom() * 100) + "%", zoomBox.getText());
    }

    private static Combo findZoomBox(DiagramEditor editor) {
        return find(editor.getViewer().getControl().getShell(), "Fit");
    }

    private static Combo find(Composite parent, String item) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Combo combo && List.of(combo.getItems()).contains(item)) {
                return combo;
            }
            if (c instanceof Composite comp && !(c instanceof Canvas)) {
                Combo found = find(comp, item);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void findingsAreBadgesAndTooltipsThatFollowTheModel() throws Exception {
        DiagramEditor editor = open(View.INTERNAL);
        KeyAction gap = (KeyAction) node(editor, KalugaExample.GAP).element();
        Ui.waitFor("the INT-001 badge", () -> node(editor, KalugaExample.GAP).decorations().stream()
                .anyMatch(d -> "INT-001".equals(d.ruleId())));
        assertEquals(Styles.ERROR, node(editor, KalugaExample.GAP).style().border(), "the readiness gap's red border");
        String tip = editor.tooltip(gap);
        assertTrue(tip.contains("error INT-001"), tip);
        // the analysis' findings are badges too: Kaluga's under-provided clean rooms are over-loaded (ANA-002)
        Ui.waitFor("an ANA-002 badge on a key resource", () -> editor.getViewer().getScene().nodes().stream()
                .anyMatch(n -> n.element() instanceof KeyResource
                        && n.decorations().stream().anyMatch(d -> "ANA-002".equals(d.ruleId()))));
        Ui.diagramPicture(editor.getViewer().getScene(), "diagram-internal-with-finding", 1400);

        // the model changes (as the model editor would change it): the badge goes at once, and comes back
        KeyResource labs = (KeyResource) node(editor, "Центр коллективного пользования").element();
        gap.getSupportingResources().add(labs);
        Ui.waitFor("INT-001 cleared by the supports link", () -> node(editor, KalugaExample.GAP).decorations().stream()
                .noneMatch(d -> "INT-001".equals(d.ruleId())));
        assertTrue(editor.getViewer().getScene().edges().stream().anyMatch(
                e -> e.source().element() == labs && e.target().element() == gap), "the new supports edge");
        gap.getSupportingResources().remove(labs);
        Ui.waitFor("INT-001 back", () -> node(editor, KalugaExample.GAP).decorations().stream()
                .anyMatch(d -> "INT-001".equals(d.ruleId())));
    }

    @Test
    void exportsTheViewAsShownToSvgPngAndPdf() throws Exception {
        DiagramEditor editor = open(View.EXTERNAL);
        Path dir = Ui.target().resolve("export");
        Files.createDirectories(dir);
        for (String ext : List.of("svg", "png", "pdf")) {
            Path out = dir.resolve("kaluga-external." + ext);
            Files.deleteIfExists(out);
            assertTrue(editor.exportTo(out, org.stic.diagram.ExportFormat.SVG).isEmpty());
            assertTrue(Files.size(out) > 1000, out + " written");
        }
        assertTrue(Files.readString(dir.resolve("kaluga-external.svg")).contains("Портал кластера"));
        byte[] png = Files.readAllBytes(dir.resolve("kaluga-external.png"));
        assertEquals((byte) 0x89, png[0]);
        assertTrue(new String(Files.readAllBytes(dir.resolve("kaluga-external.pdf")), 0, 5).startsWith("%PDF"));
    }
}
