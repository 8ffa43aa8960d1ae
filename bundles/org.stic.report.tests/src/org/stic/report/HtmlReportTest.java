package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.validation.Finding;
import org.stic.validation.SticValidator;

/** The HTML report of the examples: one self-contained file, every model string escaped. */
class HtmlReportTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void kalugaReportIsOneSelfContainedFileWithEverySection() throws Exception {
        Cluster kaluga = ReportFixtures.load(ReportFixtures.KALUGA);
        Path out = dir.resolve("new/folder");

        Reports.Written written = Reports.write(kaluga, ReportFixtures.example(ReportFixtures.KALUGA), out,
                ReportFormat.HTML, DATE);

        assertEquals(out.resolve("index.html"), written.file());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("index.html")), files.toList(), "no temporary or extra files");
        }
        String html = Files.readString(written.file(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 100));
        assertTrue(html.contains("<h1>" + escape(kaluga.getName()) + "</h1>"), "title page names the cluster");
        assertTrue(html.contains(escape(kaluga.getSector())) && html.contains(escape(kaluga.getTerritory())));
        assertTrue(html.contains("27 November 2026"));
        long currencies = Analysis.of(kaluga, new AnalysisOptions(2026)).economics().totals().size();
        assertTrue(currencies > 0, "the example has money");
        assertEquals(5 + currencies, count(html, "<div class=\"drawing\"><svg "),
                "canvas, both, internal, external and network diagrams inline, and an economics chart per currency");
        assertTrue(count(html, "<div class=\"printed page-") >= 5, "and their printed pages");
        // a diagram printed in parts: each part holds what touches its piece, every node is in one of them, and
        // together they hold far less than a copy of the whole diagram each
        String both = html.substring(html.indexOf("id=\"diagram-both\""), html.indexOf("id=\"diagram-internal\""));
        String screen = both.substring(0, both.indexOf("<div class=\"printed"));
        String printedParts = both.substring(both.indexOf("<div class=\"printed"));
        int parts = count(printedParts, "<div class=\"printed page-");
        int nodes = count(screen, "class=\"node ");
        assertTrue(parts > 1, "Kaluga's both-contours view is printed in parts: " + parts);
        assertTrue(count(printedParts, "class=\"node ") >= nodes, "every node printed");
        assertTrue(count(printedParts, "class=\"node ") < 3 * nodes, count(printedParts, "class=\"node ")
                + " node groups in " + parts + " parts of a diagram of " + nodes);
        assertEquals(currencies, count(html, "<figure id=\"economics-chart-"), "the charts in the economics section");
        assertEquals(0, count(html, "<?xml"), "SVG declarations dropped inside HTML");
        assertTrue(html.contains("@media print"));
        for (String section : List.of("Internal contour", "External contour", "Readiness analysis",
                "Validation findings", "Key Resources", "Key Actions", "Segments", "Value Propositions",
                "Readiness by segment", "Capacity and load", "Critical elements", "Economics", "Analysis findings",
                "Findings by rule")) {
            assertTrue(html.contains(">" + section + "<"), section);
        }
        assertFalse(html.contains("<script"), "no script at all");
        assertNoExternalReferences(html);
        assertUniqueIds(html);
        List<Finding> findings = SticValidator.builtIn().validate(kaluga);
        for (Finding f : findings) {
            assertTrue(html.contains(">" + f.ruleId() + " · "), "a table for rule " + f.ruleId());
            assertTrue(html.contains(escape(f.message())), f.message());
        }
    }

    @Test
    void everyModelStringIsEscaped() throws Exception {
        Cluster cluster = ReportFixtures.load(ReportFixtures.KALUGA);
        KeyAction action = cluster.getInternalContour().getKeyActions().get(0);
        action.setName(ReportFixtures.SCRIPT);
        action.setDescription("<img src=x onerror=alert(2)> & \"quotes\"");
        cluster.setSector("<b>bold</b>");

        Path file = Reports.write(cluster, dir.resolve("m.stic"), dir, ReportFormat.HTML, DATE).file();

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "the name must not become a script element");
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<b>bold"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
    }

    @Test
    void everyExampleGivesAReport() throws Exception {
        for (String name : org.stic.examples.Examples.names()) {
            Path out = dir.resolve(name);
            Path file = Reports.write(ReportFixtures.load(name), ReportFixtures.example(name), out, ReportFormat.HTML,
                    DATE).file();
            assertTrue(Files.size(file) > 10_000, name);
        }
    }

    static void assertNoExternalReferences(String html) {
        Matcher m = Pattern.compile("\\b(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            String target = m.group(1);
            assertTrue(target.startsWith("#") || target.startsWith("data:"), "external reference " + target);
        }
    }

    static void assertUniqueIds(String html) {
        Matcher m = Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            assertTrue(seen.add(m.group(1)), "duplicate id " + m.group(1));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
