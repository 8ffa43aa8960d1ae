package org.stic.dataio;

/**
 * One thing said about an input file: an error (the import changes nothing while there is one) or a note (a formula
 * read by its cached value, an empty row skipped, a column not imported). {@code row} and {@code column} count from 1
 * as a spreadsheet shows them; 0 when the text is about the whole file or a whole row or column.
 */
public record Problem(String file, int row, int column, String text, boolean error) {

    public static Problem error(String file, int row, int column, String text) {
        return new Problem(file, row, column, text, true);
    }

    public static Problem note(String file, int row, int column, String text) {
        return new Problem(file, row, column, text, false);
    }

    /** {@code file:row:column: sentence}, or {@code file:row: sentence}, or {@code file: sentence}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (row > 0) {
            b.append(':').append(row);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(text).toString();
    }
}
