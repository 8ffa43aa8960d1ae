package org.stic.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;

/** Draws on any Java2D graphics (the PNG back end uses a BufferedImage), with the same TTF as the other formats. */
public final class Java2DSurface implements DrawingSurface {

    private final Graphics2D g;

    public Java2DSurface(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void begin(double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void shape(Shape shape, Paint paint) {
        if (paint.fill() != null) {
            g.setColor(new Color(paint.fill()));
            g.fill(shape);
        }
        if (paint.stroke() != null) {
            g.setColor(new Color(paint.stroke()));
            g.setStroke(new BasicStroke((float) paint.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, paint.dash(), 0f));
            g.draw(shape);
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        g.setFont(DiagramFonts.awtFont(style.bold(), style.size()));
        g.setColor(new Color(style.color()));
        double left = style.align() == TextStyle.Align.CENTER
                ? x - DiagramFonts.width(text, style.bold(), style.size()) / 2
                : x;
        g.drawString(text, (float) left, (float) baseline);
    }

    @Override
    public void image(Icon icon, double x, double y, double width, double height) {
        var t = g.getTransform();
        g.translate(x, y);
        g.scale(width / icon.image().getWidth(), height / icon.image().getHeight());
        g.drawImage(icon.image(), 0, 0, null);
        g.setTransform(t);
    }

    @Override
    public void end() {
        // the caller owns the graphics and the image
    }
}
