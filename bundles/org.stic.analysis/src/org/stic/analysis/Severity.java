package org.stic.analysis;

import java.util.Locale;

/**
 * How serious an analysis finding is. The same names as the validation's severities, so that callers showing both
 * kinds of finding (command line, Problems view, reports) can merge them; the analysis does not depend on the
 * validation, nor the other way round.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** "error", "warning", "info". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
