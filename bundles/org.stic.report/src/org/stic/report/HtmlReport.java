package org.stic.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stic.diagram.DiagramExporter;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.render.DiagramFonts;
import org.stic.diagram.render.ScenePainter;
import org.stic.diagram.render.SvgSurface;
import org.stic.diagram.scene.Bounds;
import org.stic.report.Report.Diagram;
import org.stic.model.io.AtomicFiles;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The report as one self-contained HTML file: the FreeMarker template {@code templates/report.ftlh} (the .ftlh
 * extension turns on HTML auto-escaping, so every model string is shown as text), the diagrams inline as SVG, the
 * styles (screen and print) inline. No script and no external resource.
 */
public final class HtmlReport {

    public static final String FILE_NAME = ReportFormat.HTML.fileName();

    private static final class Templates {
        static final Configuration CONFIGURATION = configuration();
    }

    private HtmlReport() {
    }

    /** The FreeMarker configuration of this bundle's templates ({@code /templates}): the report's and the metamodel reference's. */
    static Configuration templates() {
        return Templates.CONFIGURATION;
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(HtmlReport.class, "/templates"));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        return c;
    }

    /** Writes {@code DIR/index.html} atomically ({@link AtomicFiles}) and returns its path. */
    public static Path write(Report report, Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(report, w);
            w.flush();
        });
        return file;
    }

    public static void write(Report report, Writer out) throws IOException {
        List<String> svgs = new ArrayList<>();
        List<List<Map<String, String>>> printed = new ArrayList<>();
        for (Diagram d : report.diagrams()) {
            String svg = d.scene() == null ? "" : inlineSvg(d);
            svgs.add(svg);
            printed.add(d.scene() == null ? List.of() : printedParts(report, d, svg));
        }
        Map<String, String> charts = new HashMap<>();
        for (Report.Section section : report.sections()) {
            for (Report.Chart chart : section.charts()) {
                charts.put(chart.anchor(), ChartPainter.svg(chart));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("svgs", svgs);
        model.put("printed", printed);
        model.put("charts", charts);
        try {
            Templates.CONFIGURATION.getTemplate("report.ftlh").process(model, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("report template failed: " + e.getMessage(), e);
        }
    }

    /**
     * The pages the print style gives a diagram ({@link DiagramPages}, as the PDF has them): each a copy of the SVG
     * whose view box is that page's piece of the diagram, sized in points at the plan's scale, with ids of its own,
     * on a named page of its paper and orientation; a caption says which part (and, first, why) where there are
     * several or the paper is A3.
     */
    private static List<Map<String, String>> printedParts(Report report, Diagram d, String svg) throws IOException {
        DiagramPages plan = d.pages();
        String whole = content(svg);
        List<Map<String, String>> parts = new ArrayList<>();
        int number = 0;
        for (DiagramPages.Part part : plan.parts()) {
            number++;
            Bounds v = part.viewport();
            double w = Math.min(v.width(), d.scene().width() - v.x());
            double h = Math.min(v.height(), d.scene().height() - v.y());
            String prefix = "p" + number + "-";
            String root = String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" viewBox=\"%.2f %.2f %.2f %.2f\" "
                    + "style=\"width:%.2fpt;height:%.2fpt\" font-family=\"'%s', sans-serif\">", v.x(), v.y(), w, h,
                    w * plan.scale(), h * plan.scale(), DiagramFonts.FAMILY);
            String caption = switch (plan.kind()) {
                case A4 -> "";
                case A3 -> d.note();
                case PARTS -> report.text("part", d.title(), number, plan.parts().size(), part.row() + 1,
                        part.column() + 1) + (number == 1 ? " \u2014 " + d.note() : "");
            };
            // a page of several holds only what touches its piece, not the whole diagram again under a view box
            String content = plan.parts().size() == 1 ? withIdPrefix(whole, prefix) : piece(d, v, prefix);
            parts.add(Map.of("page", (part.a3() ? "a3-" : "a4-") + (part.landscape() ? "landscape" : "portrait"),
                    "caption", caption, "svg", root + content));
        }
        return parts;
    }

    /** What an SVG document holds inside its root element (and its closing tag). */
    private static String content(String svg) {
        return svg.substring(svg.indexOf('>', svg.indexOf("<svg")) + 1);
    }

    /**
     * The SVG content of the piece of a diagram that a viewport shows: the scene painted with the viewport as its
     * clip, so that only what touches it is drawn (Kaluga's both-contours view prints as 16 pieces; each copy of the
     * whole diagram made the HTML report and its writing some sixteen times longer), its ids prefixed by the page's
     * prefix before the diagram's anchor, as the whole diagram's copy on a page of its own has them.
     */
    private static String piece(Diagram d, Bounds viewport, String pagePrefix) throws IOException {
        StringWriter w = new StringWriter(1 << 16);
        ScenePainter.paint(d.scene(), new SvgSurface(w, 1), viewport);
        return withIdPrefix(content(w.toString()), pagePrefix + d.anchor() + "-");
    }

    /**
     * The diagram's SVG ready to sit inside HTML: without its XML declaration, and with its ids prefixed by the
     * diagram's anchor, because ids are global to the HTML document and every diagram uses the same icon ids. The
     * engine escapes '"' in all text, so {@code id="} and {@code href="#} occur only as markup.
     */
    static String inlineSvg(Diagram diagram) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DiagramExporter.export(diagram.scene(), ExportFormat.SVG, ExportOptions.defaults(), bytes);
        String svg = bytes.toString(StandardCharsets.UTF_8);
        if (svg.startsWith("<?xml")) {
            svg = svg.substring(svg.indexOf("?>") + 2).stripLeading();
        }
        return withIdPrefix(svg, diagram.anchor() + "-");
    }

    /** Ids and the references to them prefixed, so that they stay unique in the HTML document. */
    private static String withIdPrefix(String svg, String prefix) {
        return svg.replace(" id=\"", " id=\"" + prefix).replace("href=\"#", "href=\"#" + prefix);
    }
}
