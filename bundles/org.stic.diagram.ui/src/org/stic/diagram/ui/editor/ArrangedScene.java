package org.stic.diagram.ui.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.DiagramLayout;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Point;
import org.stic.diagram.scene.Scene;
import org.stic.diagram.scene.SceneContainer;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;

/**
 * A scene laid out once by ELK, on which manual bounds are applied again and again (every step of a drag) without
 * running ELK: each application starts from the automatic layout and reports the area that changed, so that the
 * editor repaints only that.
 */
final class ArrangedScene {

    private final Scene scene;
    private final Bounds[] nodes;
    private final Bounds[] containers;
    private final List<?>[] routes;
    private final Bounds[] labels;
    private final double width;
    private final double height;

    /** @param laidOut a scene right after the automatic layout */
    ArrangedScene(Scene laidOut) {
        scene = laidOut;
        nodes = scene.nodes().stream().map(SceneNode::bounds).toArray(Bounds[]::new);
        containers = scene.containers().stream().map(SceneContainer::bounds).toArray(Bounds[]::new);
        routes = scene.edges().stream().map(SceneEdge::route).toArray(List<?>[]::new);
        labels = scene.edges().stream().map(SceneEdge::labelBounds).toArray(Bounds[]::new);
        width = scene.width();
        height = scene.height();
    }

    Scene scene() {
        return scene;
    }

    /** Puts the given elements at the given bounds, the others where ELK put them; returns the changed area or null. */
    @SuppressWarnings("unchecked")
    Bounds arrange(Map<? extends EObject, Bounds> manual) {
        List<SceneNode> ns = scene.nodes();
        List<SceneContainer> cs = scene.containers();
        List<SceneEdge> es = scene.edges();
        Bounds[] nodesBefore = ns.stream().map(SceneNode::bounds).toArray(Bounds[]::new);
        Bounds[] containersBefore = cs.stream().map(SceneContainer::bounds).toArray(Bounds[]::new);
        Bounds[] edgesBefore = es.stream().map(ScenePainter::extent).toArray(Bounds[]::new);
        for (int i = 0; i < nodes.length; i++) {
            ns.get(i).setBounds(nodes[i]);
        }
        for (int i = 0; i < containers.length; i++) {
            cs.get(i).setBounds(containers[i]);
        }
        for (int i = 0; i < routes.length; i++) {
            es.get(i).setRoute((List<Point>) routes[i]);
            es.get(i).setLabelBounds(labels[i]);
        }
        scene.setSize(width, height);
        DiagramLayout.applyManual(scene, manual);
        Bounds damage = null;
        for (int i = 0; i < nodes.length; i++) {
            damage = changed(damage, nodesBefore[i], ns.get(i).bounds());
        }
        for (int i = 0; i < containers.length; i++) {
            damage = changed(damage, containersBefore[i], cs.get(i).bounds());
        }
        for (int i = 0; i < routes.length; i++) {
            damage = changed(damage, edgesBefore[i], ScenePainter.extent(es.get(i)));
        }
        return damage;
    }

    private static Bounds changed(Bounds damage, Bounds before, Bounds after) {
        if (before.equals(after)) {
            return damage;
        }
        Bounds both = before.union(after);
        return damage == null ? both : damage.union(both);
    }
}
