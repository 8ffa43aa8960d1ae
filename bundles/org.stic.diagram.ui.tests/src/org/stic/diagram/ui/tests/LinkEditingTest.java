package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.diagram.EdgeType;
import org.stic.diagram.Link;
import org.stic.diagram.View;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.editor.DiagramEditor;
import org.stic.diagram.ui.editor.DiagramViewer;
import org.stic.model.io.SticResources;

/**
 * Links on the diagram: a click on a route selects the link (Properties shows the element that holds it), Delete
 * removes that link alone from the model, undo and redo from either editor; with the model editor open beside.
 */
class LinkEditingTest {

    private KalugaExample.Open kaluga;

    @BeforeEach
    void open() throws Exception {
        kaluga = KalugaExample.openInModelEditor("links");
    }

    @AfterEach
    void closeAll() throws Exception {
        kaluga.close();
    }

    private Cluster cluster() {
        return kaluga.cluster();
    }

    /** A point of a link's route (canvas pixels) where a click can only mean that link, and one beside it. */
    private record Target(int onX, int onY, int besideX, int besideY) {
    }

    /**
     * Walks the edge's route (scrolled into view) for a place where no node and no other edge is near (there and one
     * pixel to the right, where the mouse hovers), and a point 12 pixels to the side of it where there is nothing at
     * all.
     */
    private static Target target(DiagramEditor diagram, SceneEdge edge) {
        Target found = freePlace(diagram, edge);
        if (found == null) {
            throw new AssertionError("no free place on the route of " + Link.of(edge));
        }
        return found;
    }

