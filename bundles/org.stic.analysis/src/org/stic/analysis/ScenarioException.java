package org.stic.analysis;

import java.nio.file.Path;

/** A scenario file that cannot be read: {@code file:line:column: sentence}, nothing applied. */
public class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public ScenarioException(Path file, int line, int column, String sentence) {
        super(file + ":" + line + ":" + column + ": " + sentence);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
