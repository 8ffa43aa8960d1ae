package org.stic.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

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
        versionProvider = VersionProvider.class,
        description = {"Writes the report of a model: title page, diagrams of both contours and the network,"
                + " catalogues of each contour, the readiness analysis and the validation findings by rule.",
                "HTML (default): one self-contained DIR/index.html with a print style sheet."
                        + " PDF: DIR/report.pdf from the same content.",
                "Prints the path of the file written. Exit 0 when written (whatever the findings),"
                        + " 1 when it could not be written, 2 on a load error or misuse."})
public class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "FILE", description = "The model (.stic), relative to the working directory.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Folder the report is written to; created when missing.")
    Path output;

    @Option(names = "--format", paramLabel = "html|pdf", defaultValue = "html",
            description = "Report format: html (default) or pdf.")
    ReportFormat format;

    @Override
    public Integer call() {
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
                    modelProject.validator());
            written.warnings().forEach(w -> spec.commandLine().getErr().println("stic report: warning: " + w));
            spec.commandLine().getOut().println(output.resolve(written.file().getFileName()));
            return Cli.EXIT_OK;
        } catch (TextFileException e) {
            // a side file (rule settings) at fault, not the output folder
            spec.commandLine().getErr().println("stic report: " + e.getMessage());
            return Cli.EXIT_FAILURE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("stic report: cannot write " + output + ": " + Cli.reason(e));
            return Cli.EXIT_FAILURE;
        }
    }
}
