package org.stic.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.stic.Cluster;
import org.stic.analysis.Scenario;
import org.stic.diagram.DiagramState;
import org.stic.analysis.FindingCatalogue;
import org.stic.model.edit.Language;
import org.stic.validation.Finding;
import org.stic.validation.RuleSettings;
import org.stic.validation.SticValidator;

/** Writes the report of a model: validates it (with the model's rule settings), builds the report, writes it. */
public final class Reports {

    /** The file written and anything the reader of the command's output should know (e.g. settings problems). */
    public record Written(Path file, List<String> warnings) {
    }

    private Reports() {
    }

    /**
     * @param modelFile the file the cluster was loaded from: names the model in the report and locates its rule
     *                  settings ({@code <file>.rules})
     * @param outDir    created when missing
     */
    public static Written write(Cluster cluster, Path modelFile, Path outDir, ReportFormat format, LocalDate date)
            throws IOException {
        return write(cluster, modelFile, outDir, format, date, SticValidator.builtIn());
    }

    /** The same with another validator, e.g. a project's with its user rules ({@code org.stic.extensions}). */
    public static Written write(Cluster cluster, Path modelFile, Path outDir, ReportFormat format, LocalDate date,
            SticValidator validator) throws IOException {
        return write(cluster, modelFile, outDir, format, date, validator, Language.current());
    }

    /** The same in {@code language}: the report's texts, the findings' messages and the diagrams. */
    public static Written write(Cluster cluster, Path modelFile, Path outDir, ReportFormat format, LocalDate date,
            SticValidator validator, Language language) throws IOException {
        return write(cluster, modelFile, outDir, format, date, validator, language, List.of());
    }

    /** The same with a comparison section per what-if scenario of the model. */
    public static Written write(Cluster cluster, Path modelFile, Path outDir, ReportFormat format, LocalDate date,
            SticValidator validator, Language language, List<Scenario> scenarios) throws IOException {
        RuleSettings settings = RuleSettings.forModel(modelFile, RuleSettings.defaults());
        // the analysis rules' ids are known too: its findings are the analysis sections'
        List<String> warnings = new ArrayList<>(settings.problems(validator.catalogue(),
                FindingCatalogue.builtIn(language).ids()));
        List<Finding> findings = validator.validate(cluster, settings, language);
        // the diagrams as the team arranged them in the diagram editor, when a diagram file lies beside the model
        DiagramState state;
        try {
            state = DiagramState.readFor(modelFile);
        } catch (IOException e) {
            warnings.add(Messages.get(language, "warning.diagramState", e.getMessage()));
            state = new DiagramState();
        }
        Report report = ReportBuilder.build(cluster, modelFile.getFileName().toString(), date, findings,
                validator.catalogue(), state, language, scenarios, settings);
        Files.createDirectories(outDir);
        Path file = switch (format) {
            case HTML -> HtmlReport.write(report, outDir);
            case PDF -> PdfReport.write(report, outDir);
        };
        return new Written(file, List.copyOf(warnings));
    }
}
