package org.stic.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A text file beside a model (rule settings, diagram layout, project settings, OCL rules, scenarios) could not be
 * read. The message is meant for the user as it stands: {@code "<file>:<line>:<column>: <plain sentence>"}, with line
 * and column 0 when the problem concerns the whole file.
 */
public class TextFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public TextFileException(Path file, int line, int column, String sentence) {
        super(file + ":" + line + ":" + column + ": " + sentence);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file at fault, as the caller named it. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column (in characters) of the problem, 0 when unknown. */
    public int column() {
        return column;
    }
}
