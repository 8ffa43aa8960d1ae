package org.stic.report;

import java.util.List;
import java.util.Map;

import org.stic.diagram.scene.Scene;

/**
 * The content of a report, independent of its format: the HTML and the PDF writer lay out exactly this. Every
 * model string is kept as plain text here; each writer escapes it for its format. Everything is in one language
 * ({@code language}, "en" or "ru"), {@code texts} holding the layout's fixed texts in it.
 */
public record Report(TitlePage title, List<Diagram> diagrams, List<Section> sections, String generator, String language,
        Map<String, String> texts) {

    /** One of the layout's fixed texts (see {@code chrome.*} in messages.properties) with {0} filled in. */
    public String text(String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no report text '" + key + "'");
        }
        for (int i = 0; i < arguments.length; i++) {
            pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return pattern;
    }

    /** The facts on the title page; {@code facts} are label/value pairs (sector, territory ...). */
    public record TitlePage(String cluster, List<Fact> facts, List<Fact> figures) {
    }

    public record Fact(String label, String value) {
    }

    /**
     * A laid-out diagram of one view; {@code anchor} is unique in the report. A view too large to read on a page
     * has no scene, and {@code note} says why and how to draw it anyway. {@code pages} is how it is printed so that
     * its text stays legible, and {@code note} then says so when it takes more than one A4 page.
     */
    public record Diagram(String anchor, String title, Scene scene, String note, DiagramPages pages) {
    }

    /**
     * A numbered part of the report with its charts and tables (the charts first); {@code anchor} is unique in the
     * report.
     */
    public record Section(String anchor, String title, String intro, List<Table> tables, List<Chart> charts) {

        /** A section of tables only. */
        public Section(String anchor, String title, String intro, List<Table> tables) {
            this(anchor, title, intro, tables, List.of());
        }
    }

    /**
     * A horizontal bar chart, drawn by {@code ChartPainter} on the diagrams' drawing surfaces (SVG in HTML, vector
     * PDF); bars come in groups, each group under its heading. {@code anchor} is unique in the report.
     */
    public record Chart(String anchor, String title, List<Bar> bars) {
    }

    /**
     * One bar: its group's heading, its label, its length ({@code value}, compared with the longest bar of the
     * chart), the value as people read it, and a style hint ("revenue", "cost" or empty).
     */
    public record Bar(String group, String label, double value, String valueText, String kind) {
    }

    /**
     * A table; {@code note} is a sentence under its title (may be empty). A row's {@code kind} is a style hint
     * (a readiness status id such as "not-covered", a severity such as "error", or empty).
     */
    public record Table(String title, String note, List<String> columns, List<Row> rows) {
    }

    public record Row(String kind, List<String> cells) {
    }
}
