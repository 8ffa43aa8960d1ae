package org.stic.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.stic.model.edit.Language;
import org.stic.Cluster;
import org.stic.extensions.SticProject;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.TextFileException;
import org.stic.report.ReportFormat;
import org.stic.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stic report FILE -o DIR [--format html|pdf]}: the cluster programme's report of one model. */
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

    @Override
    public Integer call() {
        Language language = Cli.language(spec);
        Cluster cluster;
        SticProject modelProject = project.projectFor(file, spec.commandLine().getErr(), "stic report");
        try {
            cluster = (Cluster) modelProject.load(file).getContents().get(0);
        } catch (ModelLoadException e) {
            spec.commandLine().getErr().println("stic report: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        try {
            Reports.Written written = Reports.write(cluster, file, output, format, LocalDate.now(),
                    modelProject.validator(), language);
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
