package org.stic.report;

import java.util.Locale;

/** The formats a report is written in; each writes one file into the output folder. */
public enum ReportFormat {
    HTML("index.html"), PDF("report.pdf");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file written into the output folder. */
    public String fileName() {
        return fileName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
