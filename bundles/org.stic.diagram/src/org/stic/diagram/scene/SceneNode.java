package org.stic.diagram.scene;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stic.diagram.Decoration;
import org.stic.diagram.NodeType;

/** One model element drawn as a box: its type, wrapped label, style, position and decorations. */
public final class SceneNode {

    private final String id;
    private final EObject element;
    private final NodeType type;
    private final String label;
    private final List<String> lines;
    private final SceneContainer container;
    private final List<Decoration> decorations = new ArrayList<>();
    private NodeStyle style;
    private Bounds bounds;

    public SceneNode(String id, EObject element, NodeType type, String label, List<String> lines, NodeStyle style,
            SceneContainer container, Bounds bounds) {
        this.id = id;
        this.element = element;
        this.type = type;
        this.label = label;
        this.lines = List.copyOf(lines);
        this.style = style;
        this.container = container;
        this.bounds = bounds;
    }

    public String id() {
        return id;
    }

    public EObject element() {
        return element;
    }

    public NodeType type() {
        return type;
    }

    /** The full label (shown whole as a tooltip where the format allows). */
    public String label() {
        return label;
    }

    /** The label wrapped to the node's width. */
    public List<String> lines() {
        return lines;
    }

    public SceneContainer container() {
        return container;
    }

    public NodeStyle style() {
        return style;
    }

    public void setStyle(NodeStyle style) {
        this.style = style;
    }

    public Bounds bounds() {
        return bounds;
    }

    public void setBounds(Bounds bounds) {
        this.bounds = bounds;
    }

    public List<Decoration> decorations() {
        return decorations;
    }
}
