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
    private final boolean collapsed;
    private Bounds bounds = new Bounds(0, 0, 0, 0);

    public SceneContainer(String id, Kind kind, String label, ContourRegion region, NodeType type,
            SceneContainer parent) {
        this(id, kind, label, region, type, parent, false);
    }

    /** @param collapsed a region drawn as its titled box alone */
    public SceneContainer(String id, Kind kind, String label, ContourRegion region, NodeType type,
            SceneContainer parent, boolean collapsed) {
        this.collapsed = collapsed;
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

    /** A collapsed region: its elements are hidden, and nothing can be created in it. */
    public boolean collapsed() {
        return collapsed;
    }

    public Bounds bounds() {
        return bounds;
    }

    public void setBounds(Bounds bounds) {
        this.bounds = bounds;
    }
}
