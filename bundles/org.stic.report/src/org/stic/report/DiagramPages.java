package org.stic.report;

import java.util.ArrayList;
import java.util.List;

import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.scene.Bounds;
import org.stic.diagram.scene.Scene;

/**
 * How a diagram is printed so that none of its text comes out smaller than {@link #MIN_TEXT_POINTS} on paper: on one
 * A4 page (turned to the diagram's shape) when it fits at that size, else on one A3 page, else in parts on A4 landscape
 * pages at exactly that size, the parts overlapping by {@link #OVERLAP_POINTS} so that they can be laid side by side.
 * The PDF and the HTML's print style both follow this plan, and the report says which one was chosen.
 */
public record DiagramPages(Kind kind, double scale, int columns, int rows, List<Part> parts) {

    /** Text smaller than this is not read on paper. */
    public static final double MIN_TEXT_POINTS = 6;
    /** The page margin around a diagram (5 mm: what printers leave blank anyway). */
    public static final double MARGIN_POINTS = 14;
    /** Room above a part for the line saying which part it is. */
    public static final double CAPTION_POINTS = 16;
    /** Height kept free below a diagram: a browser moves a box that fills the page to the exact point to the next. */
    public static final double SLACK_POINTS = 4;
    /** How far neighbouring parts overlap (1 cm). */
    public static final double OVERLAP_POINTS = 28;
    private static final double A4_SHORT = 595.28;
    private static final double A4_LONG = 841.89;
    private static final double A3_SHORT = 841.89;
    private static final double A3_LONG = 1190.55;

    public enum Kind {
        A4, A3, PARTS
    }

    /**
     * One printed page of a diagram: the paper ({@code a3} or A4), its orientation and the part of the diagram it
     * shows (diagram units), at the plan's scale.
     */
    public record Part(boolean a3, boolean landscape, Bounds viewport, int row, int column) {

        public double pageWidth() {
            return landscape ? (a3 ? A3_LONG : A4_LONG) : a3 ? A3_SHORT : A4_SHORT;
        }

        public double pageHeight() {
            return landscape ? (a3 ? A3_SHORT : A4_SHORT) : a3 ? A3_LONG : A4_LONG;
        }
    }

    /** The plan for a laid-out scene. */
    public static DiagramPages of(Scene scene) {
        double w = Math.max(1, scene.width());
        double h = Math.max(1, scene.height());
        double needed = MIN_TEXT_POINTS / ScenePainter.smallestText(scene);
        boolean landscape = w > h;
        for (boolean a3 : new boolean[] { false, true }) {
            Part page = new Part(a3, landscape, new Bounds(0, 0, w, h), 0, 0);
            // a page that holds the whole diagram needs no caption: the diagram's title says what it is, except
            // that an A3 page says why it is A3
            double availW = page.pageWidth() - 2 * MARGIN_POINTS;
            double availH = page.pageHeight() - 2 * MARGIN_POINTS - (a3 ? CAPTION_POINTS : 0) - SLACK_POINTS;
            double scale = Math.min(1, Math.min(availW / w, availH / h));
            if (scale >= needed) {
                return new DiagramPages(a3 ? Kind.A3 : Kind.A4, scale, 1, 1, List.of(page));
            }
        }
        // parts on A4 landscape pages at exactly the legible scale
        double tileW = (A4_LONG - 2 * MARGIN_POINTS) / needed;
        double tileH = (A4_SHORT - 2 * MARGIN_POINTS - CAPTION_POINTS - SLACK_POINTS) / needed;
        double overlap = OVERLAP_POINTS / needed;
        int columns = (int) Math.max(1, Math.ceil((w - overlap) / (tileW - overlap)));
        int rows = (int) Math.max(1, Math.ceil((h - overlap) / (tileH - overlap)));
        List<Part> parts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                parts.add(new Part(false, true, new Bounds(c * (tileW - overlap), r * (tileH - overlap), tileW, tileH),
                        r, c));
            }
        }
        return new DiagramPages(Kind.PARTS, needed, columns, rows, List.copyOf(parts));
    }

    /** The overlap between neighbouring parts, in diagram units. */
    public double overlap() {
        return OVERLAP_POINTS / scale;
    }
}
