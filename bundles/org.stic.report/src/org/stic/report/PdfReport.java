package org.stic.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.util.Matrix;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.render.DiagramFonts;
import org.stic.model.io.AtomicFiles;
import org.stic.report.Report.Diagram;
import org.stic.report.Report.Fact;
import org.stic.report.Report.Row;
import org.stic.report.Report.Section;
import org.stic.report.Report.Table;

/**
 * The report as PDF, laid out from the same {@link Report} as the HTML: A4 pages with the title page, the
 * diagrams (each drawn by the diagram engine's own PDF back end and placed as a vector form, so diagrams look the
 * same as in {@code stic render --format pdf}) and the tables, which break across pages and repeat their header.
 * Text uses the diagrams' DejaVu Sans, embedded as a subset, so Cyrillic shows in every reader; the outline
 * (bookmarks) stands in for the HTML's table of contents.
 */
public final class PdfReport {

    private static final float MARGIN = 40;
    private static final float CELL_PAD = 3;
    private static final float TABLE_SIZE = 7.5f;
    private static final float TEXT_SIZE = 10;
    private static final float NOTE_SIZE = 9;
    private static final int INK = 0x1d232b;
    private static final int MUTED = 0x5b6470;
    private static final int RULE = 0xc9ced6;
    private static final int BAND = 0xf3f5f8;
    private static final int ACCENT = 0x2b5d8a;

    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final List<PDDocument> diagramDocs = new ArrayList<>();
    /** Widths of texts at size 1000, per font: tables repeat the same words and names many times. */
    private final Map<PDType0Font, Map<String, Float>> widths = new IdentityHashMap<>();
    private PDPage page;
    /** What an empty table says, in the report's language. */
    private String empty;
    private PDPageContentStream cs;
    /** The next line's top, measured from the page's bottom edge as PDF does. */
    private float y;

    private PdfReport(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = PDType0Font.load(doc, DiagramFonts.file(false).toFile());
        this.bold = PDType0Font.load(doc, DiagramFonts.file(true).toFile());
    }

    /** Writes {@code DIR/report.pdf} atomically ({@link AtomicFiles}) and returns its path. */
    public static Path write(Report report, Path dir) throws IOException {
        Path file = dir.resolve(ReportFormat.PDF.fileName());
        AtomicFiles.write(file, out -> {
            try (PDDocument doc = new PDDocument()) {
                PdfReport writer = new PdfReport(doc);
                try {
                    writer.render(report);
                    doc.save(out);
                } finally {
                    writer.closeDiagrams();
                }
            }
        });
        return file;
    }

    private void render(Report report) throws IOException {
        empty = report.text("empty");
        doc.getDocumentInformation().setTitle(report.title().cluster());
        doc.getDocumentInformation().setCreator(report.generator());
        doc.getDocumentCatalog().setDocumentOutline(outline);
        titlePage(report);
        PDOutlineItem diagrams = null;
        for (Diagram d : report.diagrams()) {
            PDPage first = diagram(d, report);
            if (diagrams == null) {
                diagrams = bookmark(outline, report.text("diagrams"), first);
            }
            bookmark(diagrams, d.title(), first);
        }
        for (Section s : report.sections()) {
            newPage(false);
            PDOutlineItem item = bookmark(outline, s.title());
            heading(s.title(), 16);
            if (!s.intro().isEmpty()) {
                paragraph(s.intro(), NOTE_SIZE, MUTED);
            }
            for (Report.Chart c : s.charts()) {
                chart(c, item);
            }
            for (Table t : s.tables()) {
                table(t, item);
            }
        }
        finishPage();
    }

    private void titlePage(Report report) throws IOException {
        newPage(false);
        bookmark(outline, report.title().cluster());
        y -= 120;
        paragraph(report.text("kind").toUpperCase(Locale.forLanguageTag(report.language())), 9, ACCENT);
        y -= 6;
        lines(report.title().cluster(), bold, 24, width(), INK);
        y -= 18;
        for (Fact f : report.title().facts()) {
            labelled(f);
        }
        y -= 18;
        for (Fact f : report.title().figures()) {
            labelled(f);
        }
        y = MARGIN + 14;
        paragraph(report.text("generatedBy"), 8, MUTED);
    }

    /** A label and its value side by side, each wrapped in its column (a long Russian label takes two lines). */
    private void labelled(Fact f) throws IOException {
        float labelWidth = 130;
        float top = y;
        for (String line : wrap(f.label(), regular, TEXT_SIZE, labelWidth - 8)) {
            text(line, regular, TEXT_SIZE, MARGIN, y, MUTED);
            y -= leading(TEXT_SIZE);
        }
        float belowLabel = y;
        y = top;
        List<String> value = wrap(f.value(), regular, TEXT_SIZE, width() - labelWidth);
        for (String line : value) {
            text(line, regular, TEXT_SIZE, MARGIN + labelWidth, y, INK);
            y -= leading(TEXT_SIZE);
        }
        y = Math.min(y, belowLabel) - 3;
    }

