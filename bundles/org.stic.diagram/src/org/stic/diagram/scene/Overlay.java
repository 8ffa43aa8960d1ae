package org.stic.diagram.scene;

import java.util.List;

import org.stic.model.edit.Language;

/**
 * A layer of meaning drawn over a scene without changing it: some nodes and edges drawn in other colours (a what-if
 * scenario's switched-off elements and lost needs, the criticality of resources and participants), with a legend in
 * the title band. The painter asks a scene's overlays in order; the first that marks a node or edge decides its look.
 */
public interface Overlay {

    /** The look of a node under this overlay, or null: as the scene (or the next overlay) has it. */
    Mark node(SceneNode node);

    /** The look of an edge under this overlay, or null: as the scene (or the next overlay) has it. */
    Mark edge(SceneEdge edge);

    /** What the marks mean, in the scene's language; empty for no legend. */
    List<LegendEntry> legend(Language language);

    /**
     * Colours 0xRRGGBB of fill (unused for edges), outline or line and label text; the outline's or line's width;
     * its dash pattern (null: the node's or edge's own); {@code cssClass} names the mark in exported SVG.
     */
    record Mark(int fill, int stroke, double width, float[] dash, int text, String cssClass) {
    }

    /** One swatch of the legend and what it means. */
    record LegendEntry(Mark swatch, String text) {
    }
}
