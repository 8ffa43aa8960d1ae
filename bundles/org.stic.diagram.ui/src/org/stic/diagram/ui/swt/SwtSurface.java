package org.stic.diagram.ui.swt;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;

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
 */
public final class SwtSurface implements DrawingSurface {

    private final GC gc;
    private final SwtResources resources;
    private final Transform base;
    private final Transform work;
    private final float[] elements = new float[6];

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
    }

    @Override
    public void shape(Shape shape, Paint paint) {
        if (shape instanceof Rectangle2D r && paint.stroke() == null) {
            // the most frequent shape (backgrounds, label boxes) needs no path
            gc.setBackground(resources.color(paint.fill()));
            gc.fillRectangle((int) Math.floor(r.getX()), (int) Math.floor(r.getY()),
                    (int) Math.ceil(r.getX() + r.getWidth()) - (int) Math.floor(r.getX()),
                    (int) Math.ceil(r.getY() + r.getHeight()) - (int) Math.floor(r.getY()));
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
                gc.setLineAttributes(new LineAttributes((float) paint.strokeWidth(), SWT.CAP_FLAT, SWT.JOIN_MITER,
                        paint.dash() == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, paint.dash(), 0, 10));
                gc.drawPath(path);
            }
        } finally {
            path.dispose();
        }
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
        double left = style.align() == TextStyle.Align.CENTER
                ? x - DiagramFonts.width(text, style.bold(), style.size()) / 2
                : x;
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
