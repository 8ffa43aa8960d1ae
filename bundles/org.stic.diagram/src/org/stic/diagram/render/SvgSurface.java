package org.stic.diagram.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * SVG 1.1 written by hand: the diagram needs only paths, text, embedded PNG icons and groups, and a library would
 * add a large dependency (Batik) for no gain. Text names the DejaVu Sans family that the other formats embed or
 * draw; icons are embedded once in {@code <defs>} and reused.
 */
public final class SvgSurface implements DrawingSurface {

    private final Writer out;
    private final double scale;
    private final Set<String> definedIcons = new HashSet<>();
    private final StringBuilder sb = new StringBuilder(1 << 16);

    public SvgSurface(Writer out, double scale) {
        this.out = out;
        this.scale = scale;
    }

    @Override
    public void begin(double width, double height) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
        sb.append(" width=\"").append(num(width * scale)).append("\" height=\"").append(num(height * scale));
        sb.append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append('"');
        sb.append(" font-family=\"'").append(DiagramFonts.FAMILY).append("', sans-serif\">\n");
    }

    @Override
    public void shape(Shape shape, Paint paint) {
        if (shape instanceof Rectangle2D r) {
            sb.append("<rect x=\"").append(num(r.getX())).append("\" y=\"").append(num(r.getY()))
                    .append("\" width=\"").append(num(r.getWidth())).append("\" height=\"").append(num(r.getHeight()))
                    .append('"');
        } else {
            sb.append("<path d=\"");
            path(shape);
            sb.append('"');
        }
        sb.append(" fill=\"").append(paint.fill() == null ? "none" : color(paint.fill())).append('"');
        if (paint.stroke() != null) {
            sb.append(" stroke=\"").append(color(paint.stroke())).append("\" stroke-width=\"")
                    .append(num(paint.strokeWidth())).append('"');
            if (paint.dash() != null) {
                sb.append(" stroke-dasharray=\"");
                for (int i = 0; i < paint.dash().length; i++) {
                    sb.append(i == 0 ? "" : ",").append(num(paint.dash()[i]));
                }
                sb.append('"');
            }
        }
        sb.append("/>\n");
        flushIfLarge();
    }

    private void path(Shape shape) {
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> sb.append('M').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_LINETO -> sb.append('L').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_QUADTO -> sb.append('Q').append(num(c[0])).append(' ').append(num(c[1]))
                        .append(' ').append(num(c[2])).append(' ').append(num(c[3]));
                case PathIterator.SEG_CUBICTO -> sb.append('C').append(num(c[0])).append(' ').append(num(c[1]))
                        .append(' ').append(num(c[2])).append(' ').append(num(c[3])).append(' ').append(num(c[4]))
                        .append(' ').append(num(c[5]));
                case PathIterator.SEG_CLOSE -> sb.append('Z');
                default -> throw new IllegalStateException();
            }
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append("\" font-size=\"")
                .append(num(style.size())).append('"');
        if (style.bold()) {
            sb.append(" font-weight=\"bold\"");
        }
        if (style.align() == TextStyle.Align.CENTER) {
            sb.append(" text-anchor=\"middle\"");
        }
        sb.append(" fill=\"").append(color(style.color())).append("\">");
        escape(text);
        sb.append("</text>\n");
    }

    @Override
    public void image(Icon icon, double x, double y, double width, double height) {
        String id = "icon-" + icon.name();
        if (definedIcons.add(id)) {
            sb.append("<defs><image id=\"");
            escape(id);
            sb.append("\" width=\"").append(icon.image().getWidth())
                    .append("\" height=\"").append(icon.image().getHeight())
                    .append("\" xlink:href=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(icon.png())).append("\"/></defs>\n");
        }
        sb.append("<use xlink:href=\"#");
        escape(id);
        sb.append("\" transform=\"translate(").append(num(x)).append(' ')
                .append(num(y)).append(") scale(").append(num4(width / icon.image().getWidth())).append(' ')
                .append(num4(height / icon.image().getHeight())).append(")\"/>\n");
    }

    @Override
    public void beginElement(String id, String cssClass, String elementRef, String tooltip) {
        sb.append("<g id=\"");
        escape(id);
        sb.append("\" class=\"");
        escape(cssClass);
        sb.append('"');
        if (elementRef != null) {
            sb.append(" data-element=\"");
            escape(elementRef);
            sb.append('"');
        }
        sb.append('>');
        if (tooltip != null && !tooltip.isEmpty()) {
            sb.append("<title>");
            escape(tooltip);
            sb.append("</title>");
        }
        sb.append('\n');
    }

    @Override
    public void endElement() {
        sb.append("</g>\n");
    }

    @Override
    public void end() throws IOException {
        sb.append("</svg>\n");
        out.append(sb);
        sb.setLength(0);
        out.flush();
    }

    private void flushIfLarge() {
        if (sb.length() > 1 << 20) {
            try {
                out.append(sb);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.setLength(0);
        }
    }

    /** Text and attribute values alike; characters XML cannot hold (controls, lone surrogates, U+FFFE/F) are left out. */
    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(ch).append(s.charAt(++i));
                }
                continue;
            }
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if ((ch >= 0x20 && ch < 0xFFFE) || ch == '\n' || ch == '\t') {
                        sb.append(ch);
                    }
                }
            }
        }
    }

    private static String color(int rgb) {
        String hex = Integer.toHexString(rgb & 0xFFFFFF);
        return "#" + "000000".substring(hex.length()) + hex;
    }

    /** One decimal is plenty at diagram scale and keeps large files small. */
    private static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    private static String num4(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
