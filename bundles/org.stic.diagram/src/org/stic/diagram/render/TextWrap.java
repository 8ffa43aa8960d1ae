package org.stic.diagram.render;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping with the shared font metrics; long words are broken, overflowing lines end with an ellipsis. */
public final class TextWrap {

    private static final String ELLIPSIS = "\u2026";

    private TextWrap() {
    }

    public static List<String> wrap(String text, double maxWidth, int maxLines, boolean bold, float size) {
        List<String> lines = new ArrayList<>();
        String[] words = text.trim().split("\\s+");
        StringBuilder line = new StringBuilder();
        boolean truncated = false;
        for (int w = 0; w < words.length && !truncated; w++) {
            String word = words[w];
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (DiagramFonts.width(candidate, bold, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    truncated = true;
                    break;
                }
            }
            // the word alone: break it where it no longer fits
            while (DiagramFonts.width(word, bold, size) > maxWidth) {
                int cut = fitting(word, maxWidth, bold, size);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                if (lines.size() == maxLines) {
                    truncated = true;
                    break;
                }
            }
            if (!truncated) {
                line.append(word);
            }
        }
        if (!truncated && line.length() > 0) {
            if (lines.size() == maxLines) {
                truncated = true;
            } else {
                lines.add(line.toString());
            }
        }
        if (truncated && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, ellipsize(lines.get(last), maxWidth, bold, size));
        }
        return lines;
    }

    /** The text shortened with an ellipsis so that it fits. */
    public static String ellipsize(String text, double maxWidth, boolean bold, float size) {
        String s = text;
        while (!s.isEmpty() && DiagramFonts.width(s + ELLIPSIS, bold, size) > maxWidth) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1)).stripTrailing();
        }
        return s + ELLIPSIS;
    }

    private static int fitting(String word, double maxWidth, boolean bold, float size) {
        int cut = 1;
        while (cut < word.length() && DiagramFonts.width(word.substring(0, cut + 1), bold, size) <= maxWidth) {
            cut++;
        }
        if (Character.isHighSurrogate(word.charAt(cut - 1)) && cut < word.length()) {
            cut++;
        }
        return cut;
    }
}
