package org.stic.diagram;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * A validation finding shown on a diagram element. The engine takes these as input so that it does not depend on
 * the validation bundle; {@code severity} is "error", "warning" or "info".
 */
public record Decoration(EObject element, String severity, String ruleId, String message) {

    /** The rule whose findings make a key action stand out (a key action without supporting resource). */
    public static final String READINESS_GAP_RULE = "INT-001";

    public Decoration {
        Objects.requireNonNull(element, "element");
        severity = severity == null ? "info" : severity.toLowerCase(Locale.ROOT);
        if (!severity.equals("error") && !severity.equals("warning") && !severity.equals("info")) {
            throw new IllegalArgumentException("severity must be error, warning or info: " + severity);
        }
    }

    /** 2 for errors, 1 for warnings, 0 for information: larger is more severe. */
    public int rank() {
        return switch (severity) {
            case "error" -> 2;
            case "warning" -> 1;
            default -> 0;
        };
    }
}
