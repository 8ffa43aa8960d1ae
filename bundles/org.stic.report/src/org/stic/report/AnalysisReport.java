package org.stic.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.stic.analysis.AnalysisResult;
import org.stic.report.Report.Fact;
import org.stic.report.Report.TitlePage;

/** The page of {@code stic analyze --format html}: the analysis sections of the report, without diagrams. */
public final class AnalysisReport {

    private AnalysisReport() {
    }

    /** The report model of one analysis and its scenarios. */
    public static Report of(AnalysisResult r, String sourceName, List<AnalysisResult> scenarios) {
        TitlePage title = new TitlePage(AnalysisSections.name(r.cluster()), List.of(
                new Fact(AnalysisTexts.Fact_model, sourceName),
                new Fact(AnalysisTexts.Fact_year, Integer.toString(r.options().year()))), List.of(
                new Fact(AnalysisTexts.Fact_ready, NLS.bind(AnalysisTexts.Fact_readyValue, new Object[] {
                        r.total().ready(), r.total().needs(), r.total().readyPercent()})),
                new Fact(AnalysisTexts.Fact_overLoaded, Integer.toString(r.overLoaded().size())),
                new Fact(AnalysisTexts.Fact_findings, Integer.toString(r.findings().size()))));
        return new Report(title, List.of(), AnalysisSections.all(r, scenarios), ReportBuilder.generator());
    }

    /** The page as one self-contained HTML document. */
    public static String html(AnalysisResult r, String sourceName, List<AnalysisResult> scenarios) {
        StringWriter out = new StringWriter();
        try {
            HtmlReport.write(of(r, sourceName, scenarios), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
