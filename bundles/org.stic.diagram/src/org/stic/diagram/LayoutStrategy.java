package org.stic.diagram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.stic.diagram.scene.Scene;

/**
 * How a scene is laid out. ELK layered gives the best picture (layers along the readiness chain, orthogonal edges
 * routed around the nodes) but grows much faster than the scene: about 10 s at 600 nodes and 1,000 edges of a generated
 * model, and it did not finish 6,000 nodes (10,000 elements) in 600 s. Above {@link #LAYERED_MAX_NODES} nodes the
 * automatic choice is the grid of groups ({@link GridLayout}), linear in the scene: the same regions and groups in
 * the same order, each group's nodes in rows, edges as orthogonal connectors.
 */
public enum LayoutStrategy {
    /** Layered up to {@link #LAYERED_MAX_NODES} nodes (falling back to the grid when it runs out of time), grid above. */
    AUTO("auto"),
    /** ELK layered, whatever the size (stopped at its time limit). */
    LAYERED("layered"),
    /** Groups as grids of nodes, in region and column order. */
    GRID("grid");

    /** The largest scene the automatic choice gives to ELK layered. */
    public static final int LAYERED_MAX_NODES = 800;

    private final String id;

    LayoutStrategy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The strategy that lays out this scene: AUTO decides by its size, the others are themselves. */
    public LayoutStrategy resolve(Scene scene) {
        if (this != AUTO) {
            return this;
        }
        return scene.nodes().size() <= LAYERED_MAX_NODES ? LAYERED : GRID;
    }

    public static Optional<LayoutStrategy> byId(String id) {
        String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(key)).findFirst();
    }
}
