package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.model.edit.Language;
import org.stic.report.ReportFixtures.ProcessResult;
import org.stic.validation.SticValidator;

/**
 * The Kaluga report in Russian, read back by the real readers (Chromium's DOM for HTML, poppler's pdftotext for PDF):
 * no English word outside the model's own texts and a short allow-list of proper names and ids; the English report
 * has no Cyrillic word outside the model's texts.
 */
class RussianReportTest {

    /** Proper names and ids a Russian report keeps in Latin letters. */
    private static final Set<String> ALLOWED_LATIN = Set.of("STIC", "Workbench", "stic", "render", "view", "format",
            "svg");
    /** Rule ids (INT-001), currency codes and the like, removed before looking at words. */
    private static final Pattern IDS = Pattern.compile("\\b[A-Z]{3}-\\d{3}\\b|--\\w+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'\u2019-]*");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}][\\p{IsCyrillic}-]*");
    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    @Test
    void theRussianHtmlReportReadInChromiumHasNoEnglishWord() throws Exception {
        Cluster kaluga = ReportFixtures.load(ReportFixtures.KALUGA);
        Path html = write(kaluga, ReportFormat.HTML, Language.RU);
        ProcessResult dom = ReportFixtures.run(dir, List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--dump-dom",
                html.toUri().toString()));
        assertEquals(0, dom.exitCode(), dom.err());
        String text = visibleText(dom.out());
        assertTrue(text.contains("Анализ готовности") && text.contains("7 декабря 2026 г."), text);
        assertTrue(dom.out().contains("<html lang=\"ru\">"), "the page says its language");
        assertEquals(Set.of(), foreign(text, LATIN_WORD, modelWords(kaluga, LATIN_WORD), ALLOWED_LATIN),
                "English words in the Russian HTML report");
    }

    @Test
    void theRussianPdfReportReadByPopplerHasNoEnglishWord() throws Exception {
        Cluster kaluga = ReportFixtures.load(ReportFixtures.KALUGA);
        Path pdf = write(kaluga, ReportFormat.PDF, Language.RU);
        ProcessResult text = ReportFixtures.run(dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Замечания проверки"), text.out());
        assertEquals(Set.of(), fragmentsOfNone(foreign(pdfText(text.out()), LATIN_WORD, modelWords(kaluga, LATIN_WORD),
                ALLOWED_LATIN), modelWords(kaluga, LATIN_WORD)), "English words in the Russian PDF report");
    }

    @Test
    void theEnglishReportsHaveNoCyrillicOutsideModelText() throws Exception {
        Cluster kaluga = ReportFixtures.load(ReportFixtures.KALUGA);
        Set<String> model = modelWords(kaluga, CYRILLIC_WORD);
        Path html = write(kaluga, ReportFormat.HTML, Language.EN);
        String htmlText = visibleText(Files.readString(html));
        assertTrue(htmlText.contains("Readiness analysis") && htmlText.contains("7 December 2026"), htmlText);
        // a model name shortened to fit a table cell leaves a piece of a model word
        assertEquals(Set.of(), fragmentsOfNone(foreign(htmlText, CYRILLIC_WORD, model, Set.of()), model),
                "Cyrillic in the English HTML");
        Path pdf = write(kaluga, ReportFormat.PDF, Language.EN);
        ProcessResult text = ReportFixtures.run(dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertEquals(0, text.exitCode(), text.err());
        // the PDF breaks a long model word over lines (e.g. «радиофармпрепара-» «тов»): its pieces are the model's
        assertEquals(Set.of(), fragmentsOfNone(foreign(pdfText(text.out()), CYRILLIC_WORD, model, Set.of()), model),
                "Cyrillic in the English PDF");
    }

    private Path write(Cluster cluster, ReportFormat format, Language language) throws Exception {
        return Reports.write(cluster, ReportFixtures.example(ReportFixtures.KALUGA),
                dir.resolve(language.code() + "-" + format.name()), format, DATE, SticValidator.builtIn(), language)
                .file();
    }

    /**
     * The PDF's text as words: ligatures ("ﬁ") decomposed; the PDF breaks a long word over lines, so a piece of a
     * model word is the model's too ({@link #fragmentsOfNone}).
     */
    private static String pdfText(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    }

    /** The offenders that are not a piece of a model word (or address) broken over two lines. */
    private static Set<String> fragmentsOfNone(Set<String> offenders, Set<String> modelWords) {
        Set<String> left = new TreeSet<>();
        for (String w : offenders) {
            String piece = w.endsWith("-") ? w.substring(0, w.length() - 1) : w;
            // pdftotext joins a word broken after a hyphen of its own ("kaluzhskoy-" "oblasti") without that hyphen
            String joined = piece.replace("-", "");
            if (modelWords.stream().noneMatch(m -> m.contains(piece) || m.replace("-", "").contains(joined))) {
                left.add(w);
            }
        }
        return left;
    }

    /** The words of the text that are neither the model's own words nor allowed, sorted, with one context each. */
    private static Set<String> foreign(String text, Pattern word, Set<String> modelWords, Set<String> allowed) {
        Set<String> offenders = new TreeSet<>();
        Matcher m = word.matcher(IDS.matcher(text).replaceAll(" "));
        while (m.find()) {
            String w = m.group();
            if (!modelWords.contains(w) && !allowed.contains(w)) {
                offenders.add(w);
            }
        }
        return offenders;
    }

    /** Every word of every text attribute of the model (names, descriptions, criteria ...), and the model's file name. */
    private static Set<String> modelWords(Cluster cluster, Pattern word) {
        Set<String> words = new TreeSet<>();
        List<EObject> all = new ArrayList<>(List.of(cluster));
        for (Iterator<EObject> it = cluster.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        for (EObject e : all) {
            for (EAttribute a : e.eClass().getEAllAttributes()) {
                Object value = e.eGet(a);
                if (value instanceof String s) {
                    Matcher m = word.matcher(s);
                    while (m.find()) {
                        words.add(m.group());
                        words.addAll(List.of(m.group().split("-")));
                    }
                }
            }
        }
        Matcher file = word.matcher(ReportFixtures.KALUGA);
        while (file.find()) {
            words.add(file.group());
        }
        return words;
    }

    /** The text a reader sees: without style sheets and tags, entities resolved. */
    private static String visibleText(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<head.*?</head>", " ")
                .replaceAll("<[^>]+>", " ");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
