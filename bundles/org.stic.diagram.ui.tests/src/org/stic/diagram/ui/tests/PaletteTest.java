package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stic.diagram.ui.tests.EditorUi.clickAt;
import static org.stic.diagram.ui.tests.EditorUi.clickOn;
import static org.stic.diagram.ui.tests.EditorUi.link;
import static org.stic.diagram.ui.tests.EditorUi.pick;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.LinkKind;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.diagram.ui.editor.DiagramTools;
import org.stic.diagram.ui.editor.Palette;
import org.stic.ui.editor.SticEditor;
import org.stic.ui.wizards.ModelTemplate;

/** Building the model on the diagram with the palette: real clicks on the palette and the canvas, real typing. */
class PaletteTest {

    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void activate() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().forceActive();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("palette");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void closeAll() throws Exception {
        page.closeAllEditors(false);
        Ui.settle();
        project.delete(true, true, null);
    }

    /** A new model as File > New makes it: a cluster with two empty contours. */
    private IFile emptyModel() throws Exception {
        IFile file = project.getFile("cluster.stic");
        ModelTemplate.EMPTY.create(file, null);
        return file;
    }

    private DiagramEditor open(IFile file, View view) throws Exception {
        return EditorUi.openDiagram(page, file, view);
    }

    private static Bounds region(DiagramEditor editor, ContourRegion r) {
        return editor.getViewer().getScene().containers().stream()
                .filter(c -> c.kind() == SceneContainer.Kind.REGION && c.region() == r).findFirst().orElseThrow()
                .bounds();
    }

    private static void type(String text) {
        for (char c : text.toCharArray()) {
            Ui.key(c, c);
        }
    }

    /** Creates an element with the palette at a point given from a region's top-left corner; returns it. */
    private static EObject create(DiagramEditor editor, NodeType type, ContourRegion in, double dx, double dy) {
        int before = type.elements(editor.getCluster()).size();
        pick(editor, type);
        Bounds r = in == null ? new Bounds(0, 0, 0, 0) : region(editor, in);
        clickAt(editor, r.x() + dx, r.y() + dy);
        assertNull(editor.getTools().bubble(), () -> "refused at " + (r.x() + dx) + "," + (r.y() + dy) + " in " + r
                + ", zoom " + editor.getViewer().getZoom() + ", origin " + editor.getViewer().getOriginX() + ","
                + editor.getViewer().getOriginY());
        try {
            Ui.waitFor("the new " + type.label() + " in direct edit", () -> editor.getTools().directEdit().isActive());
        } catch (AssertionError e) {
            try {
                Ui.screenshot(editor.getSite().getShell(), "palette-failed-create");
            } catch (java.io.IOException io) {
                e.addSuppressed(io);
            }
            throw new AssertionError(e.getMessage() + "; elements " + type.elements(editor.getCluster()).size()
                    + ", nodes " + editor.getViewer().getScene().nodes().size() + ", tool " + editor.getTools().tool()
                    + ", clicked " + editor.getViewer().toScreen(new Bounds(r.x() + dx, r.y() + dy, 1, 1))
                    + " of " + editor.getViewer().getControl().getBounds(), e);
        }
        List<? extends EObject> now = type.elements(editor.getCluster());
        assertEquals(before + 1, now.size(), "one " + type.label() + " more");
        return now.get(now.size() - 1);
    }

    private static boolean hasFinding(DiagramEditor editor, EObject element, String rule) {
        SceneNode n = editor.getViewer().getScene().node(element);
        return n != null && n.decorations().stream().anyMatch(d -> rule.equals(d.ruleId()));
    }

    private static String treeText(SticEditor model) {
        model.getViewer().expandAll();
        StringBuilder sb = new StringBuilder();
        for (TreeItem item : model.getViewer().getTree().getItems()) {
            collect(item, sb);
        }
        return sb.toString();
    }

    private static void collect(TreeItem item, StringBuilder sb) {
        sb.append(item.getText()).append('\n');
        for (TreeItem child : item.getItems()) {
            collect(child, sb);
        }
    }

