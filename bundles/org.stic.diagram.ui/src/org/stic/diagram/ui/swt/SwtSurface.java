package org.stic.diagram.ui.swt;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.render.DrawingSurface;
import org.stic.diagram.render.Icon;
import org.stic.diagram.render.Paint;
import org.stic.diagram.render.TextStyle;

/**
 * The engine's drawing interface on an SWT {@link GC}: the editor's back end. The caller sets the GC's transform
 * (zoom, scroll) and clipping; this surface draws in diagram coordinates on top of that transform. Text is drawn in
 * the diagram font scaled to the engine's pixel size and placed with the engine's own metrics, so that the editor
 * shows the same layout as the exported files.
 * <p>
 * What would be too small on the screen to be seen as itself is drawn with less detail, as map viewers do: text
 * under {@link #GREEK_BELOW} pixels as a faint bar of its width, an icon under {@link #ICON_BLOCK_BELOW} pixels as a
 * block of its mean colour, a dash pattern finer than {@link #DASH_SOLID_BELOW} pixels as a solid line as light as the
 * dashes look, and corners rounded by less than {@link #ROUND_BELOW} pixels as square ones. It keeps a zoomed-out
 * picture of hundreds of nodes quick to paint (a what-if step repaints most of it) and looks the same at that size;
 * at a readable zoom nothing changes, and the exports never draw through this surface.
 */
public final class SwtSurface implements DrawingSurface {

    /** Text of a smaller height on the screen (pixels) is drawn as a bar: its letters could not be read. */
    static final double GREEK_BELOW = 4;
    /** Icons smaller on the screen (pixels) are drawn as a block of their mean colour. */
    static final double ICON_BLOCK_BELOW = 8;
    /** Dash patterns shorter on the screen (pixels, one dash and its gap) are drawn as a lighter solid line. */
    static final double DASH_SOLID_BELOW = 3;
    /** Corners rounded by a smaller radius on the screen (pixels) are drawn square. */
    static final double ROUND_BELOW = 1.5;
    /** How much of a greeked line of text its bar covers, and how strongly: the ink of small letters. */
    private static final double GREEK_HEIGHT = 0.5;
    private static final int GREEK_ALPHA = 110;

    private final GC gc;
    private final SwtResources resources;
    private final Transform base;
    private final Transform work;
    private final float[] elements = new float[6];
    /** Screen pixels per diagram pixel, from the caller's transform. */
    private double pixels = 1;

    /** The surface does not own the GC; {@link #end()} releases only what the surface created. */
    public SwtSurface(GC gc, SwtResources resources) {
        this.gc = gc;
        this.resources = resources;
        this.base = new Transform(gc.getDevice());
        this.work = new Transform(gc.getDevice());
    }

    @Override
    public void begin(double width, double height) {
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        gc.getTransform(base);
        base.getElements(elements);
        pixels = Math.sqrt(Math.abs(elements[0] * elements[3] - elements[1] * elements[2]));
    }

