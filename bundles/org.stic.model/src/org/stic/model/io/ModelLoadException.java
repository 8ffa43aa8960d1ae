package org.stic.model.io;

import java.nio.file.Path;

/**
 * A {@code .stic} file could not be loaded. The message is meant for the user as it stands:
 * {@code "<file>:<line>:<column>: <plain sentence>"}, with line and column 0 when the position is unknown.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String unknownNamespace;

    public ModelLoadException(Path file, int line, int column, String sentence) {
        this(file, line, column, sentence, null);
    }

    public ModelLoadException(Path file, int line, int column, String sentence, Throwable cause) {
        this(file, line, column, sentence, cause, null);
    }

    /** {@code unknownNamespace}: the nsURI the file uses that no loaded metamodel has, when that is the problem. */
    public ModelLoadException(Path file, int line, int column, String sentence, Throwable cause,
            String unknownNamespace) {
        super(file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + ": " + sentence, cause);
        this.file = file;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.unknownNamespace = unknownNamespace;
    }

    /**
     * The namespace (nsURI) the file uses that no loaded metamodel has, or null when the file failed otherwise: a
     * caller that knows where metamodel extensions come from can say which one is missing.
     */
    public String unknownNamespace() {
        return unknownNamespace;
    }

    /** The file that failed to load, as the caller named it. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, 0 when unknown. */
    public int column() {
        return column;
    }
}