    @Test
    void aKeyActionFromThePaletteHasItsFindingUntilTheSupportsToolLinksAResourceWithUndoAndRedo() throws Exception {
        IFile file = emptyModel();
        SticEditor model = (SticEditor) IDE.openEditor(page, file, SticEditor.ID);
        Ui.settle();
        DiagramEditor editor = open(file, View.INTERNAL);
        page.activate(editor);
        Cluster cluster = editor.getCluster();
        assertSame(model.getResource(), cluster.eResource(), "one model for both editors");

        Bounds in = region(editor, ContourRegion.INTERNAL);
        KeyAction action = (KeyAction) create(editor, NodeType.KEY_ACTION, ContourRegion.INTERNAL, 40, 80);
        assertEquals("Key Action 1", action.getName(), "the default name");
        assertSame(cluster.getInternalContour(), action.eContainer());
        Bounds placed = editor.manualBounds().get(action);
        assertNotNull(placed, "its place is in the diagram state");
        assertEquals(in.x() + 40, placed.x(), 1.01, "where it was clicked");
        assertEquals(in.y() + 80, placed.y(), 1.01, "where it was clicked");
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-direct-edit");
        type("register drugs");
        Ui.key(SWT.CR, '\r');
        assertFalse(editor.getTools().directEdit().isActive(), "Enter ends the direct edit");
        assertEquals("register drugs", action.getName());
        Ui.waitFor("INT-001 on the new key action", () -> hasFinding(editor, action, "INT-001"));
        Ui.waitFor("the model editor shows it", () -> treeText(model).contains("register drugs"));

        KeyResource resource = (KeyResource) create(editor, NodeType.KEY_RESOURCE, ContourRegion.INTERNAL, 40, 190);
        Ui.key(SWT.ESC, '\u001b');
        assertEquals("Key Resource 1", resource.getName(), "Esc keeps the name");
        Ui.waitFor("the model editor shows the key resource", () -> treeText(model).contains("Key Resource 1"));

        link(editor, LinkKind.SUPPORTS, resource, action);
        assertEquals(List.of(resource), action.getSupportingResources());
        Ui.waitFor("INT-001 gone", () -> editor.getViewer().getScene().node(action) != null
                && !hasFinding(editor, action, "INT-001"));
        assertTrue(editor.getViewer().getScene().edges().stream().anyMatch(e -> e.source().element() == resource
                && e.target().element() == action), "the supports edge");
        assertEquals("Create supports link", model.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
                "the model editor has it on its undo stack");
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-supports-linked");

        editor.setFocus();
        Ui.key('z', 'z', SWT.CTRL);
        assertTrue(action.getSupportingResources().isEmpty(), "undo takes the link back");
        Ui.waitFor("INT-001 back after undo", () -> hasFinding(editor, action, "INT-001"));
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        assertEquals(List.of(resource), action.getSupportingResources(), "redo links again");
        Ui.waitFor("INT-001 gone after redo", () -> !hasFinding(editor, action, "INT-001"));

        Ui.key('z', 'z', SWT.CTRL);
        Ui.key('z', 'z', SWT.CTRL);
        assertTrue(cluster.getInternalContour().getKeyResources().isEmpty(), "undo takes the key resource back");
        Ui.waitFor("the model editor no longer shows it", () -> !treeText(model).contains("Key Resource 1"));
        assertNull(editor.getViewer().getScene().node(resource));
        assertNull(editor.manualBounds().get(resource), "and its place");
    }

    /** A double-click on a palette tool keeps it (GEF's convention), which the palette and status line show. */
    private static void keep(DiagramEditor editor, Object tool) {
        Palette palette = editor.getTools().palette();
        Rectangle r = palette.bounds(tool);
        Ui.doubleClick(palette.canvas(), r.x + r.width / 2, r.y + r.height / 2);
        assertEquals(tool, editor.getTools().tool(), "the double-click chose the tool");
        assertTrue(editor.getTools().kept(), "and keeps it");
    }

    private String statusLine() {
        return Ui.statusLine(page.getWorkbenchWindow().getShell());
    }

    private static List<String> names(List<? extends EObject> elements) {
        return elements.stream().map(e -> ((NamedElement) e).getName()).toList();
    }

