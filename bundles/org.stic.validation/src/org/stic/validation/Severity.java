package org.stic.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a finding is; each maps to the EMF {@link Diagnostic} severity the Diagnostician reports. */
public enum Severity {
    ERROR(Diagnostic.ERROR),
    WARNING(Diagnostic.WARNING),
    INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The {@link Diagnostic} severity constant. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /** Lower-case name as people write it in settings files and read it in output: "error", "warning", "info". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "error", "WARNING", "Info" ...; null when the text names no severity. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }
}
