package org.stic.diagram.render;

import java.awt.Shape;
import java.io.IOException;

/**
 * The one small drawing interface every back end implements (SVG, PNG through Java2D, PDF; SWT in the editor).
 * Coordinates are diagram pixels, y downwards; a back end applies its own scale. Geometry comes as AWT shapes
 * (lines and cubic/quadratic curves through their path iterator), text in the shared diagram font, measured with
 * {@link DiagramFonts} so that all formats lay text out alike.
 */
public interface DrawingSurface {

    void begin(double width, double height) throws IOException;

    /** Fills and/or outlines a shape. */
    void shape(Shape shape, Paint paint);

    /** One line of text whose baseline is at {@code baseline}; x is the left end or the centre (style's align). */
    void text(String text, double x, double baseline, TextStyle style);

    void image(Icon icon, double x, double y, double width, double height);

    /** Opens a logical element (for formats that keep structure, e.g. SVG groups with ids and tooltips). */
    default void beginElement(String id, String cssClass, String elementRef, String tooltip) {
    }

    default void endElement() {
    }

    void end() throws IOException;
}