    /**
     * A diagram on the pages its plan ({@link DiagramPages}) gives it: one A4 page, turned to the diagram's shape,
     * when its text stays legible there; else one A3 page; else parts of A4 landscape pages, each clipped to its piece
     * of the diagram with the overlap with its neighbours marked by dashed lines. Returns the first page.
     */
    private PDPage diagram(Diagram d, Report report) throws IOException {
        if (d.scene() == null) {
            newPage(false);
            heading(d.title(), 14);
            paragraph(d.note(), TEXT_SIZE, MUTED);
            return page;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DiagramExporter.export(d.scene(), ExportFormat.PDF, ExportOptions.defaults(), bytes);
        PDDocument source = Loader.loadPDF(bytes.toByteArray());
        diagramDocs.add(source);
        PDFormXObject form = new LayerUtility(doc).importPageAsForm(source, 0);
        PDRectangle box = source.getPage(0).getMediaBox();
        DiagramPages plan = d.pages();
        // the exported page may itself be scaled (PDF's side limit): work in diagram units, then convert
        double formUnit = box.getWidth() / d.scene().width();
        float margin = (float) DiagramPages.MARGIN_POINTS;
        PDPage first = null;
        int number = 0;
        for (DiagramPages.Part part : plan.parts()) {
            number++;
            finishPage();
            page = new PDPage(new PDRectangle((float) part.pageWidth(), (float) part.pageHeight()));
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            first = first == null ? page : first;
            float top = page.getMediaBox().getHeight() - margin;
            if (plan.kind() != DiagramPages.Kind.A4) {
                String caption = plan.kind() == DiagramPages.Kind.A3 ? d.note()
                        : report.text("part", d.title(), number, plan.parts().size(), part.row() + 1, part.column() + 1)
                                + (number == 1 ? " \u2014 " + d.note() : "");
                text(fitted(caption, NOTE_SIZE, page.getMediaBox().getWidth() - 2 * margin), regular, NOTE_SIZE,
                        margin, top - NOTE_SIZE, MUTED);
                top -= (float) DiagramPages.CAPTION_POINTS;
            }
            var v = part.viewport();
            float s = (float) plan.scale();
            float clipW = (float) (Math.min(v.width(), d.scene().width() - v.x()) * s);
            float clipH = (float) (Math.min(v.height(), d.scene().height() - v.y()) * s);
            cs.saveGraphicsState();
            cs.addRect(margin, top - clipH, clipW, clipH);
            cs.clip();
            // diagram point (x, y) -> page (margin + (x - vx) s, top - (y - vy) s); the form's y runs upwards
            cs.transform(Matrix.getTranslateInstance((float) (margin - v.x() * s),
                    (float) (top - (d.scene().height() - v.y()) * s)));
            cs.transform(Matrix.getScaleInstance((float) (s / formUnit), (float) (s / formUnit)));
            cs.drawForm(form);
            cs.restoreGraphicsState();
            if (plan.kind() == DiagramPages.Kind.PARTS) {
                overlapMarks(plan, part, margin, top, clipW, clipH);
            }
        }
        return first;
    }

    /** Dashed lines where the neighbouring parts begin, so that the pages can be laid edge to edge. */
    private void overlapMarks(DiagramPages plan, DiagramPages.Part part, float left, float top, float w, float h)
            throws IOException {
        float o = (float) DiagramPages.OVERLAP_POINTS;
        color(MUTED, true);
        cs.setLineWidth(0.6f);
        cs.setLineDashPattern(new float[] { 3, 3 }, 0);
        if (part.column() > 0) {
            cs.moveTo(left + o, top);
            cs.lineTo(left + o, top - h);
        }
        if (part.column() < plan.columns() - 1) {
            cs.moveTo(left + w - o, top);
            cs.lineTo(left + w - o, top - h);
        }
        if (part.row() > 0) {
            cs.moveTo(left, top - o);
            cs.lineTo(left + w, top - o);
        }
        if (part.row() < plan.rows() - 1) {
            cs.moveTo(left, top - h + o);
            cs.lineTo(left + w, top - h + o);
        }
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
    }

    /** The text cut with an ellipsis to fit {@code width} at {@code size}. */
    private String fitted(String text, float size, float width) throws IOException {
        String clean = DiagramFonts.displayable(text);
        if (regular.getStringWidth(clean) / 1000 * size <= width) {
            return clean;
        }
        int end = clean.length();
        while (end > 0 && regular.getStringWidth(clean.substring(0, end) + "\u2026") / 1000 * size > width) {
            end--;
        }
        return clean.substring(0, end) + "\u2026";
    }

    /** A chart drawn by {@link ChartPainter}'s PDF back end, placed as a vector form at its natural size or smaller. */
    private void chart(Report.Chart c, PDOutlineItem parent) throws IOException {
        PDDocument source = Loader.loadPDF(ChartPainter.pdf(c));
        diagramDocs.add(source);
        PDFormXObject form = new LayerUtility(doc).importPageAsForm(source, 0);
        PDRectangle box = source.getPage(0).getMediaBox();
        float scale = Math.min(1, width() / box.getWidth());
        ensure(leading(12) + box.getHeight() * scale + 8);
        bookmark(parent, c.title());
        y -= 6;
        lines(c.title(), bold, 11, width(), INK);
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(MARGIN, y - box.getHeight() * scale));
        cs.transform(Matrix.getScaleInstance(scale, scale));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        y -= box.getHeight() * scale + 8;
    }

