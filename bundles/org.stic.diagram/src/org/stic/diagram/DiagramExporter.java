package org.stic.diagram;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.stic.diagram.render.Java2DSurface;
import org.stic.diagram.render.PdfSurface;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.render.SvgSurface;
import org.stic.diagram.scene.Scene;
import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;

/** Writes a laid-out scene as SVG, PNG or PDF; returns warnings (e.g. a PNG scaled down to its pixel budget). */
public final class DiagramExporter {

    /** Readers such as Acrobat refuse pages larger than 200 inches (14,400 points) on a side. */
    public static final double MAX_PDF_SIDE = 14_400;

    private DiagramExporter() {
    }

    /** Writes to a file atomically ({@link AtomicFiles}): no half-written diagram on failure. */
    public static List<String> export(Scene scene, ExportFormat format, ExportOptions options, Path file)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        AtomicFiles.write(file, out -> warnings.addAll(export(scene, format, options, out)));
        return warnings;
    }

    public static List<String> export(Scene scene, ExportFormat format, ExportOptions options, OutputStream out)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        switch (format) {
            case SVG -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ScenePainter.paint(scene, new SvgSurface(w, options.scale()));
                w.flush();
            }
            case PNG -> png(scene, options, out, warnings);
            case PDF -> {
                double scale = options.scale();
                double side = Math.max(scene.width(), scene.height()) * scale;
                if (side > MAX_PDF_SIDE) {
                    scale = MAX_PDF_SIDE / Math.max(scene.width(), scene.height());
                    warnings.add(String.format(Locale.ROOT,
                            "PDF page scaled to %.3f so that no side exceeds %.0f points (the diagram is %.0f x %.0f)",
                            scale, MAX_PDF_SIDE, scene.width(), scene.height()));
                }
                ScenePainter.paint(scene, new PdfSurface(out, scale));
            }
        }
        return warnings;
    }

    private static void png(Scene scene, ExportOptions options, OutputStream out, List<String> warnings)
            throws IOException {
        double scale = options.scale();
        // also keep the raster (4 bytes a pixel) within a third of the heap, whatever the configured budget
        long budget = Math.min(options.pixelBudget(), Runtime.getRuntime().maxMemory() / 3 / 4);
        budget = Math.min(budget, Integer.MAX_VALUE / 4);
        double pixels = scene.width() * scale * scene.height() * scale;
        if (pixels > budget) {
            double fitted = Math.sqrt(budget / (scene.width() * scene.height()));
            Language language = Language.current();
            warnings.add(Messages.get(language, "export.pngScaledDown", String.format(Locale.ROOT, "%.3f", scale),
                    String.format(Locale.ROOT, "%.3f", fitted), language.number(java.math.BigDecimal.valueOf(budget)),
                    Math.round(scene.width()), Math.round(scene.height())));
            scale = fitted;
        }
        int h = (int) Math.max(1, Math.min(budget, Math.floor(scene.height() * scale)));
        // a side rounded up to one pixel (a very long, flat diagram) must not take the other past the budget
        int w = (int) Math.max(1, Math.min(budget / h, Math.floor(scene.width() * scale)));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            ScenePainter.paint(scene, new Java2DSurface(g));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException(Messages.get(Language.current(), "export.noPngWriter"));
        }
    }
}
