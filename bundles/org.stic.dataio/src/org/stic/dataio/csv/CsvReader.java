package org.stic.dataio.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stic.dataio.ImportException;
import org.stic.dataio.Messages;
import org.stic.dataio.Problem;
import org.stic.dataio.ReadOptions;
import org.stic.dataio.Table;
import org.stic.dataio.TableBuilder;
import org.stic.dataio.Tables;
import org.stic.model.edit.Language;

/**
 * Reads a CSV file into a {@link Table} with commons-csv. The encoding is UTF-8 (with or without a byte order mark),
 * UTF-16 with a byte order mark (Excel's "Unicode text"), or Windows-1251 (Excel's "CSV" on a Russian Windows);
 * anything else is refused with a sentence naming what was found, rather than read as mojibake. The separator is the
 * one of ',' ';' and tab that the first non-empty line holds most often outside quotes.
 */
public final class CsvReader {

    /** Windows-1251: what Excel writes "CSV (comma delimited)" in on a Russian Windows. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final Language language;

    public CsvReader(Language language) {
        this.language = language;
    }

    public Table read(Path file, ReadOptions options) throws ImportException {
        String name = Tables.displayName(file);
        byte[] bytes = Tables.readBounded(file, language);
        Decoded decoded = decode(name, bytes, options.encoding());
        char separator = options.separator() != null ? options.separator() : detectSeparator(decoded.text);
        return parse(name, decoded, separator);
    }

    /** The text and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(String name, byte[] bytes, Charset chosen) throws ImportException {
        if (chosen != null) {
            int skip = chosen.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
            return new Decoded(strict(name, bytes, skip, chosen), chosen);
        }
        if (hasUtf8Bom(bytes)) {
            return new Decoded(strict(name, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(strict(name, bytes, 2, utf16), utf16);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(Problem.error(name, 0, 0, Messages.get(language, "csv.zeroBytes")));
            }
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                    StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            String text = strict(name, bytes, 0, WINDOWS_1251);
            refuseUnlikelyCyrillic(name, text);
            return new Decoded(text, WINDOWS_1251);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Decodes or says where the first byte that is not in {@code charset} is (line and column). */
    private String strict(String name, byte[] bytes, int skip, Charset charset) throws ImportException {
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder(charset).decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = skip;
            for (int i = skip; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ImportException(Problem.error(name, line, offset - lineStart + 1,
                    Messages.get(language, "csv.badByte", String.format("0x%02X", bytes[offset] & 0xFF),
                            charset.displayName())));
        }
        out.flip();
        String text = out.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                throw new ImportException(Problem.error(name, 0, 0,
                        Messages.get(language, "csv.controlCharacter", String.format("U+%04X", (int) c))));
            }
        }
        return text;
    }

    /**
     * Text that is not UTF-8 and reads as Windows-1251 with mostly capital Cyrillic letters, or with many of the
     * Serbian, Macedonian and typographic characters of that code page, is KOI8-R or DOS 866 in disguise.
     */
    private void refuseUnlikelyCyrillic(String name, String text) throws ImportException {
        int upper = 0;
        int lower = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'А' && c <= 'Я') {
                upper++;
            } else if (c >= 'а' && c <= 'я' || c == 'ё') {
                lower++;
            } else if (c >= 0x80 && c != 'Ё' && c != '«' && c != '»' && c != '№' && c != '—' && c != '–'
                    && c != '\u00A0' && c != '“' && c != '”' && c != '„') {
                odd++;
            }
        }
        int letters = upper + lower;
        if (odd > 20 && odd * 2 > letters || letters > 40 && upper * 10 > letters * 7) {
            throw new ImportException(Problem.error(name, 0, 0, Messages.get(language, "csv.unlikelyEncoding")));
        }
    }

    /** The separator the first non-empty line holds most often outside quotes; ',' when it holds none. */
    static char detectSeparator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
            } else if (!quoted) {
                seen |= !Character.isWhitespace(c);
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    private Table parse(String name, Decoded decoded, char separator) throws ImportException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        TableBuilder table = new TableBuilder(name, null, language);
        table.note(0, 0, Messages.get(language, "csv.readAs", decoded.charset.displayName(),
                separator == '\t' ? Messages.get(language, "csv.tab") : "'" + separator + "'"));
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text), format)) {
            try {
                for (CSVRecord record : parser) {
                    table.row((int) record.getRecordNumber(), record.values());
                }
            } catch (UncheckedIOException e) {
                throw new ImportException(Problem.error(name, (int) parser.getCurrentLineNumber(), 0,
                        Messages.get(language, "csv.malformed", e.getCause().getMessage())));
            }
        } catch (IOException e) {
            throw new ImportException(Problem.error(name, 0, 0, Messages.get(language, "csv.malformed", e.getMessage())));
        }
        return table.build();
    }

    /** The encoding a user names (cp1251 and 1251 being Windows-1251); IllegalArgumentException for an unknown one. */
    public static Charset charset(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return n.equals("cp1251") || n.equals("1251") ? WINDOWS_1251 : Charset.forName(name.strip());
    }
}