    /** {@link #target}, or null when the route has no free place (other links cross or run beside it). */
    private static Target freePlace(DiagramEditor diagram, SceneEdge edge) {
        DiagramViewer viewer = diagram.getViewer();
        viewer.reveal(ScenePainter.extent(edge));
        Ui.settle();
        Rectangle area = viewer.getControl().getClientArea();
        double zoom = viewer.getZoom();
        List<Point> route = edge.route();
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double length = Math.hypot(b.x() - a.x(), b.y() - a.y()) * zoom;
            for (double t = 0.1; t <= 0.9 && length > 0; t += 2 / length) {
                int x = (int) Math.round((a.x() + t * (b.x() - a.x())) * zoom) - viewer.getOriginX();
                int y = (int) Math.round((a.y() + t * (b.y() - a.y())) * zoom) - viewer.getOriginY();
                // the side: across the segment
                int sx = x + (int) Math.round(-(b.y() - a.y()) * zoom / length * 12);
                int sy = y + (int) Math.round((b.x() - a.x()) * zoom / length * 12);
                if (area.contains(x, y) && area.contains(sx, sy) && viewer.nodeAt(x, y) == null
                        && viewer.edgeAt(x, y) == edge && viewer.edgeAt(x + 1, y) == edge
                        && viewer.nodeAt(sx, sy) == null
                        && viewer.edgeAt(sx, sy) == null) {
                    return new Target(x, y, sx, sy);
                }
            }
        }
        return null;
    }

    private static boolean hasFinding(DiagramEditor diagram, EObject element, String rule) {
        SceneNode n = diagram.getViewer().getScene().node(element);
        return n != null && n.decorations().stream().anyMatch(d -> rule.equals(d.ruleId()));
    }

    private static Set<Link> links(DiagramEditor diagram) {
        Set<Link> links = new HashSet<>();
        diagram.getViewer().getScene().edges().forEach(e -> links.add(Link.of(e)));
        return links;
    }

    /** The value of the Properties view's Name row (in any category), or null. */
    private static String propertiesName(PropertySheet sheet) {
        return sheet.getCurrentPage().getControl() instanceof Tree tree ? name(tree.getItems()) : null;
    }

    private static String name(TreeItem[] items) {
        for (TreeItem item : items) {
            String found = item.getText(0).equals("Name") ? item.getText(1) : name(item.getItems());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void aClickSelectsTheSupportsLinkDeleteRemovesThatReferenceAloneAndUndoRedoWorkInEitherEditor()
            throws Exception {
        PropertySheet sheet = (PropertySheet) kaluga.page().showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.INTERNAL);
        DiagramViewer viewer = diagram.getViewer();
        // an action with one supporting resource whose supports link can be clicked where no other link runs
        KeyAction action = cluster().getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().size() == 1)
                .filter(a -> freePlace(diagram, new Link(EdgeType.SUPPORTS, a, a.getSupportingResources().get(0))
                        .in(viewer.getScene())) != null)
                .findFirst().orElseThrow();
        KeyResource resource = action.getSupportingResources().get(0);
        Link supports = new Link(EdgeType.SUPPORTS, action, resource);
        SceneEdge edge = supports.in(viewer.getScene());
        assertNotNull(edge, "the supports link is drawn");
        assertSame(resource, edge.source().element(), "from the resource to the action");
        assertFalse(hasFinding(diagram, action, "INT-001"));
        Set<Link> before = links(diagram);

        Target at = target(diagram, edge);
        Ui.click(viewer.getControl(), at.onX(), at.onY());
        assertEquals(supports, viewer.getSelectedLink(), "a click on the route selects the link");
        assertTrue(viewer.getSelection().isEmpty(), "and no node");
        Ui.click(viewer.getControl(), at.besideX(), at.besideY());
        assertNull(viewer.getSelectedLink(), "a click 12 pixels beside it selects nothing");
        Ui.mouseMove(viewer.getControl(), at.onX() + 1, at.onY());
        assertEquals(edge.source().label() + " \u2192 " + edge.target().label() + " (supports link)",
                viewer.getControl().getToolTipText(), "hovering names the link");
        Ui.click(viewer.getControl(), at.onX(), at.onY());
        assertEquals(supports, viewer.getSelectedLink());
        assertEquals(List.of(action), ((IStructuredSelection) diagram.getSelection()).toList(),
                "the workbench sees the element that holds the link");
        Ui.waitFor("Properties shows the key action", () -> action.getName().equals(propertiesName(sheet)));
        Ui.mouseMove(viewer.getControl(), 2, 2); // no tooltip in the picture
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "link-selected");

        List<EditorUi.Dialog> asked = EditorUi.answering("Cancel", s -> {
        }, () -> Ui.key(SWT.DEL, SWT.DEL));
        assertEquals(List.of(), asked, "a reference link goes without a question");
        assertFalse(action.getSupportingResources().contains(resource), "the reference is removed");
        assertSame(cluster().getInternalContour(), resource.eContainer(), "the resource stays");
        assertSame(cluster().getInternalContour(), action.eContainer(), "the action stays");
        Ui.waitFor("INT-001 back on the unsupported action", () -> hasFinding(diagram, action, "INT-001"));
        Set<Link> expected = new HashSet<>(before);
        expected.remove(supports);
        assertEquals(expected, links(diagram), "that link alone is gone");
        assertNull(viewer.getSelectedLink(), "the deleted link left the selection");
        assertTrue(kaluga.model().isDirty(), "one dirty state for both editors");
        assertEquals("Delete supports link", kaluga.model().getEditingDomain().getCommandStack().getUndoCommand().getLabel());
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "link-deleted");

        kaluga.page().activate(kaluga.model());
        kaluga.model().setFocus();
        Ui.key('z', 'z', SWT.CTRL);
        assertEquals(List.of(resource), action.getSupportingResources(), "undo in the model editor restores it");
        Ui.waitFor("INT-001 gone again", () -> !hasFinding(diagram, action, "INT-001"));
        assertEquals(before, links(diagram));

        kaluga.page().activate(diagram);
        diagram.setFocus();
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        assertTrue(action.getSupportingResources().isEmpty(), "redo in the diagram removes it again");
        Ui.waitFor("INT-001 back after redo", () -> hasFinding(diagram, action, "INT-001"));
        Ui.key('s', 's', SWT.CTRL);
        Ui.waitFor("saved", () -> !diagram.isDirty() && !kaluga.model().isDirty());
        Cluster saved = SticResources.load(kaluga.file().getLocation().toFile().toPath());
        assertTrue(saved.getInternalContour().getKeyActions().stream().filter(a -> a.getName().equals(action.getName()))
                .findFirst().orElseThrow().getSupportingResources().isEmpty(), "the file no longer holds the reference");
        assertEquals(cluster().getInternalContour().getKeyResources().size(),
                saved.getInternalContour().getKeyResources().size(), "nor lost an element");
    }

    @Test
    void anInteractionLinkIsDeletedAsItsInteractionAndUndoBringsItBack() throws Exception {
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.NETWORK);
        DiagramViewer viewer = diagram.getViewer();
        // an interaction whose link can be clicked where no other link runs
        Interaction interaction = cluster().getInteractions().stream()
                .filter(i -> freePlace(diagram, new Link(EdgeType.INTERACTION, i, null).in(viewer.getScene())) != null)
                .findFirst().orElseThrow();
        Participant source = interaction.getSource();
        int count = cluster().getInteractions().size();
        Link link = new Link(EdgeType.INTERACTION, interaction, null);
        SceneEdge edge = link.in(viewer.getScene());
        assertNotNull(edge);
        Set<Link> before = links(diagram);
        kaluga.page().activate(kaluga.model());
        kaluga.model().select(new StructuredSelection(interaction));
        Ui.waitFor("the interaction chosen in the tree selected on the diagram",
                () -> link.equals(viewer.getSelectedLink()));
        kaluga.page().activate(diagram);
        diagram.setFocus();
        Ui.click(viewer.getControl(), 2, 2);
        assertNull(viewer.getSelectedLink());

        Target at = target(diagram, edge);
        Ui.click(viewer.getControl(), at.onX(), at.onY());
        assertEquals(link, viewer.getSelectedLink());
        assertEquals(List.of(interaction), ((IStructuredSelection) diagram.getSelection()).toList(),
                "Properties shows the interaction itself");
        Ui.mouseMove(viewer.getControl(), 2, 2);
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "interaction-selected");

        List<EditorUi.Dialog> asked = EditorUi.answering("Cancel", s -> {
        }, () -> Ui.key(SWT.DEL, SWT.DEL));
        assertEquals(List.of(), asked, "nothing refers to an interaction: no question");
        assertEquals(count - 1, cluster().getInteractions().size());
        assertFalse(cluster().getInteractions().contains(interaction));
        assertFalse(source.getOutgoingInteractions().contains(interaction), "its participant forgets it too");
        assertSame(cluster(), source.eContainer(), "the participants stay");
        Ui.waitFor("the edge goes", () -> link.in(viewer.getScene()) == null);
        Set<Link> expected = new HashSet<>(before);
        expected.remove(link);
        assertEquals(expected, links(diagram));

        Ui.key('z', 'z', SWT.CTRL);
        assertTrue(cluster().getInteractions().contains(interaction), "undo brings it back");
        assertSame(source, interaction.getSource());
        assertTrue(source.getOutgoingInteractions().contains(interaction));
        Ui.waitFor("drawn again", () -> link.in(viewer.getScene()) != null);
        Ui.key('z', 'Z', SWT.CTRL, SWT.SHIFT);
        assertFalse(cluster().getInteractions().contains(interaction), "redo deletes it again");
    }

    @Test
    void aHasNeedLinkIsSelectedButDeleteSaysWhyItStays() throws Exception {
        DiagramEditor diagram = EditorUi.openDiagram(kaluga.page(), kaluga.file(), View.EXTERNAL);
        DiagramViewer viewer = diagram.getViewer();
        // the first has-need link with a free place on its route (the layout decides which ones other links cross)
        SceneEdge edge = null;
        Target at = null;
        for (SceneEdge e : viewer.getScene().edges()) {
            if (e.type() == EdgeType.HAS_NEED && (at = freePlace(diagram, e)) != null) {
                edge = e;
                break;
            }
        }
        assertNotNull(edge, "a has-need link with a free place on its route");
        Ui.click(viewer.getControl(), at.onX(), at.onY());
        assertEquals(Link.of(edge), viewer.getSelectedLink());
        Menu menu = viewer.getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            String label = item.getText().replace("&", "").split("\t")[0]; // without the key shown
            if (label.equals("Hide from Diagram") || label.equals("Copy") || label.equals("Rename")) {
                assertFalse(item.isEnabled(), label + " is for nodes");
            }
            if (label.equals("Delete from Model")) {
                assertTrue(item.isEnabled(), "Delete is offered, to say why it refuses");
            }
            if (label.equals("Cut")) {
                assertFalse(item.isEnabled(), "Cut, like Copy, is for nodes");
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        int needs = cluster().getExternalContour().getSegments().stream().mapToInt(s -> s.getNeeds().size()).sum();
        Ui.key(SWT.DEL, SWT.DEL);
        assertEquals(needs, cluster().getExternalContour().getSegments().stream().mapToInt(s -> s.getNeeds().size())
                .sum(), "the need stays");
        assertFalse(diagram.isDirty());
        assertEquals(Link.of(edge), viewer.getSelectedLink());
        Ui.screenshot(kaluga.page().getWorkbenchWindow().getShell(), "has-need-refused");
    }
}
