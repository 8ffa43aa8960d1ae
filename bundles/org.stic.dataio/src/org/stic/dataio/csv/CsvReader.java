package org.stic.dataio.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

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
import org.stic.model.io.MalformedTextException;
import org.stic.model.io.TextFiles;

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
        byte[] bytes = Tables.readBounded(file, language);
        Decoded decoded = decode(file, bytes, options.encoding());
        char separator = options.separator() != null ? options.separator() : detectSeparator(decoded.text);
        boolean headerless = options.mapping().headerless(file.getFileName().toString());
        return parse(Tables.displayName(file), decoded, separator, headerless);
    }

    /** The text and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(Path file, byte[] bytes, Charset chosen) throws ImportException {
        if (chosen != null) {
            return strict(file, bytes, chosen);
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return strict(file, bytes, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return strict(file, bytes, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return strict(file, bytes, StandardCharsets.UTF_16BE);
        }
        // one pass over the bytes for both checks; zero bytes anywhere (UTF-16 without its mark) are told first
        int control = firstControlByte(bytes);
        if (control >= 0 && indexOf(bytes, (byte) 0, control) >= 0) {
            throw new ImportException(Problem.error(Tables.displayName(file), 0, 0,
                    Messages.get(language, "csv.zeroBytes")));
        }
        if (control >= 0) {
            throw controlCharacter(file, bytes[control]);
        }
        Decoded decoded;
        try {
            decoded = new Decoded(TextFiles.decode(file, bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (MalformedTextException notUtf8) {
            decoded = decodeOrRefuse(file, bytes, WINDOWS_1251);
            refuseUnlikelyCyrillic(Tables.displayName(file), decoded.text);
        }
        return decoded;
    }

    /**
     * Decodes with {@link TextFiles#decode(Path, byte[], Charset)} (its byte order mark skipped), or says where the
     * first byte that is not in {@code charset} is, line and column counted in characters.
     */
    private Decoded strict(Path file, byte[] bytes, Charset charset) throws ImportException {
        if (isAsciiCompatible(charset)) {
            int control = firstControlByte(bytes);
            if (control >= 0) {
                throw controlCharacter(file, bytes[control]);
            }
            return decodeOrRefuse(file, bytes, charset);
        }
        Decoded decoded = decodeOrRefuse(file, bytes, charset);
        String text = decoded.text;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                throw controlCharacter(file, c);
            }
        }
        return decoded;
    }

    private Decoded decodeOrRefuse(Path file, byte[] bytes, Charset charset) throws ImportException {
        try {
            return new Decoded(TextFiles.decode(file, bytes, charset), charset);
        } catch (MalformedTextException e) {
            throw new ImportException(Problem.error(Tables.displayName(file), e.line(), e.column(),
                    Messages.get(language, "csv.badByte", String.format(Locale.ROOT, "0x%02X", e.badByte()),
                            charset.displayName(Locale.ROOT))));
        }
    }

    /**
     * Charsets in which a byte below 0x20 is always that control character and no other byte is one: a file in them
     * is checked for control characters in its bytes, before it is decoded, with no pass over the text.
     */
    private static boolean isAsciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(WINDOWS_1251)
                || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
    }

    /** Control characters other than tab and line ends: what a binary file holds, never a CSV. */
    private static boolean isControl(int c) {
        return c < 0x20 && c >= 0 && c != '\t' && c != '\r' && c != '\n';
    }

    /** The index of the first byte that is a control character in an ASCII-compatible charset, -1 if none. */
    private static int firstControlByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (isControl(bytes[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private ImportException controlCharacter(Path file, int c) {
        return new ImportException(Problem.error(Tables.displayName(file), 0, 0,
                Messages.get(language, "csv.controlCharacter", String.format("U+%04X", c))));
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

    private Table parse(String name, Decoded decoded, char separator, boolean headerless) throws ImportException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        TableBuilder table = new TableBuilder(name, null, language, headerless);
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
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals("cp1251") || n.equals("1251") ? WINDOWS_1251 : Charset.forName(name.strip());
    }
}
