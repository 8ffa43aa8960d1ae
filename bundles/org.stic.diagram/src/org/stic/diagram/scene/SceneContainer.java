package org.stic.diagram.scene;

import org.stic.diagram.ContourRegion;
import org.stic.diagram.NodeType;

/** A labelled box that holds nodes: a contour region, or a group of one node type (inside a region or not). */
public final class SceneContainer {

    public enum Kind {
        REGION, GROUP
    }

    private final String id;
    private final Kind kind;
    private final String label;
    private final ContourRegion region;
    private final NodeType type;
    private final SceneContainer parent;
    private Bounds bounds = new Bounds(0, 0, 0, 0);

    public SceneContainer(String id, Kind kind, String label, ContourRegion region, NodeType type,
            SceneContainer parent) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.region = region;
        this.type = type;
        this.parent = parent;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** The contour region this container is or lies in; null in the network view. */
    public ContourRegion region() {
        return region;
    }

    /** The node type of a group; null for regions. */
    public NodeType type() {
        return type;
    }

    public SceneContainer parent() {
        return parent;
    }

    public Bounds bounds() {
        return bounds;
    }

    public void setBounds(Bounds bounds) {
        this.bounds = bounds;
    }
}
