package org.stic.diagram.scene;

import org.stic.model.edit.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.View;

/**
 * What a diagram shows, independent of any output format: containers (drawn first, parents before children), nodes
 * and edges, all in absolute coordinates once laid out.
 */
public final class Scene {

    private final View view;
    private final String title;
    private final Language language;
    private final List<SceneContainer> containers = new ArrayList<>();
    private final List<SceneNode> nodes = new ArrayList<>();
    private final List<SceneEdge> edges = new ArrayList<>();
    private final Map<EObject, SceneNode> nodeByElement = new IdentityHashMap<>();
    private double width;
    private double height;
    private List<Overlay> overlays = List.of();

    public Scene(View view, String title) {
        this(view, title, Language.current());
    }

    /** A scene whose texts (title, groups, labels, tooltips) are in {@code language}. */
    public Scene(View view, String title, Language language) {
        this.view = view;
        this.title = title;
        this.language = language;
    }

    public Language language() {
        return language;
    }

    public View view() {
        return view;
    }

    public String title() {
        return title;
    }

    public List<SceneContainer> containers() {
        return Collections.unmodifiableList(containers);
    }

    public List<SceneNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<SceneEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public void add(SceneContainer container) {
        containers.add(container);
    }

    public void add(SceneNode node) {
        if (nodeByElement.putIfAbsent(node.element(), node) != null) {
            throw new IllegalArgumentException("element drawn twice: " + node.element());
        }
        nodes.add(node);
    }

    public void add(SceneEdge edge) {
        edges.add(edge);
    }

    /** The node drawn for a model element, or null when the view does not show it. */
    public SceneNode node(EObject element) {
        return nodeByElement.get(element);
    }

    /** What is drawn over the scene (first overlay first); the scene itself is not changed by them. */
    public List<Overlay> overlays() {
        return overlays;
    }

    public void setOverlays(List<Overlay> overlays) {
        this.overlays = List.copyOf(overlays);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void setSize(double width, double height) {
        this.width = width;
        this.height = height;
    }
}
