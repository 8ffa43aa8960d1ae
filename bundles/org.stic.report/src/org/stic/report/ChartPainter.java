package org.stic.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;

import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.render.DrawingSurface;
import org.stic.diagram.render.Paint;
import org.stic.diagram.render.PdfSurface;
import org.stic.diagram.render.SvgSurface;
import org.stic.diagram.render.TextStyle;
import org.stic.report.Report.Bar;
import org.stic.report.Report.Chart;

/**
 * Draws a {@link Chart} on any {@link DrawingSurface} of the diagram engine, so that the HTML report (SVG) and the
 * PDF report (vector) show the same chart, measured with the same font: one row per bar, the label on the left, the
 * bar scaled to the longest one, its value after it, a heading above each group.
 */
final class ChartPainter {

    static final double WIDTH = 680;
    private static final double PAD = 8;
    private static final double LABEL_WIDTH = 240;
    private static final double VALUE_WIDTH = 130;
    private static final double ROW = 22;
    private static final double GROUP = 28;
    private static final float SIZE = 11f;
    private static final int INK = 0x1F2328;
    private static final int MUTED = 0x57606A;
    private static final TextStyle HEADING = new TextStyle(SIZE, true, INK, TextStyle.Align.LEFT);
    private static final TextStyle LABEL = new TextStyle(SIZE, false, INK, TextStyle.Align.LEFT);
    private static final TextStyle VALUE = new TextStyle(SIZE, false, MUTED, TextStyle.Align.LEFT);

    private ChartPainter() {
    }

    static double height(Chart chart) {
        double h = 2 * PAD;
        String group = null;
        for (Bar b : chart.bars()) {
            if (!b.group().equals(group)) {
                group = b.group();
                h += GROUP;
            }
            h += ROW;
        }
        return h;
    }

    static void paint(Chart chart, DrawingSurface surface) throws IOException {
        surface.begin(WIDTH, height(chart));
        double longest = chart.bars().stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(0);
        double area = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 2 * PAD;
        double baseline = DiagramFonts.baselineOffset(SIZE);
        double y = PAD;
        String group = null;
        for (Bar b : chart.bars()) {
            if (!b.group().equals(group)) {
                group = b.group();
                surface.text(fit(group, WIDTH - 2 * PAD, true), PAD, y + GROUP - ROW + baseline, HEADING);
                y += GROUP;
            }
            surface.text(fit(b.label(), LABEL_WIDTH - PAD, false), PAD, y + (ROW - SIZE) / 2 + baseline, LABEL);
            double length = longest == 0 ? 0 : area * Math.abs(b.value()) / longest;
            double x = PAD + LABEL_WIDTH;
            surface.shape(new Rectangle2D.Double(x, y + 4, Math.max(length, 1), ROW - 8), Paint.fill(color(b.kind())));
            surface.text(b.valueText(), x + length + 6, y + (ROW - SIZE) / 2 + baseline, VALUE);
            y += ROW;
        }
        surface.end();
    }

    /** The chart as SVG to sit inside HTML (no XML declaration). */
    static String svg(Chart chart) throws IOException {
        StringWriter out = new StringWriter();
        paint(chart, new SvgSurface(out, 1));
        String svg = out.toString();
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
    }

    /** The chart as a one-page PDF, for the PDF report to place as a vector form. */
    static byte[] pdf(Chart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
        paint(chart, new PdfSurface(out, 1));
        return out.toByteArray();
    }

    private static int color(String kind) {
        return switch (kind) {
            case "revenue" -> 0x2E7D32;
            case "cost" -> 0xB3261E;
            default -> 0x3B6EA5;
        };
    }

    /** The text, cut with an ellipsis where it would run past {@code width}. */
    private static String fit(String text, double width, boolean bold) {
        if (DiagramFonts.width(text, bold, SIZE) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && DiagramFonts.width(cut + "…", bold, SIZE) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
