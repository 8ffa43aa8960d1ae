package org.stic.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.stic.model.nls.Messages;

/**
 * Reads the small text files that sit beside models (rule settings, diagram layout, project settings, OCL rules,
 * scenarios): UTF-8 only, a byte order mark skipped, and a size limit checked before anything is read, so a hostile
 * or mistaken file costs bounded memory. A byte that is not UTF-8 (a comment saved in Windows-1251, say) is reported
 * at its line and column rather than as a bare "Input length = 1". Its strict decoding in any charset is the one the
 * spreadsheet import uses for CSV files too.
 */
public final class TextFiles {

    /** Limit for settings files: {@code stic-project.json}, {@code .stic.rules}. */
    public static final long SETTINGS_LIMIT = 1 << 20;
    /** Limit for OCL rule documents and scenario files. */
    public static final long DOCUMENT_LIMIT = 8 << 20;
    /** Limit for diagram files: four views of a 100,000-element model take about 30 MB. */
    public static final long DIAGRAM_LIMIT = 128 << 20;

    private TextFiles() {
    }

    /**
     * The text of {@code file}, which must hold UTF-8 and be at most {@code limit} bytes; {@code what} names the kind
     * of file in the message (e.g. "a rule settings file").
     */
    public static String readUtf8(Path file, long limit, String what) throws IOException {
        return decode(file, read(file, limit, what));
    }

    /**
     * Like {@link #readUtf8(Path, long, String)}, but a byte that is not UTF-8 does not stop the reading: it becomes
     * U+FFFD and the first such byte is added to {@code notUtf8}, for files whose other lines still mean something (a
     * rule settings file with a comment saved in Windows-1251 still switches its rules off).
     */
    public static String readUtf8(Path file, long limit, String what, List<TextFileException> notUtf8)
            throws IOException {
        byte[] bytes = read(file, limit, what);
        try {
            return decode(file, bytes);
        } catch (TextFileException e) {
            notUtf8.add(e);
            return new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
    }

    private static byte[] read(Path file, long limit, String what) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > limit) {
                throw tooLarge(file, size, limit, what);
            }
            // the size may change under us: never read more than the limit
            bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(file, bytes.length, limit, what);
            }
        }
        return bytes;
    }

    /** Decodes {@code bytes} as UTF-8 (a byte order mark skipped); {@code file} only names it in the message. */
    public static String decode(Path file, byte[] bytes) throws TextFileException {
        return decode(file, bytes, StandardCharsets.UTF_8);
    }

    /**
     * Decodes {@code bytes} in {@code charset}, its byte order mark skipped (UTF-8, UTF-16LE, UTF-16BE). The first
     * byte that is not in {@code charset} is reported at its line and column, both counted in characters of the text
     * decoded before it (so a line of Cyrillic in UTF-8 does not count two columns a letter); {@code file} only names
     * the file in the message.
     */
    public static String decode(Path file, byte[] bytes, Charset charset) throws MalformedTextException {
        int start = byteOrderMarkLength(bytes, charset);
        // the JDK's own decoding into a String is several times faster than a decoder's; it replaces a bad byte by
        // U+FFFD, so only text holding that character needs the strict decoding, to find the byte or to keep the
        // character the file really holds
        String text = new String(bytes, start, bytes.length - start, charset);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw malformed(file, bytes[in.position()] & 0xFF, charset, out.flip());
        }
        return out.flip().toString();
    }

    private static int byteOrderMarkLength(byte[] bytes, Charset charset) {
        int b0 = bytes.length >= 2 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length >= 2 ? bytes[1] & 0xFF : -1;
        if (charset.equals(StandardCharsets.UTF_8)) {
            return b0 == 0xEF && b1 == 0xBB && bytes.length >= 3 && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        }
        if (charset.equals(StandardCharsets.UTF_16LE)) {
            return b0 == 0xFF && b1 == 0xFE ? 2 : 0;
        }
        return charset.equals(StandardCharsets.UTF_16BE) && b0 == 0xFE && b1 == 0xFF ? 2 : 0;
    }

    /** The line and the column, in characters (code points), just after the well-decoded text {@code before}. */
    private static MalformedTextException malformed(Path file, int badByte, Charset charset, CharBuffer before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.limit(); i++) {
            if (before.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1 + Character.codePointCount(before, lineStart, before.limit());
        String hex = String.format(Locale.ROOT, "0x%02X", badByte);
        String sentence = charset.equals(StandardCharsets.UTF_8) ? Messages.get("text.notUtf8", hex)
                : Messages.get("text.notInCharset", hex, charset.displayName(Locale.ROOT));
        return new MalformedTextException(file, line, column, sentence, badByte, charset);
    }

    private static TextFileException tooLarge(Path file, long size, long limit, String what) {
        return new TextFileException(file, 0, 0, Messages.get("text.tooLarge", bytes(size), what, bytes(limit)));
    }

    /** A byte count grouped for the language of the messages: "1,048,576", «1 048 576». */
    private static String bytes(long count) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(Messages.language().equals("ru") ? '\u00A0' : ',');
        return new java.text.DecimalFormat("#,##0", symbols).format(count);
    }
}