    @Override
    public void shape(Shape shape, Paint paint) {
        if (shape instanceof RoundRectangle2D r && Math.min(r.getArcWidth(), r.getArcHeight()) / 2 * pixels < ROUND_BELOW) {
            shape = new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
        if (shape instanceof Rectangle2D r && paint.stroke() == null) {
            // the most frequent shape (backgrounds, label boxes) needs no path
            gc.setBackground(resources.color(paint.fill()));
            fill(r.getX(), r.getY(), r.getWidth(), r.getHeight());
            return;
        }
        Path path = toPath(shape);
        try {
            if (paint.fill() != null) {
                gc.setBackground(resources.color(paint.fill()));
                gc.fillPath(path);
            }
            if (paint.stroke() != null) {
                gc.setForeground(resources.color(paint.stroke()));
                float[] dash = paint.dash();
                double inked = dash == null ? 1 : inked(dash);
                if (inked < 1) {
                    dash = null; // finer than the eye can follow: as much ink, spread along the line
                    gc.setAlpha((int) Math.round(255 * inked));
                }
                gc.setLineAttributes(new LineAttributes((float) paint.strokeWidth(), SWT.CAP_FLAT, SWT.JOIN_MITER,
                        dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dash, 0, 10));
                gc.drawPath(path);
                gc.setAlpha(255);
            }
        } finally {
            path.dispose();
        }
    }

    /**
     * The share of a dashed line that is inked when its pattern is too fine to be seen as dashes on the screen; 1 when
     * the dashes are drawn as they are.
     */
    private double inked(float[] dash) {
        double period = 0;
        double on = 0;
        for (int i = 0; i < dash.length; i++) {
            period += dash[i];
            on += i % 2 == 0 ? dash[i] : 0;
        }
        if (dash.length % 2 == 1) {
            period *= 2; // an odd pattern repeats with dashes and gaps swapped
            on = period / 2;
        }
        return period * pixels < DASH_SOLID_BELOW && period > 0 ? on / period : 1;
    }

    private Path toPath(Shape shape) {
        Path path = new Path(gc.getDevice());
        float[] c = new float[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> path.moveTo(c[0], c[1]);
                case PathIterator.SEG_LINETO -> path.lineTo(c[0], c[1]);
                case PathIterator.SEG_QUADTO -> path.quadTo(c[0], c[1], c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> path.cubicTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                case PathIterator.SEG_CLOSE -> path.close();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return path;
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        boolean greeked = style.size() * pixels < GREEK_BELOW;
        double width = style.align() == TextStyle.Align.CENTER || greeked
                ? DiagramFonts.width(text, style.bold(), style.size())
                : 0;
        double left = style.align() == TextStyle.Align.CENTER ? x - width / 2 : x;
        if (greeked) {
            // the letters' body, between the baseline and their x-height, as a faint bar
            double height = style.size() * GREEK_HEIGHT;
            gc.setBackground(resources.color(style.color()));
            gc.setAlpha(GREEK_ALPHA);
            fill(left, baseline - height, width, height);
            gc.setAlpha(255);
            return;
        }
        float scale = resources.scale(style.bold(), style.size());
        base.getElements(elements);
        work.setElements(elements[0], elements[1], elements[2], elements[3], elements[4], elements[5]);
        work.translate((float) left, (float) baseline);
        work.scale(scale, scale);
        gc.setTransform(work);
        gc.setFont(resources.font(style.bold()));
        gc.setForeground(resources.color(style.color()));
        gc.drawString(text, 0, -resources.ascent(style.bold()), true);
        gc.setTransform(base);
    }

    @Override
    public void image(Icon icon, double x, double y, double width, double height) {
        if (Math.max(width, height) * pixels < ICON_BLOCK_BELOW) {
            int[] mean = resources.meanColour(icon);
            gc.setBackground(resources.color(mean[0]));
            gc.setAlpha(mean[1]);
            fill(x, y, width, height);
            gc.setAlpha(255);
            return;
        }
        Image image = resources.image(icon);
        var b = image.getBounds();
        base.getElements(elements);
        work.setElements(elements[0], elements[1], elements[2], elements[3], elements[4], elements[5]);
        work.translate((float) x, (float) y);
        work.scale((float) (width / b.width), (float) (height / b.height));
        gc.setTransform(work);
        gc.drawImage(image, 0, 0);
        gc.setTransform(base);
    }

    /** Fills a rectangle given in diagram pixels, widened to whole diagram pixels. */
    private void fill(double x, double y, double width, double height) {
        int left = (int) Math.floor(x);
        int top = (int) Math.floor(y);
        gc.fillRectangle(left, top, (int) Math.ceil(x + width) - left, (int) Math.ceil(y + height) - top);
    }

    @Override
    public void end() {
        gc.setTransform(base);
        base.dispose();
        work.dispose();
    }

    /** A colour for drawing overlays (selection, marquee) with the same cache. */
    public Color color(int rgb) {
        return resources.color(rgb);
    }
}