    @Test
    void aKeptCreationToolMakesOneElementPerClickEachUndoableUntilEscAndAPlainClickStaysOneShot() throws Exception {
        DiagramEditor editor = open(emptyModel(), View.INTERNAL);
        Cluster cluster = editor.getCluster();
        DiagramTools tools = editor.getTools();
        keep(editor, NodeType.KEY_ACTION);
        assertTrue(statusLine().contains("A key action belongs in the internal contour: click there for each new one."
                + " Tool kept until Esc or Select."), statusLine());
        // below the last row: no hover highlight beside the kept tool in the picture
        Ui.mouseMove(tools.palette().canvas(), 2, tools.palette().canvas().getSize().y - 2);
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-tool-kept");

        Bounds in = region(editor, ContourRegion.INTERNAL);
        for (int i = 0; i < 3; i++) {
            int made = i + 1;
            clickAt(editor, in.x() + 40, in.y() + 80 + 110 * i);
            assertNull(tools.bubble(), "not refused");
            assertEquals(made, cluster.getInternalContour().getKeyActions().size(), "one key action per click");
            Ui.waitFor("key action " + made + " drawn", () -> editor.getViewer().getScene()
                    .node(cluster.getInternalContour().getKeyActions().get(made - 1)) != null);
            assertFalse(tools.directEdit().isActive(), "a kept tool does not stop for the name");
            assertEquals(NodeType.KEY_ACTION, tools.tool(), "the tool stays");
        }
        assertEquals(List.of("Key Action 1", "Key Action 2", "Key Action 3"),
                names(cluster.getInternalContour().getKeyActions()));
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-kept-tool-three-created");

        Ui.key(SWT.ESC, '\u001b');
        assertNull(tools.tool(), "Esc: back to the selection tool");
        assertFalse(tools.kept());
        assertFalse(statusLine().contains("Tool kept"), statusLine());
        for (int left = 2; left >= 0; left--) {
            assertEquals("Create Key Action", editor.getCommandStack().getUndoCommand().getLabel());
            Ui.key('z', 'z', SWT.CTRL);
            assertEquals(left, cluster.getInternalContour().getKeyActions().size(), "each creation is one undo");
        }
        assertFalse(editor.getCommandStack().canUndo(), "three creations, three undo steps");

        // a plain click on the palette takes the tool for one element, as before
        KeyAction one = (KeyAction) create(editor, NodeType.KEY_ACTION, ContourRegion.INTERNAL, 40, 80);
        Ui.key(SWT.ESC, '\u001b');
        assertNull(tools.tool(), "one-shot: back to the selection tool after one element");
        assertEquals(List.of(one), cluster.getInternalContour().getKeyActions());
    }

    @Test
    void shiftKeepsAToolForOneMoreClickAndAKeptLinkToolDrawsOneLinkPerPairUntilEsc() throws Exception {
        DiagramEditor editor = open(emptyModel(), View.INTERNAL);
        Cluster cluster = editor.getCluster();
        DiagramTools tools = editor.getTools();
        Bounds in = region(editor, ContourRegion.INTERNAL);
        pick(editor, NodeType.KEY_RESOURCE);
        Rectangle at = editor.getViewer().toScreen(new Bounds(in.x() + 40, in.y() + 80, 1, 1));
        Ui.shiftClick(editor.getViewer().getControl(), at.x, at.y);
        assertEquals(1, cluster.getInternalContour().getKeyResources().size(), "Shift+click creates");
        assertEquals(NodeType.KEY_RESOURCE, tools.tool(), "and keeps the tool for another click");
        assertFalse(tools.kept(), "for that click only");
        pick(editor, NodeType.KEY_ACTION);
        at = editor.getViewer().toScreen(new Bounds(in.x() + 290, in.y() + 80, 1, 1));
        Ui.shiftClick(editor.getViewer().getControl(), at.x, at.y);
        KeyAction second = (KeyAction) create(editor, NodeType.KEY_ACTION, ContourRegion.INTERNAL, 290, 200);
        Ui.key(SWT.ESC, '\u001b');
        assertNull(tools.tool(), "a click without Shift ends it");
        KeyAction shifted = cluster.getInternalContour().getKeyActions().get(0);
        KeyResource resource = cluster.getInternalContour().getKeyResources().get(0);
        Ui.waitFor("all drawn", () -> editor.getViewer().getScene().nodes().size() == 3);

        keep(editor, LinkKind.SUPPORTS);
        assertTrue(statusLine().contains("Click the source of a supports link, then its target, for each new one."
                + " Tool kept until Esc or Select."), statusLine());
        clickOn(editor, resource);
        clickOn(editor, shifted);
        assertEquals(List.of(resource), shifted.getSupportingResources());
        assertEquals(LinkKind.SUPPORTS, tools.tool(), "the link tool stays");
        clickOn(editor, resource);
        Ui.mouseMove(editor.getViewer().getControl(), 5, 5);
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-kept-link-tool");
        clickOn(editor, second);
        assertEquals(List.of(resource), second.getSupportingResources());
        Ui.key(SWT.ESC, '\u001b');
        assertNull(tools.tool());
        Ui.key('z', 'z', SWT.CTRL);
        assertTrue(second.getSupportingResources().isEmpty(), "each link is one undo step");
        assertEquals(List.of(resource), shifted.getSupportingResources());
    }

