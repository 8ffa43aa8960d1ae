package org.stic.dataio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.stic.dataio.csv.CsvReader;
import org.stic.dataio.xlsx.XlsxReader;
import org.stic.model.edit.Language;

/** Reading input files into tables: the format from the file name, the limits every reader keeps. */
public final class Tables {

    private Tables() {
    }

    /** Whether {@code file} is read as a workbook (.xlsx, .xlsm) rather than as CSV. */
    public static boolean isWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /**
     * The tables of {@code file}: the one table of a CSV file, the sheets of a workbook that {@code wanted} accepts
     * by name (or the one sheet {@code options} names, or the only sheet).
     */
    public static List<Table> read(Path file, ReadOptions options, Predicate<String> wanted, Language language)
            throws ImportException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new ImportException(Problem.error(displayName(file), 0, 0, Messages.get(language, "xls.old")));
        }
        if (isWorkbook(file)) {
            return new XlsxReader(language).read(file, options, wanted);
        }
        return List.of(new CsvReader(language).read(file, options));
    }

    /** The file's name as messages show it. */
    public static String displayName(Path file) {
        return file.toString();
    }

    /** The whole file, refused without reading it when it is larger than {@link ReadOptions#MAX_FILE_BYTES}. */
    public static byte[] readBounded(Path file, Language language) throws ImportException {
        checkSize(file, language);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) ReadOptions.MAX_FILE_BYTES + 1);
            if (bytes.length > ReadOptions.MAX_FILE_BYTES) {
                throw tooLarge(file, bytes.length, language);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(file, e, language);
        }
    }

    /** Refuses a file larger than {@link ReadOptions#MAX_FILE_BYTES} or one that is not there. */
    public static void checkSize(Path file, Language language) throws ImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e, language);
        }
        if (size > ReadOptions.MAX_FILE_BYTES) {
            throw tooLarge(file, size, language);
        }
    }

    private static ImportException tooLarge(Path file, long size, Language language) {
        return new ImportException(Problem.error(displayName(file), 0, 0, Messages.get(language, "file.tooLarge",
                megabytes(size, language), megabytes(ReadOptions.MAX_FILE_BYTES, language))));
    }

    private static String megabytes(long bytes, Language language) {
        return language.number(java.math.BigDecimal.valueOf(bytes * 10 / (1L << 20), 1));
    }

    public static ImportException unreadable(Path file, IOException e, Language language) {
        String reason = e instanceof NoSuchFileException ? Messages.get(language, "file.missing")
                : Messages.get(language, "file.unreadable", String.valueOf(e.getMessage()));
        return new ImportException(Problem.error(displayName(file), 0, 0, reason));
    }

    static boolean isEmpty(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A row with text right of the last header is an error at its first such cell. */
    static void checkWidth(String name, int row, String[] cells, int width, List<Problem> problems, Language language) {
        for (int i = width; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                problems.add(Problem.error(name, row, i + 1, Messages.get(language, "table.noHeaderForCell")));
                return;
            }
        }
    }

    /** One note for all the empty rows between the header and the last row: where they are, that they are skipped. */
    static void noteEmptyRows(String name, List<Integer> empty, List<Problem> notes, Language language) {
        if (empty.isEmpty()) {
            return;
        }
        String where = empty.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                + (empty.size() > 10 ? ", …" : "");
        notes.add(Problem.note(name, 0, 0, Messages.count(language, "table.emptyRows", empty.size(), where)));
    }
}
