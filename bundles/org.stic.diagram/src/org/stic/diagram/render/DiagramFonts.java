package org.stic.diagram.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one font of all diagrams: DejaVu Sans from the system (Debian's fonts-dejavu-core), which has Latin and
 * Cyrillic glyphs. Every back end uses this same TTF (SVG by family name, PNG through AWT, PDF embedded as a subset)
 * and all text is measured here with AWT's unhinted metrics of that file, so sizes agree across formats.
 * Override the location with the system property {@code stic.diagram.font} (path of the regular TTF).
 */
public final class DiagramFonts {

    public static final String FAMILY = "DejaVu Sans";

    private static final List<String> DIRECTORIES = List.of("/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu", "/usr/local/share/fonts");

    /** Fractional, unhinted advances: what PDF and SVG renderers use for the same font. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static volatile Path regular;
    private static volatile Path bold;
    private static volatile Font baseRegular;
    private static volatile Font baseBold;
    private static final Map<Float, Font[]> SIZED = new ConcurrentHashMap<>();
    private static final byte YES = 1;
    private static final byte NO = 2;
    /** Per code point of the Basic Multilingual Plane: 0 not asked yet, else {@link #YES} or {@link #NO}. */
    private static final byte[] BMP_DISPLAYABLE = new byte[Character.MAX_VALUE + 1];

    private DiagramFonts() {
    }

    /** The TTF file used for regular or bold text. */
    public static Path file(boolean boldFace) {
        load();
        return boldFace ? bold : regular;
    }

    public static Font awtFont(boolean boldFace, float size) {
        load();
        Font[] pair = SIZED.computeIfAbsent(size,
                s -> new Font[] { baseRegular.deriveFont(s.floatValue()), baseBold.deriveFont(s.floatValue()) });
        return pair[boldFace ? 1 : 0];
    }

    public static double width(String text, boolean boldFace, float size) {
        if (text.isEmpty()) {
            return 0;
        }
        return awtFont(boldFace, size).getStringBounds(text, FRC).getWidth();
    }

    /** Distance from the top of a line box to the baseline, for a line height of {@code lineHeight(size)}. */
    public static double baselineOffset(float size) {
        return size * 0.93 + (lineHeight(size) - size * 1.164) / 2;
    }

    public static double lineHeight(float size) {
        return Math.ceil(size * 1.3);
    }

    /**
     * The text with characters the font cannot draw replaced by '?' and control characters dropped, so that no
     * format shows a missing-glyph box and every format shows the same characters.
     */
    public static String displayable(String text) {
        if (text == null) {
            return "";
        }
        load();
        StringBuilder sb = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (Character.isISOControl(cp) || cp == 0xFEFF) {
                replacement = cp == '\n' || cp == '\t' || cp == '\r' ? " " : "";
            } else if (!canDisplay(cp)) {
                replacement = "?";
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Whether both faces have a glyph for the code point. AWT's answer costs a privileged font-manager lookup per call,
     * and every label and tooltip is checked a character at a time each time a diagram is painted (a report paints a
     * large view once per printed part): the answers for the Basic Multilingual Plane are kept.
     */
    private static boolean canDisplay(int cp) {
        if (cp >= BMP_DISPLAYABLE.length) {
            return baseRegular.canDisplay(cp) && baseBold.canDisplay(cp);
        }
        byte known = BMP_DISPLAYABLE[cp];
        if (known == 0) {
            // a race only computes the same answer twice
            known = baseRegular.canDisplay(cp) && baseBold.canDisplay(cp) ? YES : NO;
            BMP_DISPLAYABLE[cp] = known;
        }
        return known == YES;
    }

    private static void load() {
        if (baseRegular != null) {
            return;
        }
        synchronized (DiagramFonts.class) {
            if (baseRegular != null) {
                return;
            }
            Path r = locate("DejaVuSans.ttf", "DejaVu Sans:style=Book");
            Path b = r.resolveSibling("DejaVuSans-Bold.ttf");
            if (!Files.isRegularFile(b)) {
                Path found = locateOrNull("DejaVuSans-Bold.ttf", "DejaVu Sans:style=Bold");
                b = found == null ? r : found;
            }
            Font fr = read(r);
            Font fb = read(b);
            if (!fr.canDisplay('Ж') || !fr.canDisplay('Q')) {
                throw new IllegalStateException("The diagram font " + r + " lacks Cyrillic or Latin glyphs");
            }
            regular = r;
            bold = b;
            baseBold = fb;
            baseRegular = fr;
        }
    }

    private static Font read(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot read the diagram font " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path locate(String fileName, String pattern) {
        String override = System.getProperty("stic.diagram.font");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("stic.diagram.font names no file: " + override);
            }
            return p;
        }
        Path p = locateOrNull(fileName, pattern);
        if (p == null) {
            throw new IllegalStateException("The diagram font " + FAMILY + " (" + fileName
                    + ") was not found; install Debian's fonts-dejavu-core or set -Dstic.diagram.font=<path of "
                    + fileName + ">");
        }
        return p;
    }

    private static Path locateOrNull(String fileName, String pattern) {
        for (String dir : DIRECTORIES) {
            Path p = Path.of(dir, fileName);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return fontconfig(fileName, pattern);
    }

    /** Asks fontconfig where the font lives; accepts only the exact file, not a substitute. */
    private static Path fontconfig(String fileName, String pattern) {
        try {
            Process process = new ProcessBuilder("fc-match", "-f", "%{file}", pattern).redirectErrorStream(true)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            Path p = Path.of(new String(out, StandardCharsets.UTF_8).trim());
            return p.getFileName() != null && p.getFileName().toString().equals(fileName) && Files.isRegularFile(p)
                    ? p
                    : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
