package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.NamedElement;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;
import org.stic.tests.support.SvgBadges;
import org.stic.validation.SticValidator;

/**
 * The report's diagrams carry the analysis findings (ANA-nnn) as badges beside the rules' findings, under the
 * model's rule settings. Read back from the written HTML: the inline SVG of each diagram parsed as XML, each badge's
 * element looked up in the model by the id the SVG gives. The expected badges come from the examples' hand-derived
 * readiness table (bundles/org.stic.examples/README.md) and from the report's own analysis findings table.
 */
class AnalysisBadgesTest {

    /** The analysis year is the report date's. */
    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    /** Kaluga's needs not ready in 2026, by the examples' hand-derived table: each gets ANA-003. */
    private static final Set<String> NOT_READY_IN_2026 = Set.of("Ускоренная регистрация лекарственных средств",
            "Пилотное производство опытных партий", "Клиническая апробация разработок ядерной медицины");

    /** Kaluga's one under-provided resource in that table (capacity 4 against a load of 6): ANA-002. */
    private static final String OVER_LOADED = "Чистые помещения пилотного участка";

    @TempDir
    Path dir;

    /** A badge read from a diagram's SVG: rule id and the name of the element it sits on, and its severity. */
    private record Badge(String ruleId, String element, String severity) {
    }

    @Test
    void theDiagramsCarryTheAnalysisFindingsAsTheFindingsTableListsThem() throws Exception {
        Path model = copyOfKaluga();
        Written report = write(model);

        Set<String> drawn = new TreeSet<>();
        report.badges("diagram-both").stream().filter(b -> b.ruleId().startsWith("ANA-"))
                .forEach(b -> drawn.add(b.ruleId() + " " + b.element()));
        Set<String> expected = new TreeSet<>();
        NOT_READY_IN_2026.forEach(need -> expected.add("ANA-003 " + need));
        expected.add("ANA-002 " + OVER_LOADED);
        assertTrue(drawn.containsAll(expected), "missing on the both-contours diagram: " + minus(expected, drawn));
        assertEquals(expected, only(drawn, "ANA-003", "ANA-002"), "ANA-003/ANA-002 badges on other elements");
        assertTrue(report.badges("diagram-both").stream().anyMatch(b -> b.ruleId().equals("INT-001")),
                "the rules' badges stay");

        // every badge of an analysis finding, on any diagram, is a row of the report's own table, and every row
        // about an element that a diagram draws has its badge
        Set<String> anyDiagram = new TreeSet<>();
        for (String diagram : report.diagramAnchors()) {
            report.badges(diagram).stream().filter(b -> b.ruleId().startsWith("ANA-"))
                    .forEach(b -> anyDiagram.add(b.ruleId() + " " + b.element()));
        }
        Set<String> table = report.analysisTable();
        assertTrue(table.containsAll(anyDiagram), "badges not in the findings table: " + minus(anyDiagram, table));
        Set<String> cluster = new TreeSet<>();
        table.stream().filter(row -> row.endsWith(" " + report.cluster().getName())).forEach(cluster::add);
        assertEquals(minus(table, cluster), anyDiagram, "table rows (but the cluster's own) without their badge");
    }

    @Test
    void ruleSettingsSwitchOffAndRegradeAnalysisBadges() throws Exception {
        Path model = copyOfKaluga();
        Files.writeString(model.resolveSibling(model.getFileName() + ".rules"),
                "# the report follows the model's rule settings\nANA-003 = off\nANA-002 = error\n", StandardCharsets.UTF_8);
        Written report = write(model);

        for (String diagram : report.diagramAnchors()) {
            assertFalse(report.badges(diagram).stream().anyMatch(b -> b.ruleId().equals("ANA-003")),
                    "ANA-003 is switched off, yet " + diagram + " shows it");
        }
        assertFalse(report.analysisTable().stream().anyMatch(row -> row.startsWith("ANA-003 ")),
                "nor does the findings table list it");
        assertTrue(report.badges("diagram-both").contains(new Badge("ANA-002", OVER_LOADED, "error")),
                "ANA-002 re-graded to an error: " + report.badges("diagram-both"));
    }

    private Path copyOfKaluga() throws Exception {
        Path model = dir.resolve("model").resolve(ReportFixtures.KALUGA + ".stic");
        Files.createDirectories(model.getParent());
        Files.copy(ReportFixtures.example(ReportFixtures.KALUGA), model);
        return model;
    }

    private Written write(Path model) throws Exception {
        Cluster cluster = SticResources.load(model);
        Path file = Reports.write(cluster, model, dir.resolve("report-" + System.nanoTime()), ReportFormat.HTML, DATE,
                SticValidator.builtIn(), Language.EN).file();
        return new Written(cluster, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Set<String> only(Set<String> badges, String... rules) {
        Set<String> kept = new TreeSet<>();
        for (String b : badges) {
            for (String rule : rules) {
                if (b.startsWith(rule + " ")) {
                    kept.add(b);
                }
            }
        }
        return kept;
    }

    /** The written HTML report, read back. */
    private record Written(Cluster cluster, String html) {

        /** The anchors of the diagrams drawn inline (a too large one is a note without a drawing). */
        Set<String> diagramAnchors() {
            Set<String> anchors = new TreeSet<>();
            Matcher m = Pattern.compile("<figure id=\"(diagram-[\\w-]+)\">").matcher(html);
            while (m.find()) {
                int next = html.indexOf("</figure>", m.end());
                if (html.substring(m.end(), next).contains("<div class=\"drawing\"><svg ")) {
                    anchors.add(m.group(1));
                }
            }
            return anchors;
        }

        /** The badges of the diagram whose figure has {@code anchor}: its inline drawing, parsed as XML. */
        List<Badge> badges(String anchor) throws Exception {
            int figure = html.indexOf("<figure id=\"" + anchor + "\">");
            assertTrue(figure >= 0, "no diagram " + anchor);
            int start = html.indexOf("<svg ", html.indexOf("<div class=\"drawing\">", figure));
            int end = html.indexOf("</svg>", start) + "</svg>".length();
            List<Badge> badges = new ArrayList<>();
            for (SvgBadges.Badge b : SvgBadges.read(html.substring(start, end))) {
                EObject element = cluster.eResource().getEObject(b.elementId());
                badges.add(new Badge(b.ruleId(), element instanceof NamedElement n ? n.getName() : String.valueOf(element),
                        b.severity()));
            }
            return badges;
        }

        /** The rows of the report's analysis findings table, as "rule element name". */
        Set<String> analysisTable() {
            int section = html.indexOf("<h2 id=\"analysis-findings\">");
            assertTrue(section >= 0, "no analysis findings section");
            String body = html.substring(section, html.indexOf("</section>", section));
            Set<String> rows = new TreeSet<>();
            Matcher row = Pattern.compile("<tr class=\"\\w+\"><td>(ANA-\\d{3})</td><td>[^<]*</td><td>([^<]*)</td>").matcher(body);
            while (row.find()) {
                rows.add(row.group(1) + " " + unescape(row.group(2)));
            }
            return rows;
        }

        private static String unescape(String html) {
            Map<String, String> entities = new LinkedHashMap<>();
            entities.put("&quot;", "\"");
            entities.put("&#39;", "'");
            entities.put("&lt;", "<");
            entities.put("&gt;", ">");
            entities.put("&amp;", "&");
            String text = html;
            for (Map.Entry<String, String> e : entities.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            return text;
        }
    }
}
