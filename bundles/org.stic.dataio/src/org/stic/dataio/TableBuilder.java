package org.stic.dataio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.stic.model.edit.Language;

/**
 * Makes a {@link Table} of rows as a reader meets them: the first row with text is the header, empty rows after it
 * are skipped with one note, and a cell right of the last header is an error. A table read without a header row
 * (the mapping file says so) has every row with text as data, and as many columns, with empty headers, as its
 * widest row. The readers add their own problems (a formula without a value, merged cells) and notes (formulas read
 * by value) as they go.
 */
public final class TableBuilder {

    private final String source;
    private final String sheet;
    private final Language language;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();
    private final List<Table.Row> rows = new ArrayList<>();
    private final List<Integer> empty = new ArrayList<>();
    private final boolean headerless;
    /** The widest row's width, for a table without a header row. */
    private int width;
    private List<String> header;
    private int headerRow;
    /** The number of the last row with text. */
    private int last;

    public TableBuilder(String source, String sheet, Language language, boolean headerless) {
        this.source = source;
        this.sheet = sheet;
        this.language = language;
        this.headerless = headerless;
    }

    public String source() {
        return source;
    }

    public void row(int number, String[] cells) {
        if (Tables.isEmpty(cells)) {
            if (header != null || last > 0) {
                empty.add(number);
            }
        } else if (headerless) {
            width = Math.max(width, lastFilled(cells) + 1);
            rows.add(new Table.Row(number, cells));
            last = number;
        } else if (header == null) {
            header = List.of(cells);
            headerRow = number;
        } else {
            Tables.checkWidth(source, number, cells, header.size(), problems, language);
            rows.add(new Table.Row(number, cells));
            last = number;
        }
    }

    public void problem(int row, int column, String text) {
        problems.add(Problem.error(source, row, column, text));
    }

    public void note(int row, int column, String text) {
        notes.add(Problem.note(source, row, column, text));
    }

    /**
     * The table, or every problem met, in the order of the file. Empty rows after the last row with text are not
     * noted: spreadsheets keep such rows for their formatting alone.
     */
    public Table build() throws ImportException {
        if (headerless && !rows.isEmpty()) {
            header = Collections.nCopies(width, "");
        }
        if (header == null && problems.isEmpty()) {
            problems.add(Problem.error(source, 0, 0, Messages.get(language, "table.noHeader")));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row).thenComparingInt(Problem::column));
            throw new ImportException(problems);
        }
        int last = Math.max(this.last, headerRow);
        Tables.noteEmptyRows(source, empty.stream().filter(r -> r < last).toList(), notes, language);
        return new Table(source, sheet, headerRow, header, rows, notes);
    }

    private static int lastFilled(String[] cells) {
        int last = cells.length - 1;
        while (last >= 0 && (cells[last] == null || cells[last].isBlank())) {
            last--;
        }
        return last;
    }
}
