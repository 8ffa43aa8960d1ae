package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.diagram.render.DiagramFonts;
import org.stic.examples.Examples;
import org.stic.model.edit.Language;
import org.stic.tests.support.ExternalTools;
import org.stic.validation.SticValidator;

/**
 * The reports' diagrams as a reader sees them on paper: the height of every word on every page, from poppler's
 * {@code pdftotext -bbox}, of the PDF report and of the HTML report printed by Chromium ({@code --print-to-pdf}),
 * for every bundled example. No text under 6 pt; the Kaluga canvas on one A4 landscape page at 7 pt or more.
 * (PDFBox's own font size would leave out the page transform that scales the diagrams.)
 */
class PrintedDiagramTextTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);
    private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">(.*?)</page>",
            Pattern.DOTALL);
    private static final Pattern PART = Pattern.compile(": part (\\d+) of (\\d+) \\(row");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");

    @TempDir
    static Path dir;

    /** Height pdftotext gives a word of DejaVu Sans per point of font size, measured on a PDF made here. */
    private static double heightPerPoint;

    record Word(String text, double height) {
    }

    record Page(double width, double height, List<Word> words) {
        double smallest() {
            return words.stream().mapToDouble(Word::height).min().orElse(Double.MAX_VALUE) / heightPerPoint;
        }

        /**
         * The smallest text but the finding badges' marks ("!", "i"): symbols in a coloured shape, set a little
         * smaller than the labels (and kept at 6 pt or more like all text).
         */
        double smallestOutsideBadges() {
            return words.stream().filter(w -> !w.text().equals("!") && !w.text().equals("i")).mapToDouble(Word::height)
                    .min().orElse(Double.MAX_VALUE) / heightPerPoint;
        }

        boolean has(String text) {
            return String.join(" ", words.stream().map(Word::text).toList()).contains(text);
        }
    }

    @BeforeAll
    static void calibrate() throws Exception {
        Path pdf = dir.resolve("calibration.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, DiagramFonts.file(false).toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(50, 500);
                cs.showText("Calibration \u041a\u0430\u043b\u0438\u0431\u0440\u043e\u0432\u043a\u0430");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        List<Page> pages = read(pdf);
        heightPerPoint = pages.get(0).words().get(0).height() / 10;
        assertTrue(heightPerPoint > 0.9 && heightPerPoint < 1.5, "calibration " + heightPerPoint);
    }

    @Test
    void pdfReportsPrintNoTextUnderSixPoints() throws Exception {
        for (String name : Examples.names()) {
            Path pdf = Reports.write(ReportFixtures.load(name), Examples.path(name), dir.resolve("pdf-" + name),
                    ReportFormat.PDF, DATE, SticValidator.builtIn(), Language.EN).file();
            check(name + " (PDF)", read(pdf));
            if (name.equals(Examples.KALUGA_PHARMA)) {
                keepPages(pdf, "report-pdf-" + name);
            }
        }
    }

    @Test
    void htmlReportsPrintedByChromiumPrintNoTextUnderSixPoints() throws Exception {
        for (String name : Examples.names()) {
            Path html = Reports.write(ReportFixtures.load(name), Examples.path(name), dir.resolve("html-" + name),
                    ReportFormat.HTML, DATE, SticValidator.builtIn(), Language.EN).file();
            Path pdf = dir.resolve("printed-" + name + ".pdf");
            ExternalTools.run(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, html.toUri().toString()));
            check(name + " (HTML printed by Chromium)", read(pdf));
            if (name.equals(Examples.KALUGA_PHARMA)) {
                keepPages(pdf, "printed-html-" + name);
            }
        }
    }

    private static void check(String what, List<Page> pages) {
        boolean canvasSeen = false;
        int previousPart = 0;
        int previousPage = -1;
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            // the parts of a diagram follow one another page by page: a part that did not fit under its caption
            // would have been pushed onto a page of its own between them
            Matcher part = PART.matcher(String.join(" ", p.words().stream().map(Word::text).toList()));
            if (part.find()) {
                int k = Integer.parseInt(part.group(1));
                if (k > 1) {
                    assertEquals(previousPart + 1, k, what + ", page " + (i + 1));
                    assertEquals(previousPage + 1, i, what + ", page " + (i + 1) + ": part " + k + " right after part "
                            + previousPart);
                }
                previousPart = k;
                previousPage = i;
            }
            assertTrue(p.smallest() >= 5.95, what + ", page " + (i + 1) + ": text of " + p.smallest() + " pt");
            if (p.has("\u2014 Business model canvas")) { // the diagram's own title, not the contents
                canvasSeen = true;
                if (what.startsWith(Examples.KALUGA_PHARMA)) {
                    // one A4 landscape page, no text under 7 pt (the badges' marks: 6 pt or more, checked above)
                    assertEquals(842, p.width(), 1, what + ": canvas page width");
                    assertEquals(595, p.height(), 1, what + ": canvas page height");
                    assertTrue(p.smallestOutsideBadges() >= 6.95, what + ": canvas text of " + p.smallestOutsideBadges()
                            + " pt");
                    assertTrue(p.has("1. ") && p.has("Revenue Stream"), "the whole canvas is on it");
                }
            }
        }
        assertTrue(canvasSeen, what + ": the canvas is printed");
    }

    /** The printed pages as pictures, kept for a person to look at: target/screenshots/NAME-N.png. */
    private static void keepPages(Path pdf, String name) throws Exception {
        Path kept = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(kept);
        ExternalTools.run(List.of("pdftoppm", "-png", "-r", "60", "-l", "12", pdf.toString(),
                kept.resolve(name).toString()));
    }

    private static List<Page> read(Path pdf) throws Exception {
        Path out = pdf.resolveSibling(pdf.getFileName() + ".bbox.html");
        ExternalTools.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), out.toString()));
        String html = Files.readString(out);
        List<Page> pages = new ArrayList<>();
        Matcher pm = PAGE.matcher(html);
        while (pm.find()) {
            List<Word> words = new ArrayList<>();
            Matcher wm = WORD.matcher(pm.group(3));
            while (wm.find()) {
                words.add(new Word(wm.group(5), Double.parseDouble(wm.group(4)) - Double.parseDouble(wm.group(2))));
            }
            pages.add(new Page(Double.parseDouble(pm.group(1)), Double.parseDouble(pm.group(2)), words));
        }
        assertTrue(!pages.isEmpty(), "pdftotext read pages from " + pdf);
        return pages;
    }
}
