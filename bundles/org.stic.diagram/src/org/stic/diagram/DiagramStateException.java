package org.stic.diagram;

import java.nio.file.Path;

/** A diagram state file could not be read; the message is {@code "<file>:<line>:<column>: <plain sentence>"}. */
public class DiagramStateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public DiagramStateException(Path file, int line, int column, String sentence) {
        super(file + ":" + line + ":" + column + ": " + sentence);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }
}