    @Test
    void aLinkBetweenTypesTheMetamodelDoesNotAllowIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        IFile file = KalugaExample.copyIntoWorkspace("palette");
        DiagramEditor editor = open(file, View.INTERNAL);
        Cluster cluster = editor.getCluster();
        KeyAction gap = cluster.getInternalContour().getKeyActions().stream()
                .filter(a -> KalugaExample.GAP.equals(a.getName())).findFirst().orElseThrow();
        KeyResource resource = cluster.getInternalContour().getKeyResources().get(0);
        CostItem cost = cluster.getInternalContour().getCostItems().get(0);
        int costLinks = cost.getResources().size();

        pick(editor, LinkKind.SUPPORTS);
        clickOn(editor, gap);
        assertEquals("A supports link starts at a key resource, not at key action '" + KalugaExample.GAP + "'",
                editor.getTools().bubble());
        assertEquals(SWT.CURSOR_NO, cursor(editor), "the not-allowed cursor");
        clickOn(editor, resource);
        assertNull(editor.getTools().bubble(), "a key resource is a fine source");
        Bounds c = editor.getViewer().getScene().node(cost).bounds();
        Ui.mouseMove(editor.getViewer().getControl(), editor.getViewer().toScreen(c).x + 10,
                editor.getViewer().toScreen(c).y + 10);
        String reason = "A supports link from key resource '" + resource.getName() + "' ends at a key action, not at"
                + " cost item '" + cost.getName() + "'";
        assertEquals(reason, editor.getTools().bubble(), "said while hovering, before any click");
        clickOn(editor, cost);
        assertEquals(reason, editor.getTools().bubble());
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-link-refused");
        assertFalse(editor.isDirty(), "nothing changed");
        assertFalse(editor.getCommandStack().canUndo(), "no command");
        assertEquals(costLinks, cost.getResources().size());
        assertFalse(gap.getSupportingResources().contains(resource));
        Ui.key(SWT.ESC, '\u001b');
        Ui.key(SWT.ESC, '\u001b');
        assertNull(editor.getTools().tool(), "Esc drops the source, then the tool");
    }

    @Test
    void aSlowSecondClickEditsTheNameInPlaceEscLeavesItAndTheRenameIsUndoable() throws Exception {
        IFile file = KalugaExample.copyIntoWorkspace("palette");
        DiagramEditor editor = open(file, View.INTERNAL);
        KeyResource resource = editor.getCluster().getInternalContour().getKeyResources().get(0);
        String name = resource.getName();
        clickOn(editor, resource);
        assertEquals(List.of(resource), editor.getViewer().getSelection());
        assertFalse(editor.getTools().directEdit().isActive(), "a first click selects");
        Thread.sleep(editor.getViewer().getControl().getDisplay().getDoubleClickTime() + 100L);
        clickOn(editor, resource);
        Ui.waitFor("direct edit after a slow second click", () -> editor.getTools().directEdit().isActive());
        assertEquals(name, editor.getTools().directEdit().text().getText());
        type("abc");
        Ui.key(SWT.ESC, '\u001b');
        assertFalse(editor.getTools().directEdit().isActive());
        assertEquals(name, resource.getName(), "Esc leaves the name");
        assertFalse(editor.isDirty());

        Ui.key(SWT.F2, '\0');
        type("lab");
        Ui.key(SWT.CR, '\r');
        assertEquals("lab", resource.getName());
        Ui.waitFor("the new name drawn", () -> editor.getViewer().getScene().node(resource).label().equals("lab"));
        Ui.key('z', 'z', SWT.CTRL);
        assertEquals(name, resource.getName(), "undo gives the name back");
    }

    private static int cursor(DiagramEditor editor) {
        for (int c : new int[] { SWT.CURSOR_NO, SWT.CURSOR_CROSS, SWT.CURSOR_HAND }) {
            if (editor.getViewer().getControl().getCursor() == editor.getViewer().getControl().getDisplay()
                    .getSystemCursor(c)) {
                return c;
            }
        }
        return -1;
    }

    @Test
    void anElementClickedIntoTheWrongRegionIsRefusedWithItsReason() throws Exception {
        DiagramEditor editor = open(emptyModel(), View.BOTH);
        pick(editor, NodeType.KEY_ACTION);
        Bounds ex = region(editor, ContourRegion.EXTERNAL);
        clickAt(editor, ex.centerX(), ex.centerY());
        assertEquals("A key action belongs in the internal contour", editor.getTools().bubble());
        assertEquals(SWT.CURSOR_NO, cursor(editor));
        assertEquals(NodeType.KEY_ACTION, editor.getTools().tool(), "the tool stays for another try");
        assertTrue(editor.getCluster().getInternalContour().getKeyActions().isEmpty(), "nothing created");
        assertFalse(editor.getCommandStack().canUndo());
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-creation-refused");

        pick(editor, NodeType.SEGMENT_NEED);
        clickAt(editor, ex.centerX(), ex.centerY());
        assertEquals("A segment need belongs to a segment: click on the segment that has this need",
                editor.getTools().bubble());
        pick(editor, null);
        editor.showView(View.INTERNAL);
        Ui.settle();
        DiagramTools tools = editor.getTools();
        assertThrows(IllegalStateException.class, () -> tools.palette().bounds(NodeType.SEGMENT),
                "the internal view folds the external contour's tools away");
        Rectangle header = tools.palette().header("External contour");
        Ui.click(tools.palette().canvas(), header.x + 20, header.y + header.height / 2);
        Rectangle segmentRow = tools.palette().bounds(NodeType.SEGMENT);
        Ui.click(tools.palette().canvas(), segmentRow.x + 20, segmentRow.y + segmentRow.height / 2);
        assertNull(tools.tool(), "opened, the group shows them greyed: they cannot be taken");
    }

    @Test
    void participantsAndInteractionsOnTheNetworkView() throws Exception {
        DiagramEditor editor = open(emptyModel(), View.NETWORK);
        Participant a = (Participant) create(editor, NodeType.PARTICIPANT, null, 60, 100);
        Ui.key(SWT.CR, '\r');
        Participant b = (Participant) create(editor, NodeType.PARTICIPANT, null, 360, 100);
        Ui.key(SWT.CR, '\r');
        assertEquals(List.of("Participant 1", "Participant 2"), editor.getCluster().getParticipants().stream()
                .map(NamedElement::getName).toList());
        pick(editor, LinkKind.INTERACTION);
        clickOn(editor, a);
        clickOn(editor, a);
        assertEquals("A participant cannot interact with itself", editor.getTools().bubble());
        clickOn(editor, b);
        Interaction i = editor.getCluster().getInteractions().get(0);
        assertSame(a, i.getSource());
        assertSame(b, i.getTarget());
        Ui.waitFor("the interaction drawn", () -> editor.getViewer().getScene().edges().size() == 1);
    }

    /**
     * The pictures: a small business model built on the diagram of an empty model with the palette only,
     * elements in both contours, a need on its segment, links of most kinds, a long name edited in place (F2).
     */
    @Test
    void buildsASmallModelOnTheDiagramOfAnEmptyModel() throws Exception {
        DiagramEditor editor = open(emptyModel(), View.BOTH);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.settle();
        editor.getViewer().setZoom(1);
        ContourRegion in = ContourRegion.INTERNAL;
        ContourRegion ex = ContourRegion.EXTERNAL;
        EObject partner = named(create(editor, NodeType.PARTNERSHIP, in, 24, 80), "university lab");
        EObject resource = named(create(editor, NodeType.KEY_RESOURCE, in, 290, 80), "clean rooms");
        EObject action = named(create(editor, NodeType.KEY_ACTION, in, 290, 200), "contract manufacturing");
        EObject gap = named(create(editor, NodeType.KEY_ACTION, in, 290, 300), "drug registration");
        EObject cost = named(create(editor, NodeType.COST_ITEM, in, 24, 200), "equipment upkeep");
        EObject proposition = named(create(editor, NodeType.VALUE_PROPOSITION, ex, 24, 80), "pilot batches");
        EObject channel = named(create(editor, NodeType.CHANNEL, ex, 24, 220), "project office");
        EObject segment = named(create(editor, NodeType.SEGMENT, ex, 300, 80), "biotech startups");
        EObject revenue = named(create(editor, NodeType.REVENUE_STREAM, ex, 24, 340), "service fees");
        pick(editor, NodeType.SEGMENT_NEED);
        clickOn(editor, segment);
        Ui.waitFor("the need in direct edit", () -> editor.getTools().directEdit().isActive());
        type("gmp capacity");
        Ui.key(SWT.CR, '\r');
        EObject need = ((org.stic.Segment) segment).getNeeds().get(0);
        assertEquals("gmp capacity", ((NamedElement) need).getName());

        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-built-elements");
        link(editor, LinkKind.PROVIDES, partner, resource);
        link(editor, LinkKind.SUPPORTS, resource, action);
        link(editor, LinkKind.COSTS, resource, cost);
        link(editor, LinkKind.DELIVERS, action, proposition);
        link(editor, LinkKind.ADDRESSES, proposition, segment);
        link(editor, LinkKind.COVERS, proposition, need);
        link(editor, LinkKind.SERVES, channel, segment);
        link(editor, LinkKind.BENEFITS, segment, revenue);
        link(editor, LinkKind.DELIVERS, channel, proposition);
        link(editor, LinkKind.EARNED_BY, revenue, proposition);
        EObject indicator = named(create(editor, NodeType.INDICATOR, ContourRegion.GOALS, 24, 60), "civil share");
        link(editor, LinkKind.MEASURES, indicator, action);
        assertEquals(List.of(action), ((org.stic.Indicator) indicator).getMeasures(), "measures drawn from the indicator");
        assertEquals(List.of(proposition), ((org.stic.Channel) channel).getValuePropositions(), "the channel delivers");
        assertEquals(List.of(proposition), ((org.stic.RevenueStream) revenue).getValuePropositions(), "earned by");
        assertEquals(List.of(segment), ((org.stic.RevenueStream) revenue).getSegments(), "the segment benefits");
        Ui.waitFor("INT-001 on the unsupported key action only", () -> hasFinding(editor, gap, "INT-001")
                && !hasFinding(editor, action, "INT-001"));

        // a long name, edited in place (F2): the node grows so that every line shows
        editor.getViewer().setSelection(List.of(proposition), false);
        editor.setFocus();
        Ui.key(SWT.F2, '\0');
        assertTrue(editor.getTools().directEdit().isActive(), "F2 edits the selected node's name");
        type("pilot batches of generic drugs made to gmp standard in shared clean rooms");
        Ui.key(SWT.CR, '\r');
        Ui.waitFor("the long name drawn", () -> editor.getViewer().getScene().node(proposition).lines().size() > 2);
        SceneNode described = editor.getViewer().getScene().node(proposition);
        assertTrue(described.bounds().height() >= SceneBuilder.nodeSize(described.label(), described.style()).height(),
                "the node holds every line of its label");
        editor.getViewer().setSelection(List.of(), false);
        editor.getViewer().fit();
        Ui.settle();
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-built-model-window");
        Ui.diagramPicture(editor.getViewer().getScene(), "palette-built-model-diagram", 1600);
        pick(editor, LinkKind.SUPPORTS);
        Ui.mouseMove(editor.getViewer().getControl(), 30, 30);
        Ui.screenshot(page.getWorkbenchWindow().getShell(), "palette-supports-tool");
        Ui.key(SWT.ESC, '\u001b');
        assertEquals(10 + 1, editor.getViewer().getScene().nodes().size());
        assertEquals(11 + 1, editor.getViewer().getScene().edges().size(), "the eleven links and the need's has-need");
        editor.arrangeAll();
        Ui.settle();
        Ui.diagramPicture(editor.getViewer().getScene(), "palette-built-model-arranged", 1600);
    }

    private static EObject named(EObject element, String name) {
        type(name);
        Ui.key(SWT.CR, '\r');
        assertEquals(name, ((NamedElement) element).getName());
        return element;
    }
}
