package org.stic.diagram.scene;

/** Node outlines. Each node type gets its own, so that a black-and-white print still tells the types apart. */
public enum ShapeKind {
    RECTANGLE(10),
    ROUNDED(12),
    HEXAGON(18),
    NOTE(10),
    ELLIPSE(24),
    OCTAGON(14),
    CHEVRON(16),
    PARALLELOGRAM(18),
    STADIUM(20),
    TRAPEZOID(20),
    DOUBLE_RECTANGLE(12);

    private final double textInset;

    ShapeKind(double textInset) {
        this.textInset = textInset;
    }

    /** Horizontal distance from the bounds to the content (icon, text) so that slanted sides do not cut it. */
    public double textInset() {
        return textInset;
    }

    /**
     * Horizontal distance from the bounds' left (or right) side to the outline at height {@code y}: where an edge
     * that arrives horizontally must end to touch the shape rather than its bounding box.
     */
    public double sideInset(Bounds b, double y, boolean left) {
        double h = b.height();
        double dy = Math.min(Math.abs(y - b.centerY()), h / 2);
        return switch (this) {
            case ELLIPSE -> {
                double t = dy / (h / 2);
                yield b.width() / 2 * (1 - Math.sqrt(1 - t * t));
            }
            case STADIUM -> h / 2 - Math.sqrt(h * h / 4 - dy * dy);
            case HEXAGON -> 12 * dy / (h / 2);
            case CHEVRON -> left ? 0 : 14 * dy / (h / 2);
            case OCTAGON -> Math.max(0, 9 - (h / 2 - dy));
            case PARALLELOGRAM -> left ? 12 * (b.maxY() - y) / h : 12 * (y - b.y()) / h;
            case TRAPEZOID -> 14 * (y - b.y()) / h;
            default -> 0;
        };
    }
}
