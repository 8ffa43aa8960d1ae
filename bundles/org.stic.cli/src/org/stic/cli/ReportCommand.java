package org.stic.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.stic.model.edit.Language;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;
import org.stic.analysis.Scenario;
import org.stic.extensions.SticProject;
import org.stic.model.io.TextFileException;
import org.stic.report.ReportFormat;
import org.stic.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stic report FILE -o DIR [--format html|pdf] [--scenario FILE...]}: the cluster programme's report of one
 * model, with a comparison section per what-if scenario.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "FILE", descriptionKey = "report.file")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "report.output")
    Path output;

    @Option(names = "--format", paramLabel = "html|pdf", defaultValue = "html", descriptionKey = "report.format")
    ReportFormat format;

    @Option(names = "--scenario", paramLabel = "FILE", descriptionKey = "report.scenario")
    List<Path> scenarios = new ArrayList<>();

    @Override
    public Integer call() {
        Language language = Cli.language(spec);
        ProjectOptions.Model model = project.load(file, spec.commandLine().getErr(), "stic report");
        if (model == null) {
            return Cli.EXIT_USAGE;
        }
        Resource resource = model.resource();
        Cluster cluster = model.cluster();
        SticProject modelProject = model.project();
        List<Scenario> read = AnalyzeCommand.readScenarios(scenarios, resource, file, spec.commandLine().getErr(),
                spec.qualifiedName(), language);
        if (read == null) {
            return Cli.EXIT_USAGE;
        }
        try {
            Reports.Written written = Reports.write(cluster, file, output, format, LocalDate.now(),
                    modelProject.validator(), language, read);
            written.warnings().forEach(w -> spec.commandLine().getErr().println(
                    Messages.get(language, "warning", spec.qualifiedName(), w)));
            spec.commandLine().getOut().println(output.resolve(written.file().getFileName()));
            return Cli.EXIT_OK;
        } catch (TextFileException e) {
            // a side file (rule settings) at fault, not the output folder
            spec.commandLine().getErr().println("stic report: " + e.getMessage());
            return Cli.EXIT_FAILURE;
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.get(language, "cannotWrite", spec.qualifiedName(), output,
                    Cli.reason(language, e)));
            return Cli.EXIT_FAILURE;
        }
    }
}
