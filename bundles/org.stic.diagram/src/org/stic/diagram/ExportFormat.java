package org.stic.diagram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export formats. */
public enum ExportFormat {
    SVG, PNG, PDF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }
}
