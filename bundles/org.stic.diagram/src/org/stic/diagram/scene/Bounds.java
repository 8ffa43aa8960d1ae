package org.stic.diagram.scene;

/** An axis-aligned rectangle in diagram coordinates (pixels at scale 1, y downwards). */
public record Bounds(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(Bounds other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** True when the interiors overlap (touching edges do not count). */
    public boolean overlaps(Bounds other) {
        return other.x < maxX() && x < other.maxX() && other.y < maxY() && y < other.maxY();
    }

    public Bounds union(Bounds other) {
        double nx = Math.min(x, other.x);
        double ny = Math.min(y, other.y);
        return new Bounds(nx, ny, Math.max(maxX(), other.maxX()) - nx, Math.max(maxY(), other.maxY()) - ny);
    }

    public Bounds grow(double top, double right, double bottom, double left) {
        return new Bounds(x - left, y - top, width + left + right, height + top + bottom);
    }
}
