package org.stic.diagram;

/**
 * Export settings: {@code scale} multiplies the diagram's size (pixels for PNG, points for PDF, the outer size for
 * SVG); {@code pixelBudget} caps a PNG's width x height, above which the PNG is scaled down with a warning.
 */
public record ExportOptions(double scale, long pixelBudget) {

    /** 40 million pixels: a 160 MB raster, about 6,300 x 6,300. */
    public static final long DEFAULT_PIXEL_BUDGET = 40_000_000L;

    public ExportOptions {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
        if (pixelBudget < 1) {
            throw new IllegalArgumentException("pixel budget must be positive: " + pixelBudget);
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions(1, DEFAULT_PIXEL_BUDGET);
    }

    public ExportOptions withScale(double newScale) {
        return new ExportOptions(newScale, pixelBudget);
    }
}
