package org.stic.diagram.render;

/** Text in the diagram font: size in pixels, weight, colour 0xRRGGBB and horizontal alignment on the given x. */
public record TextStyle(float size, boolean bold, int color, Align align) {

    public enum Align {
        LEFT, CENTER
    }
}
