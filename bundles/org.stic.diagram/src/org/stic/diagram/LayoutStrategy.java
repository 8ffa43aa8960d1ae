package org.stic.diagram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.stic.diagram.scene.Scene;

/**
 * How a scene is laid out. ELK layered gives the best picture of a small view (layers along the readiness chain,
 * orthogonal edges routed around the nodes, half the crossings of the grid) but grows much faster than the scene:
 * about 10 s at 600 nodes and 1,000 edges of a generated model, and it did not finish 6,000 nodes (10,000 elements)
 * in 600 s. Past a hundred-odd nodes its sheet is also mostly empty (93-98 % at 180-370 nodes, against 50-60 % for
 * the grid), so that a printed view takes 15-140 A4 parts where the grid takes 4-9. Above {@link #LAYERED_MAX_NODES}
 * nodes the automatic choice is therefore the grid of groups ({@link GridLayout}), linear in the scene: the same
 * regions and groups in the same order, each group's nodes in rows, edges as orthogonal connectors, edges 3-5 times
 * shorter in all than layered's.
 */
public enum LayoutStrategy {
    /** Layered up to {@link #LAYERED_MAX_NODES} nodes (falling back to the grid when it runs out of time), grid above. */
    AUTO("auto"),
    /** ELK layered, whatever the size (stopped at its time limit). */
    LAYERED("layered"),
    /** Groups as grids of nodes, in region and column order. */
    GRID("grid");

    /**
     * The largest scene the automatic choice gives to ELK layered: twice the largest view of the bundled examples (72
     * nodes), so that a cluster a few times their size keeps layered's picture.
     */
    public static final int LAYERED_MAX_NODES = 150;

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
