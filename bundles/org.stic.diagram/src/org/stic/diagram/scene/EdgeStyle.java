package org.stic.diagram.scene;

/** How an edge is drawn: colour 0xRRGGBB, width, dash pattern (null = solid) and end markers. */
public record EdgeStyle(int color, double width, float[] dash, ArrowHead sourceEnd, ArrowHead targetEnd) {
}
