package org.stic.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;
import org.stic.analysis.Scenario;
import org.stic.extensions.SticProject;
import org.stic.model.io.ModelLoadException;
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
        versionProvider = VersionProvider.class,
        description = {"Writes the report of a model: title page, diagrams of both contours and the network,"
                + " catalogues of each contour, the analysis (readiness with reasons, capacity and load, critical"
                + " elements, economics; a comparison per --scenario) and the validation findings by rule.",
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

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A what-if scenario of the model (<model>.<name>.stic-scenario, repeatable): the report"
                    + " gets a section comparing it with the model as it is.")
    List<Path> scenarios = new ArrayList<>();

    @Override
    public Integer call() {
        Cluster cluster;
        SticProject modelProject = project.projectFor(file, spec.commandLine().getErr(), "stic report");
        Resource resource;
        try {
            resource = modelProject.load(file);
            cluster = (Cluster) resource.getContents().get(0);
        } catch (ModelLoadException e) {
            spec.commandLine().getErr().println("stic report: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        List<Scenario> read = AnalyzeCommand.readScenarios(scenarios, resource, file, spec.commandLine().getErr(),
                "stic report");
        if (read == null) {
            return Cli.EXIT_USAGE;
        }
        try {
            Reports.Written written = Reports.write(cluster, file, output, format, LocalDate.now(),
                    modelProject.validator(), read);
            written.warnings().forEach(w -> spec.commandLine().getErr().println("stic report: warning: " + w));
            spec.commandLine().getOut().println(output.resolve(written.file().getFileName()));
            return Cli.EXIT_OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("stic report: cannot write " + output + ": " + Cli.reason(e));
            return Cli.EXIT_FAILURE;
        }
    }
}
