package org.stic.diagram.scene;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.Decoration;
import org.stic.diagram.EdgeType;

/**
 * One link drawn between two nodes. {@code element} is the reference's owner (or the Interaction); the route runs
 * from the source node's border to the target node's border, with orthogonal bends.
 */
public final class SceneEdge {

    private final String id;
    private final EdgeType type;
    private final EObject element;
    private final SceneNode source;
    private final SceneNode target;
    private final String label;
    private final EdgeStyle style;
    private final List<Decoration> decorations = new ArrayList<>();
    private List<Point> route = List.of();
    private Bounds labelBounds;

    public SceneEdge(String id, EdgeType type, EObject element, SceneNode source, SceneNode target, String label,
            EdgeStyle style, Bounds labelBounds) {
        this.id = id;
        this.type = type;
        this.element = element;
        this.source = source;
        this.target = target;
        this.label = label;
        this.style = style;
        this.labelBounds = labelBounds;
    }

    public String id() {
        return id;
    }

    public EdgeType type() {
        return type;
    }

    public EObject element() {
        return element;
    }

    public SceneNode source() {
        return source;
    }

    public SceneNode target() {
        return target;
    }

    public String label() {
        return label;
    }

    public EdgeStyle style() {
        return style;
    }

    public List<Point> route() {
        return route;
    }

    public void setRoute(List<Point> route) {
        this.route = List.copyOf(route);
    }

    /** Where the label goes (its size is set at synthesis, its position by the layout). */
    public Bounds labelBounds() {
        return labelBounds;
    }

    public void setLabelBounds(Bounds labelBounds) {
        this.labelBounds = labelBounds;
    }

    public List<Decoration> decorations() {
        return decorations;
    }
}
