package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.report.ReportFixtures.ProcessResult;

/** The PDF report: the same content as the HTML, readable by PDFBox and by poppler, Cyrillic included. */
class PdfReportTest {

    @TempDir
    Path dir;

    @Test
    void kalugaPdfHasTitleDiagramsAndSectionsWithCyrillicText() throws Exception {
        Cluster kaluga = ReportFixtures.load(ReportFixtures.KALUGA);
        // a long unbroken word must be cut to its table cell, not stop the layout
        kaluga.getInternalContour().getKeyActions().get(0).setDescription("Ж".repeat(400));
        Path file = Reports.write(kaluga, ReportFixtures.example(ReportFixtures.KALUGA), dir.resolve("out"),
                ReportFormat.PDF, LocalDate.of(2026, 11, 27)).file();

        assertEquals(dir.resolve("out/report.pdf"), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1 + 4 + 5, "title, four diagrams, five sections");
            String title = new PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(pdf);
            assertTrue(title.replaceAll("\\s+", " ").contains(kaluga.getName()), title);
            assertTrue(title.contains("27 November 2026"), title);
            String all = new PDFTextStripper().getText(pdf);
            for (String heading : List.of("Internal contour", "External contour", "Readiness analysis",
                    "Validation findings", "Readiness by segment", "Capacity and load", "Critical elements",
                    "Economics")) {
                assertTrue(all.contains(heading), heading);
            }
            assertTrue(all.contains("Ж".repeat(10)), "the long word is printed, in pieces");
            assertEquals(List.of("Business model canvas", "Business model, both contours", "Internal contour",
                    "External contour", "Network of participants"), diagramBookmarks(pdf));
        }
        ProcessResult poppler = ReportFixtures.run(dir, List.of("pdftoppm", "-r", "20", "-png", file.toString(),
                dir.resolve("page").toString()));
        assertEquals(0, poppler.exitCode(), poppler.err());
        assertEquals("", poppler.err(), "poppler reads the PDF without complaint");
        assertTrue(Files.exists(dir.resolve("page-01.png")));
    }

    private static List<String> diagramBookmarks(PDDocument pdf) {
        var diagrams = pdf.getDocumentCatalog().getDocumentOutline().children();
        for (var item : diagrams) {
            if (item.getTitle().equals("Diagrams")) {
                List<String> titles = new java.util.ArrayList<>();
                item.children().forEach(c -> titles.add(c.getTitle()));
                return titles;
            }
        }
        return List.of();
    }
}
