package org.stic.model.io;

/**
 * Thrown inside {@link XmiSubsetReader} and {@link XmiSubsetWriter} when a file or a model leaves the subset of XMI
 * they handle. It only means "let EMF do it": no stack trace, and one instance serves every throw.
 */
final class NotInSubset extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final NotInSubset INSTANCE = new NotInSubset();

    private NotInSubset() {
        super(null, null, false, false); // never shown: caught where it is thrown
    }
}
