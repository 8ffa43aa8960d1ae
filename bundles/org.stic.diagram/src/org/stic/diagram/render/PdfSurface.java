package org.stic.diagram.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Vector PDF through Apache PDFBox: one page the size of the diagram, DejaVu Sans embedded as a subset (so Cyrillic
 * shows in every reader), icons as lossless images. The page's y axis is flipped once so that diagram coordinates
 * are used unchanged.
 */
public final class PdfSurface implements DrawingSurface {

    private final OutputStream out;
    private final double scale;
    private final PDDocument document = new PDDocument();
    private final Map<String, PDImageXObject> images = new HashMap<>();
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream cs;

    public PdfSurface(OutputStream out, double scale) {
        this.out = out;
        this.scale = scale;
    }

    @Override
    public void begin(double width, double height) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) (width * scale), (float) (height * scale)));
        document.addPage(page);
        document.getDocumentInformation().setCreator("STIC Workbench");
        cs = new PDPageContentStream(document, page);
        cs.transform(new Matrix((float) scale, 0, 0, (float) -scale, 0, (float) (height * scale)));
    }

    @Override
    public void shape(Shape shape, Paint paint) {
        if (paint.fill() == null && paint.stroke() == null) {
            return;
        }
        try {
            path(shape);
            if (paint.fill() != null) {
                cs.setNonStrokingColor(rgb(paint.fill(), 16), rgb(paint.fill(), 8), rgb(paint.fill(), 0));
            }
            if (paint.stroke() != null) {
                cs.setStrokingColor(rgb(paint.stroke(), 16), rgb(paint.stroke(), 8), rgb(paint.stroke(), 0));
                cs.setLineWidth((float) paint.strokeWidth());
                cs.setLineDashPattern(paint.dash() == null ? new float[0] : paint.dash(), 0);
            }
            if (paint.fill() != null && paint.stroke() != null) {
                cs.fillAndStroke();
            } else if (paint.fill() != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void path(Shape shape) throws IOException {
        double[] c = new double[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(lastX = (float) c[0], lastY = (float) c[1]);
                }
                case PathIterator.SEG_LINETO -> cs.lineTo(lastX = (float) c[0], lastY = (float) c[1]);
                case PathIterator.SEG_QUADTO -> {
                    // PDF has only cubic curves: raise the quadratic's degree
                    float c1x = lastX + 2f / 3 * ((float) c[0] - lastX);
                    float c1y = lastY + 2f / 3 * ((float) c[1] - lastY);
                    float c2x = (float) c[2] + 2f / 3 * ((float) c[0] - (float) c[2]);
                    float c2y = (float) c[3] + 2f / 3 * ((float) c[1] - (float) c[3]);
                    cs.curveTo(c1x, c1y, c2x, c2y, lastX = (float) c[2], lastY = (float) c[3]);
                }
                case PathIterator.SEG_CUBICTO -> cs.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3],
                        lastX = (float) c[4], lastY = (float) c[5]);
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> throw new IllegalStateException();
            }
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        try {
            PDType0Font font = font(style.bold());
            double left = style.align() == TextStyle.Align.CENTER
                    ? x - DiagramFonts.width(text, style.bold(), style.size()) / 2
                    : x;
            cs.beginText();
            cs.setFont(font, style.size());
            cs.setNonStrokingColor(rgb(style.color(), 16), rgb(style.color(), 8), rgb(style.color(), 0));
            // the page is flipped; flip the glyphs back
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) baseline));
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void image(Icon icon, double x, double y, double width, double height) {
        try {
            PDImageXObject image = images.get(icon.name());
            if (image == null) {
                image = LosslessFactory.createFromImage(document, icon.image());
                images.put(icon.name(), image);
            }
            cs.drawImage(image, new Matrix((float) width, 0, 0, (float) -height, (float) x, (float) (y + height)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end() throws IOException {
        try (document) {
            cs.close();
            document.save(out);
        }
    }

    private PDType0Font font(boolean boldFace) throws IOException {
        if (boldFace) {
            if (bold == null) {
                bold = PDType0Font.load(document, DiagramFonts.file(true).toFile());
            }
            return bold;
        }
        if (regular == null) {
            regular = PDType0Font.load(document, DiagramFonts.file(false).toFile());
        }
        return regular;
    }

    private static float rgb(int color, int shift) {
        return ((color >> shift) & 0xFF) / 255f;
    }
}
