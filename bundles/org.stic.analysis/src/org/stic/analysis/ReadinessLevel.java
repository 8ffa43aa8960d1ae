package org.stic.analysis;

import org.stic.model.edit.Language;

/**
 * How ready an element of the readiness chain is, from worst to best. {@link #ASSUMED} is ready only because an
 * element on the way has no assessed status (UNSPECIFIED) and is taken to be available; it counts as ready and is
 * reported as an assumption. See docs/analysis.md.
 */
public enum ReadinessLevel {
    NOT_READY, ASSUMED, READY;

    /** Ready, including ready under an assumption. */
    public boolean isReady() {
        return this != NOT_READY;
    }

    /** "ready", "обеспечена" ... */
    public String label(Language language) {
        return Messages.get(language, "level." + id());
    }

    /** "not-ready", "assumed", "ready": the form scripts and style sheets use. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static ReadinessLevel of(byte level) {
        return values()[level];
    }
}
