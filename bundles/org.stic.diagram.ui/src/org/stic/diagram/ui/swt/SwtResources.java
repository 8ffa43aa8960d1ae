package org.stic.diagram.ui.swt;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.SWT;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.render.Icon;

/**
 * The SWT resources diagrams are drawn with, one set per device: colours, the diagram font at one large reference
 * size (text of any size is drawn by scaling it, which keeps glyph shapes and advances true at every zoom), and the
 * type icons. Owned by whoever creates it; {@link #dispose()} frees the fonts and images.
 */
public final class SwtResources {

    /** Point size of the reference fonts; large so that scaled-down text keeps its proportions. */
    private static final int REFERENCE_POINTS = 36;
    /** Measured to calibrate the fonts, never shown: Latin, Cyrillic and digits as diagrams hold them. */
    private static final String FONT_SAMPLE = "Key resources \u2014 \u041a\u043b\u044e\u0447\u0435\u0432\u044b\u0435 "
            + "\u0440\u0435\u0441\u0443\u0440\u0441\u044b 0123456789";

    private final Device device;
    private final Font[] fonts = new Font[2];
    /** Pixels per unit of font size, measured for each face, and the ascent at the reference size. */
    private final float[] pixelsPerSize = new float[2];
    private final int[] ascents = new int[2];
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<String, Image> images = new HashMap<>();
    private final Map<String, int[]> meanColours = new HashMap<>();

    public SwtResources(Device device) {
        this.device = device;
        Image scratch = new Image(device, 1, 1);
        GC gc = new GC(scratch);
        try {
            for (int bold = 0; bold < 2; bold++) {
                fonts[bold] = new Font(device, DiagramFonts.FAMILY, REFERENCE_POINTS, bold == 1 ? SWT.BOLD : SWT.NORMAL);
                gc.setFont(fonts[bold]);
                FontMetrics m = gc.getFontMetrics();
                ascents[bold] = m.getAscent() + m.getLeading();
                double measured = gc.textExtent(FONT_SAMPLE, SWT.DRAW_TRANSPARENT).x;
                pixelsPerSize[bold] = (float) (measured / DiagramFonts.width(FONT_SAMPLE, bold == 1, 1f));
            }
        } finally {
            gc.dispose();
            scratch.dispose();
        }
    }

    Font font(boolean bold) {
        return fonts[bold ? 1 : 0];
    }

    int ascent(boolean bold) {
        return ascents[bold ? 1 : 0];
    }

    /** The scale that turns the reference font into text of {@code size} diagram pixels. */
    float scale(boolean bold, float size) {
        return size / pixelsPerSize[bold ? 1 : 0];
    }

    public Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(device, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    Image image(Icon icon) {
        return images.computeIfAbsent(icon.name(), n -> new Image(device, toImageData(icon.image())));
    }

    /**
     * What an icon looks like from afar: its mean colour (0xRRGGBB, weighted by how opaque each pixel is) and its
     * mean opacity (0-255).
     */
    int[] meanColour(Icon icon) {
        return meanColours.computeIfAbsent(icon.name(), n -> {
            BufferedImage image = icon.image();
            long r = 0;
            long g = 0;
            long b = 0;
            long alpha = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int argb = image.getRGB(x, y);
                    int a = argb >>> 24;
                    r += (long) a * ((argb >> 16) & 0xFF);
                    g += (long) a * ((argb >> 8) & 0xFF);
                    b += (long) a * (argb & 0xFF);
                    alpha += a;
                }
            }
            if (alpha == 0) {
                return new int[] { 0, 0 };
            }
            int rgb = (int) (r / alpha) << 16 | (int) (g / alpha) << 8 | (int) (b / alpha);
            return new int[] { rgb, (int) (alpha / ((long) image.getWidth() * image.getHeight())) };
        });
    }

    /** A decoded AWT image as SWT image data, alpha included. */
    static ImageData toImageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] alpha = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                data.setPixel(x, y, argb & 0xFFFFFF);
                alpha[y * w + x] = (byte) (argb >>> 24);
            }
        }
        data.alphaData = alpha;
        return data;
    }

    public void dispose() {
        for (Font f : fonts) {
            f.dispose();
        }
        images.values().forEach(Image::dispose);
        images.clear();
        meanColours.clear();
        colors.clear();
    }
}
