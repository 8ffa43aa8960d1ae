package org.stic.diagram.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.stic.Cluster;
import org.stic.diagram.ContourRegion;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.DiagramState;
import org.stic.diagram.Link;
import org.stic.diagram.NodeType;
import org.stic.diagram.View;
import org.stic.diagram.render.SceneDamage;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneBuilder;
import org.stic.diagram.scene.SceneNode;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Language;
import org.stic.ui.session.ModelSession;

/**
 * The scene the diagram editor shows: built from the session's model for the view shown, laid out by ELK, and
 * arranged by the diagram state's manual bounds. It follows the model (a rebuild per burst of changes, repainting only
 * what is drawn differently when nothing moved) and the state
 * (re-layout only when what ELK sees changed, else the manual bounds applied again), and turns the user's diagram
 * changes (move, resize, arrange, collapse, hide) into {@link StateCommand}s on the session's command stack.
 */
final class EditorScene {

    private final DiagramEditor editor;
    private final ModelSession session;
    private final LayoutCompanion layout;
    private final Path modelPath;
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                scheduleRebuild();
            }
        }
    };
    private final LayoutCompanion.Listener layoutListener = this::applyState;

    /** The session's model resource as last seen (it changes when the file is reloaded). */
    private Resource resource;
    private View view;
    private ArrangedScene arranged;
    private boolean rebuildPending;
    /** Elements to select once the diagram shows them (what a paste created). */
    private List<?> selectWhenShown = List.of();

    EditorScene(DiagramEditor editor, ModelSession session, LayoutCompanion layout, Path modelPath) {
        this.editor = editor;
        this.session = session;
        this.layout = layout;
        this.modelPath = modelPath;
        view = layout.state().shownView();
        layout.addListener(layoutListener);
    }

    /** Takes the session's model (again: a reload replaces it) and listens to it. */
    void loadModel() {
        if (resource != null) {
            resource.eAdapters().remove(modelListener);
        }
        resource = session.resource();
        if (resource != null) {
            resource.eAdapters().add(modelListener);
        }
    }

    Resource resource() {
        return resource;
    }

    Cluster cluster() {
        return resource == null || resource.getContents().isEmpty() ? null : (Cluster) resource.getContents().get(0);
    }

    private DiagramViewer viewer() {
        DiagramViewer viewer = editor.getViewer();
        return viewer == null || viewer.getControl().isDisposed() ? null : viewer;
    }

    /** Rebuilds the scene from the model (ELK layout), then applies the manual state. */
    void rebuild() {
        rebuildPending = false;
        DiagramViewer viewer = viewer();
        if (viewer == null) {
            return;
        }
        Cluster cluster = cluster();
        editor.files().showProblem();
        if (cluster == null) {
            return;
        }
        List<Decoration> decorations = LiveFindings.of(cluster, modelPath);
        DiagramState state = layout.state();
        Scene scene = SceneBuilder.build(cluster, view, decorations, state.collapsed(view),
                state.resolveHidden(view, resource), Language.current(), state.canvasLinks(), state.collapsedBlocks());
        DiagramLayout.layout(scene);
        arranged = new ArrangedScene(scene);
        arranged.arrange(layout.state().resolve(view, resource));
        editor.decorate(scene);
        Scene shownBefore = viewer.getScene();
        boolean first = shownBefore == null;
        List<EObject> selected = viewer.getSelection();
        Link link = viewer.getSelectedLink();
        // an edit that moves nothing (a status, a name that keeps its lines) repaints only what it changed: badges,
        // colours
        viewer.setScene(scene, first ? null : SceneDamage.between(shownBefore, scene));
        if (first) {
            viewer.fit();
        }
        List<EObject> shown = new ArrayList<>();
        for (Object o : selectWhenShown) {
            if (o instanceof EObject e && scene.node(e) != null) {
                shown.add(e);
            }
        }
        selectWhenShown = List.of();
        if (!shown.isEmpty()) {
            viewer.setSelection(shown, true);
        }
        editor.sceneShown();
        if (viewer.getSelection().equals(selected) && Objects.equals(viewer.getSelectedLink(), link)) {
            editor.getEditing().update();
        } else {
            editor.selectionChanged(); // deleted elements or links left it, pasted ones came in: the workbench hears
        }
    }

    /** One rebuild for a burst of changes, once the display is free. */
    void scheduleRebuild() {
        DiagramViewer viewer = viewer();
        if (!rebuildPending && viewer != null) {
            rebuildPending = true;
            viewer.getControl().getDisplay().asyncExec(this::rebuild);
        }
    }

    /** Selects these elements when the diagram next shows them (after the rebuild that a model change brings). */
    void selectWhenShown(List<?> elements) {
        selectWhenShown = elements;
    }

    View view() {
        return view;
    }

    /** Shows another view; the diagram state keeps every view's layout. */
    void showView(View newView) {
        view = newView;
        layout.state().setShownView(view);
        rebuild();
        viewer().fit();
    }

    /** Shows a new state (a command, its undo, a reload): re-layout only when what ELK sees changed. */
    private void applyState(DiagramState before, DiagramState next) {
        next.setShownView(view);
        DiagramViewer viewer = viewer();
        if (viewer == null) {
            return;
        }
        boolean relayout = !next.collapsed(view).equals(before.collapsed(view))
                || !next.hidden(view).equals(before.hidden(view)) || view == View.CANVAS
                        && (!next.collapsedBlocks().equals(before.collapsedBlocks())
                                || next.canvasLinks() != before.canvasLinks());
        if (relayout || arranged == null) {
            rebuild();
        } else {
            Scene scene = arranged.scene();
            double w = scene.width();
            double h = scene.height();
            Bounds damage = arranged.arrange(next.resolve(view, resource));
            if (w != scene.width() || h != scene.height()) {
                viewer.setScene(scene);
            } else {
                viewer.redraw(damage);
            }
        }
    }

    /** Applies bounds while dragging (null: none) over the manual ones; returns the area that changed. */
    Bounds preview(Map<EObject, Bounds> bounds) {
        if (arranged == null) {
            return null;
        }
        Map<EObject, Bounds> manual = layout.state().resolve(view, resource);
        if (bounds != null) {
            manual.putAll(bounds);
        }
        return arranged.arrange(manual);
    }

    // ---- diagram changes, each one command on the session's stack

    private void execute(String label, Consumer<DiagramState> change) {
        session.commandStack().execute(new StateCommand(label, layout, change));
    }

    void commit(String label, Map<EObject, Bounds> bounds) {
        View shown = view;
        execute(label, s -> bounds.forEach((element, b) -> s.setBounds(shown, DiagramState.idOf(element), b)));
    }

    void toggleCollapsed(ContourRegion region) {
        View shown = view;
        boolean collapsed = layout.state().collapsed(view).contains(region);
        execute(Messages.get(collapsed ? "menu.expand" : "menu.collapse", region.label()),
                s -> s.setCollapsed(shown, region, !collapsed));
    }

    boolean isCollapsed(ContourRegion region) {
        return layout.state().collapsed(view).contains(region);
    }

    /** Collapses a canvas block to its title, or restores it. */
    void toggleCollapsed(NodeType block) {
        boolean collapsed = isCollapsed(block);
        execute(Messages.get(collapsed ? "menu.expand" : "menu.collapse", block.blockLabel()),
                s -> s.setCollapsed(block, !collapsed));
    }

    boolean isCollapsed(NodeType block) {
        return layout.state().collapsedBlocks().contains(block);
    }

    /** Whether the canvas draws its links between blocks as lines (else as the numbers of the linked cards). */
    boolean canvasLinks() {
        return layout.state().canvasLinks();
    }

    void setCanvasLinks(boolean lines) {
        if (lines != canvasLinks()) {
            execute(Messages.get(lines ? "command.canvasLinksOn" : "command.canvasLinksOff"),
                    s -> s.setCanvasLinks(lines));
        }
    }

    /**
     * A command that places an element by hand in the view shown (null bounds: back to the automatic layout), to
     * execute alone or in a compound after the command that creates the element: the element's id is taken when the
     * command executes.
     */
    Command boundsCommand(EObject element, Bounds bounds) {
        View shown = view;
        return new StateCommand(Messages.get("command.place"), layout, s -> {
            String id = DiagramState.idOf(element);
            if (id != null) {
                s.setBounds(shown, id, bounds);
            }
        });
    }

    void hide(List<? extends EObject> elements) {
        View shown = view;
        execute(Messages.get("command.hide"), s -> elements.forEach(e -> s.setHidden(shown, DiagramState.idOf(e), true)));
    }

    Set<EObject> hiddenElements() {
        return layout.state().resolveHidden(view, resource);
    }

    void showHidden() {
        View shown = view;
        Set<String> ids = Set.copyOf(layout.state().hidden(view));
        execute(Messages.get("command.showHidden"), s -> ids.forEach(id -> s.setHidden(shown, id, false)));
    }

    void arrangeAll() {
        View shown = view;
        execute(Messages.get("command.arrangeAll"), s -> s.clearBounds(shown));
    }

    void arrangeSelection(List<SceneNode> nodes) {
        View shown = view;
        if (view == View.CANVAS) {
            // the canvas's own places: the selected cards go back to their block's columns (no longer placed by hand)
            execute(Messages.get("command.arrangeSelection"),
                    s -> nodes.forEach(n -> s.setBounds(shown, DiagramState.idOf(n.element()), null)));
            return;
        }
        if (nodes.size() < 2) {
            return;
        }
        Map<SceneNode, Bounds> placed = DiagramLayout.arrange(viewer().getScene(), nodes);
        execute(Messages.get("command.arrangeSelection"),
                s -> placed.forEach((n, b) -> s.setBounds(shown, DiagramState.idOf(n.element()), b)));
    }

    /** Manual bounds of the view shown by element, as the diagram file will hold them. */
    Map<EObject, Bounds> manualBounds() {
        return new HashMap<>(layout.state().resolve(view, resource));
    }

    void dispose() {
        if (resource != null) {
            resource.eAdapters().remove(modelListener);
        }
        layout.removeListener(layoutListener);
    }
}
