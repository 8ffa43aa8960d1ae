package org.stic.model.io;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A text file holds a byte that is not in the encoding it was read in; line and column (in characters) say where.
 * The byte and the encoding are kept for readers that word the message for their own kind of file.
 */
public class MalformedTextException extends TextFileException {

    private static final long serialVersionUID = 1L;

    private final int badByte;
    private final transient Charset charset;

    public MalformedTextException(Path file, int line, int column, String sentence, int badByte, Charset charset) {
        super(file, line, column, sentence);
        this.badByte = badByte;
        this.charset = charset;
    }

    /** The first byte that could not be decoded, 0-255. */
    public int badByte() {
        return badByte;
    }

    /** The encoding the text was read in. */
    public Charset charset() {
        return charset;
    }
}
