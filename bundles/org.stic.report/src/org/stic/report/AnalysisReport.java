package org.stic.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.stic.analysis.AnalysisResult;
import org.stic.model.edit.Language;
import org.stic.report.Report.Fact;
import org.stic.report.Report.TitlePage;

/** The page of {@code stic analyze --format html}: the analysis sections of the report, without diagrams. */
public final class AnalysisReport {

    private AnalysisReport() {
    }

    /** The report model of one analysis and its scenarios, in {@code language}. */
    public static Report of(AnalysisResult r, String sourceName, List<AnalysisResult> scenarios, Language language) {
        TitlePage title = new TitlePage(AnalysisSections.name(r.cluster()), List.of(
                new Fact(Messages.get(language, "analysis.fact.model"), sourceName),
                new Fact(Messages.get(language, "analysis.fact.year"), Integer.toString(r.options().year()))),
                List.of(new Fact(Messages.get(language, "analysis.fact.ready"), Messages.get(language,
                        "analysis.fact.readyValue", r.total().ready(), r.total().needs(), r.total().readyPercent())),
                        new Fact(Messages.get(language, "analysis.fact.overLoaded"),
                                Integer.toString(r.overLoaded().size())),
                        new Fact(Messages.get(language, "analysis.fact.findings"),
                                Integer.toString(r.findings(language).size()))));
        return new Report(title, List.of(), new AnalysisSections(language).all(r, scenarios),
                ReportBuilder.generator(), language.code(), ReportBuilder.chrome(language));
    }

    /** The page as one self-contained HTML document. */
    public static String html(AnalysisResult r, String sourceName, List<AnalysisResult> scenarios,
            Language language) {
        StringWriter out = new StringWriter();
        try {
            HtmlReport.write(of(r, sourceName, scenarios, language), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
