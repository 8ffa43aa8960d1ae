package org.stic.diagram.scene;

/**
 * How a node is drawn. Colours are 0xRRGGBB; {@code dash} is null for a solid border. {@code iconName} names the
 * edit bundle's {@code icons/full/obj32/<iconName>.png}.
 */
public record NodeStyle(ShapeKind shape, int fill, int border, double borderWidth, float[] dash, String iconName) {

    public NodeStyle withBorder(int newBorder, double newWidth, float[] newDash) {
        return new NodeStyle(shape, fill, newBorder, newWidth, newDash, iconName);
    }
}
