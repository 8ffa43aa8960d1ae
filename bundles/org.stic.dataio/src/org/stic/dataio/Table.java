package org.stic.dataio;

import java.util.List;

/**
 * One table read from a file: a CSV file or one sheet of a workbook. {@code source} names it in messages
 * ({@code members.csv}, {@code members.xlsx[Участники]}); the header is the first row that is not empty, at
 * {@code headerRow}; each row keeps its number in the file. {@code notes} are what the reader noticed on the way
 * (formulas read by their cached values, empty rows skipped).
 */
public record Table(String source, String sheet, int headerRow, List<String> header, List<Row> rows,
        List<Problem> notes) {

    /** One row of cells, as text, aligned with the header (missing trailing cells are empty). */
    public record Row(int number, String[] cells) {

        /** The cell of column {@code index} (0-based), trimmed; empty when the row is shorter. */
        public String cell(int index) {
            return index < cells.length && cells[index] != null ? cells[index].strip() : "";
        }
    }
}