    private void table(Table t, PDOutlineItem parent) throws IOException {
        ensure(leading(12) + leading(TABLE_SIZE) * 3 + 4 * CELL_PAD);
        bookmark(parent, t.title());
        y -= 6;
        lines(t.title(), bold, 11, width(), INK);
        if (!t.note().isEmpty()) {
            paragraph(t.note(), NOTE_SIZE, MUTED);
        }
        y -= 2;
        float[] widths = columnWidths(t);
        Cells header = cells(t.columns(), widths, bold);
        drawRow(header, widths, bold, BAND, "");
        if (t.rows().isEmpty()) {
            float[] whole = {width()};
            drawRow(cells(List.of(empty), whole, regular), whole, regular, -1, "");
        }
        for (Row row : t.rows()) {
            Cells cells = cells(row.cells(), widths, regular);
            if (y - cells.height() < MARGIN) {
                newPage(false);
                drawRow(header, widths, bold, BAND, "");
            }
            drawRow(cells, widths, regular, -1, row.kind());
        }
        y -= 8;
    }

    /** A row's cells wrapped to their columns, and the row's height (at most a page). */
    private record Cells(List<List<String>> lines, float height) {
    }

    private Cells cells(List<String> texts, float[] widths, PDType0Font font) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < texts.size() && c < widths.length; c++) {
            List<String> wrapped = wrap(texts.get(c), font, TABLE_SIZE, widths[c] - 2 * CELL_PAD);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = Math.min(most * leading(TABLE_SIZE), pageHeight() - 2 * MARGIN - 40) + 2 * CELL_PAD;
        return new Cells(lines, height);
    }

    /**
     * Columns share the width in proportion to their longest text (capped, so that one long description does not
     * starve the others), each at least as wide as its longest word so that words are not cut.
     */
    private float[] columnWidths(Table t) throws IOException {
        int n = t.columns().size();
        float[] want = new float[n];
        float[] min = new float[n];
        for (int c = 0; c < n; c++) {
            want[c] = stringWidth(t.columns().get(c), bold, TABLE_SIZE);
            min[c] = longestWord(t.columns().get(c), bold);
            for (Row row : t.rows()) {
                if (c < row.cells().size()) {
                    String cell = row.cells().get(c);
                    want[c] = Math.max(want[c], Math.min(stringWidth(cell, regular, TABLE_SIZE), 260));
                    min[c] = Math.max(min[c], Math.min(longestWord(cell, regular), 110));
                }
            }
        }
        float sumWant = 0;
        float sumMin = 0;
        for (int c = 0; c < n; c++) {
            min[c] += 2 * CELL_PAD;
            want[c] = Math.max(want[c] + 2 * CELL_PAD, min[c]);
            sumWant += want[c];
            sumMin += min[c];
        }
        // share out what is left above the minimums in proportion to what each column would like beyond them
        float spare = width() - sumMin;
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            widths[c] = spare >= 0 && sumWant > sumMin
                    ? min[c] + spare * (want[c] - min[c]) / (sumWant - sumMin)
                    : width() * want[c] / sumWant;
        }
        return widths;
    }

    private float longestWord(String text, PDType0Font font) throws IOException {
        float max = 0;
        for (String word : text.split(" ")) {
            max = Math.max(max, stringWidth(word, font, TABLE_SIZE));
        }
        return max;
    }

    private void drawRow(Cells cells, float[] widths, PDType0Font font, int fill, String kind) throws IOException {
        float height = cells.height();
        float x = MARGIN;
        if (fill >= 0) {
            color(fill, false);
            cs.addRect(MARGIN, y - height, width(), height);
            cs.fill();
        }
        int marker = markerColor(kind);
        if (marker >= 0) {
            color(marker, false);
            cs.addRect(MARGIN, y - height, 3, height);
            cs.fill();
        }
        color(RULE, true);
        cs.setLineWidth(0.5f);
        for (int c = 0; c < widths.length; c++) {
            cs.addRect(x, y - height, widths[c], height);
            cs.stroke();
            if (c < cells.lines().size()) {
                float lineY = y - CELL_PAD;
                for (String line : cells.lines().get(c)) {
                    if (lineY - leading(TABLE_SIZE) < y - height) {
                        break;
                    }
                    text(line, font, TABLE_SIZE, x + CELL_PAD, lineY, INK);
                    lineY -= leading(TABLE_SIZE);
                }
            }
            x += widths[c];
        }
        y -= height;
    }

    private static int markerColor(String kind) {
        return switch (kind) {
            case "error", "not-ready", "over-loaded", "lost", "deficit" -> 0xb3261e;
            case "warning", "assumed" -> 0x9a6700;
            case "info" -> 0x3b6ea5;
            case "ready", "gained" -> 0x2e7d32;
            default -> -1;
        };
    }

    private void heading(String title, float size) throws IOException {
        lines(title, bold, size, width(), INK);
        color(ACCENT, true);
        cs.setLineWidth(1.5f);
        cs.moveTo(MARGIN, y + 2);
        cs.lineTo(MARGIN + width(), y + 2);
        cs.stroke();
        y -= 10;
    }

    private void paragraph(String text, float size, int rgb) throws IOException {
        lines(text, regular, size, width(), rgb);
        y -= 3;
    }

    private void lines(String text, PDType0Font font, float size, float maxWidth, int rgb) throws IOException {
        for (String line : wrap(text, font, size, maxWidth)) {
            ensure(leading(size));
            text(line, font, size, MARGIN, y, rgb);
            y -= leading(size);
        }
    }

    /** Draws one line whose box starts at {@code top}. */
    private void text(String line, PDType0Font font, float size, float x, float top, int rgb) throws IOException {
        color(rgb, false);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, top - size * 0.93f - (leading(size) - size * 1.164f) / 2);
        cs.showText(line);
        cs.endText();
    }

    /** Greedy word wrap, measuring each word once; a word longer than the line is cut where it must be. */
    private List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
        String clean = DiagramFonts.displayable(text);
        float space = stringWidth(" ", font, size);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : clean.split(" ")) {
            float w = stringWidth(word, font, size);
            if (line.isEmpty() ? w <= maxWidth : lineWidth + space + w <= maxWidth) {
                lineWidth += line.isEmpty() ? w : space + w;
                line.append(line.isEmpty() ? "" : " ").append(word);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (w > maxWidth && rest.length() > 1) {
                int cut = Math.max(1, (int) (rest.length() * maxWidth / w));
                while (cut > 1 && stringWidth(rest.substring(0, cut), font, size) > maxWidth) {
                    cut--;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                w = stringWidth(rest, font, size);
            }
            line.append(rest);
            lineWidth = w;
        }
        if (!line.isEmpty() || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private float stringWidth(String text, PDType0Font font, float size) throws IOException {
        Map<String, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        Float w = known.get(text);
        if (w == null) {
            w = font.getStringWidth(DiagramFonts.displayable(text));
            known.put(text, w);
        }
        return w / 1000 * size;
    }

    private static float leading(float size) {
        return (float) Math.ceil(size * 1.3);
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage(false);
        }
    }

    private void newPage(boolean landscape) throws IOException {
        finishPage();
        PDRectangle a4 = PDRectangle.A4;
        page = new PDPage(landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void finishPage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    private PDOutlineItem bookmark(PDOutlineNode parent, String title) {
        return bookmark(parent, title, page);
    }

    private PDOutlineItem bookmark(PDOutlineNode parent, String title, PDPage target) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(target);
        item.setDestination(dest);
        parent.addLast(item);
        return item;
    }

    private void color(int rgb, boolean stroking) throws IOException {
        float r = ((rgb >> 16) & 0xff) / 255f;
        float g = ((rgb >> 8) & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        if (stroking) {
            cs.setStrokingColor(r, g, b);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }

    private float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    private float pageHeight() {
        return page.getMediaBox().getHeight();
    }

    private void closeDiagrams() throws IOException {
        for (PDDocument d : diagramDocs) {
            d.close();
        }
    }
}
