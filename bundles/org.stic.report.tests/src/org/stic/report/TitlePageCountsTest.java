package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;
import org.stic.report.ReportFixtures.ProcessResult;
import org.stic.validation.SticValidator;

/**
 * The title page counts the findings the report shows, per severity: the rules' findings and the analysis findings
 * (ANA-nnn), each as the model's rule settings grade them. Read back from the written report (HTML as written, PDF
 * through poppler's pdftotext), against counts taken from the report's own tables: one row per finding in each
 * rule's table (its severity in the table's heading) and in the analysis findings table (its severity column).
 */
class TitlePageCountsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    /** How each language writes a severity in the tables, and how its count on the title page begins. */
    private static final Map<Language, List<String>> TABLE_WORDS = Map.of(
            Language.EN, List.of("error", "warning", "info"),
            Language.RU, List.of("ошибка", "предупреждение", "сведения"));
    private static final Map<Language, List<String>> TITLE_STEMS = Map.of(
            Language.EN, List.of("error", "warning", "information"),
            Language.RU, List.of("ошиб", "предупрежден", "сведени"));
    private static final Map<Language, List<String>> LABELS = Map.of(
            Language.EN, List.of("Validation findings", "Analysis findings"),
            Language.RU, List.of("Замечания проверки", "Замечания анализа"));

    @TempDir
    Path dir;

    @Test
    void theTitlePageCountsTheRulesAndTheAnalysisFindingsOfItsTables() throws Exception {
        Path model = copyOfKaluga();
        for (Language language : List.of(Language.EN, Language.RU)) {
            String html = html(model, language);
            int[] rules = ruleTables(html, language);
            int[] analysis = analysisTable(html, language);
            assertTrue(analysis[1] >= 4, language + ": Kaluga has ANA-002 and three ANA-003 warnings: "
                    + List.of(analysis[0], analysis[1], analysis[2]));
            assertTrue(rules[0] + rules[1] + rules[2] > 0, language + ": Kaluga has rule findings");
            assertCounts(rules, titleFigure(html, LABELS.get(language).get(0)), language, "rules' findings");
            assertCounts(analysis, titleFigure(html, LABELS.get(language).get(1)), language, "analysis findings");
        }
    }

    @Test
    void theCountsFollowTheModelsRuleSettings() throws Exception {
        Path model = copyOfKaluga();
        Files.writeString(model.resolveSibling(model.getFileName() + ".rules"),
                "ANA-003 = off\nANA-002 = error\n", StandardCharsets.UTF_8);
        String html = html(model, Language.EN);
        int[] analysis = analysisTable(html, Language.EN);
        assertTrue(analysis[0] >= 1 && !html.contains("<td>ANA-003</td>"), "ANA-002 an error, ANA-003 off: "
                + List.of(analysis[0], analysis[1], analysis[2]));
        assertCounts(analysis, titleFigure(html, "Analysis findings"), Language.EN, "analysis findings");
    }

    @Test
    void theRussianPdfTitlePageSaysTheSameCountsWithNoWordOverAnother() throws Exception {
        Path model = copyOfKaluga();
        String html = html(model, Language.RU);
        Cluster cluster = SticResources.load(model);
        Path pdf = Reports.write(cluster, model, dir.resolve("pdf"), ReportFormat.PDF, DATE, SticValidator.builtIn(),
                Language.RU).file();
        ProcessResult text = ReportFixtures.run(dir, List.of("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1",
                pdf.toString(), "-"));
        assertEquals(0, text.exitCode(), text.err());
        String page = text.out().replaceAll("\\s+", " ");
        for (int i = 0; i < 2; i++) {
            String label = LABELS.get(Language.RU).get(i);
            int[] expected = i == 0 ? ruleTables(html, Language.RU) : analysisTable(html, Language.RU);
            Matcher m = Pattern.compile(Pattern.quote(label) + " (\\d+ \\S+, \\d+ \\S+, \\d+ \\S+)").matcher(page);
            assertTrue(m.find(), "page 1 of the PDF has no counts after '" + label + "': " + page);
            assertCounts(expected, m.group(1), Language.RU, label + " (PDF)");
        }

        // and legibly: no word of the page over another (a long Russian label once ran into its value)
        Path bbox = dir.resolve("title.bbox.html");
        assertEquals(0, ReportFixtures.run(dir, List.of("pdftotext", "-bbox", "-enc", "UTF-8", "-f", "1", "-l", "1",
                pdf.toString(), bbox.toString())).exitCode());
        List<double[]> boxes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher w = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
                .matcher(Files.readString(bbox, StandardCharsets.UTF_8));
        while (w.find()) {
            boxes.add(new double[] {Double.parseDouble(w.group(1)), Double.parseDouble(w.group(2)),
                    Double.parseDouble(w.group(3)), Double.parseDouble(w.group(4))});
            words.add(w.group(5));
        }
        assertTrue(words.contains("анализа"), "pdftotext -bbox read page 1: " + words);
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                if (Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5) {
                    overlapping.add(words.get(i) + " / " + words.get(j));
                }
            }
        }
        assertEquals(List.of(), overlapping, "words over words on the title page");
        Path kept = Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());
        ReportFixtures.run(dir, List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                kept.resolve("title-page-ru").toString()));
    }

    /** "1 error, 4 warnings, 0 information" said the same counts as {@code expected} (errors, warnings, infos). */
    private static void assertCounts(int[] expected, String title, Language language, String what) {
        String[] parts = title.split(", ");
        assertEquals(3, parts.length, what + ": " + title);
        for (int s = 0; s < 3; s++) {
            Matcher m = Pattern.compile("(\\d+) (\\S+)").matcher(parts[s]);
            assertTrue(m.matches(), what + ": " + title);
            assertTrue(m.group(2).startsWith(TITLE_STEMS.get(language).get(s)), what + ": " + title);
            assertEquals(expected[s], Integer.parseInt(m.group(1)), language + " " + what + ", "
                    + TITLE_STEMS.get(language).get(s) + ": the title page says " + title);
        }
    }

    /** The value of the title page's figure labelled {@code label}. */
    private static String titleFigure(String html, String label) {
        Matcher m = Pattern.compile("<div><dt>" + Pattern.quote(label) + "</dt><dd>([^<]*)</dd></div>").matcher(html);
        assertTrue(m.find(), "no title page figure '" + label + "'");
        return m.group(1);
    }

    /** The rules' findings by severity: the rows of each rule's table, its severity in its heading "ID · severity · title". */
    private static int[] ruleTables(String html, Language language) {
        String section = section(html, "findings");
        int[] counts = new int[3];
        Matcher table = Pattern.compile("<h3>([A-Z]{3}-\\d{3}) · ([^·<]+) · [^<]*</h3>.*?<tbody>(.*?)</tbody>",
                Pattern.DOTALL).matcher(section);
        while (table.find()) {
            int severity = TABLE_WORDS.get(language).indexOf(table.group(2).strip());
            assertTrue(severity >= 0, "unknown severity in " + table.group());
            counts[severity] += rows(table.group(3));
        }
        return counts;
    }

    /** The analysis findings by severity: the rows of its table, by their severity column. */
    private static int[] analysisTable(String html, Language language) {
        int[] counts = new int[3];
        Matcher row = Pattern.compile("<tr[^>]*><td>ANA-\\d{3}</td><td>([^<]*)</td>")
                .matcher(section(html, "analysis-findings"));
        while (row.find()) {
            int severity = TABLE_WORDS.get(language).indexOf(row.group(1));
            assertTrue(severity >= 0, "unknown severity in " + row.group());
            counts[severity]++;
        }
        return counts;
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<h2 id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int rows(String tbody) {
        return tbody.contains("class=\"empty\"") ? 0 : tbody.split("<tr", -1).length - 1;
    }

    private Path copyOfKaluga() throws Exception {
        Path model = dir.resolve("model").resolve(ReportFixtures.KALUGA + ".stic");
        Files.createDirectories(model.getParent());
        Files.copy(ReportFixtures.example(ReportFixtures.KALUGA), model);
        return model;
    }

    private String html(Path model, Language language) throws Exception {
        Cluster cluster = SticResources.load(model);
        Path file = Reports.write(cluster, model, dir.resolve("report-" + language.code() + "-" + System.nanoTime()),
                ReportFormat.HTML, DATE, SticValidator.builtIn(), language).file();
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
