package org.stic.diagram.render;

/** Fill and outline of a shape: colours 0xRRGGBB (null = none), outline width and dash pattern (null = solid). */
public record Paint(Integer fill, Integer stroke, double strokeWidth, float[] dash) {

    public static Paint fill(int rgb) {
        return new Paint(rgb, null, 0, null);
    }

    public static Paint stroke(int rgb, double width, float[] dash) {
        return new Paint(null, rgb, width, dash);
    }
}
