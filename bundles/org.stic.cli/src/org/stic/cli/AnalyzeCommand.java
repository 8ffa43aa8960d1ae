package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.stic.Cluster;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Scenario;
import org.stic.analysis.ScenarioFile;
import org.stic.extensions.SticProject;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.TextFileException;
import org.stic.report.AnalysisReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stic analyze FILE [--scenario FILE...] [--year N] [--format text|json|html] [-o OUT] [--fail-below P]}:
 * the readiness, load, critical-element and economics analysis of one model (definitions: docs/analysis.md), and
 * the comparison with each scenario. Exit 0 when it ran, 1 when fewer than P % of the needs are ready (as
 * {@code validate --fail-on} exits 1 when its threshold is reached) or the output cannot be written, 2 when the
 * model or a scenario cannot be read or the command is misused.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Analyses a model: readiness of every segment need with the reasons of each gap, readiness"
                + " by year, load of each resource against its capacity, critical elements, economics per currency"
                + " and year, analysis findings; with --scenario, what each what-if scenario changes.",
                "Definitions of every term: docs/analysis.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the analysis ran (and, with --fail-below P, at least P % of the needs are ready)",
                "1:fewer than P % of the needs are ready (--fail-below), or the output could not be written",
                "2:the model or a scenario could not be read, or the command was misused"})
public class AnalyzeCommand implements Callable<Integer> {

    static final int EXIT_BELOW_THRESHOLD = 1;

    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "FILE", description = "The model (.stic).")
    Path file;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A what-if scenario of the model (<model>.<name>.stic-scenario, repeatable): the output"
                    + " compares it with the model as it is.")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--year", paramLabel = "N",
            description = "The analysis year: planned elements count from the year they become available"
                    + " (default: the current year).")
    Integer year;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json (the documented schema stic-analysis/1) or html (one"
                    + " self-contained page).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The file to write (its folder must exist); default: standard output.")
    Path output;

    @Option(names = "--fail-below", paramLabel = "P",
            description = "Exit 1 when fewer than P % of the needs are ready (0 to 100), for CI.")
    Integer failBelow;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        if (failBelow != null && (failBelow < 0 || failBelow > 100)) {
            throw new ParameterException(spec.commandLine(), NLS.bind(AnalyzeMessages.Analyze_badThreshold,
                    failBelow));
        }
        SticProject modelProject = project.projectFor(file, err, name);
        Resource resource;
        try {
            resource = modelProject.load(file);
        } catch (ModelLoadException e) {
            err.println(name + ": " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        Cluster cluster = (Cluster) resource.getContents().get(0);
        List<Scenario> read = readScenarios(scenarios, resource, file, err, name);
        if (read == null) {
            return Cli.EXIT_USAGE;
        }
        AnalysisResult result = Analysis.of(cluster, year == null ? AnalysisOptions.thisYear()
                : new AnalysisOptions(year));
        List<AnalysisJson.ScenarioRun> runs = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            runs.add(new AnalysisJson.ScenarioRun(scenarios.get(i), result.under(read.get(i))));
        }
        String text = render(result, resource, runs);
        try {
            if (output == null) {
                spec.commandLine().getOut().print(text);
            } else {
                AtomicFiles.writeString(output, text);
            }
        } catch (IOException e) {
            err.println(name + ": " + NLS.bind(AnalyzeMessages.Analyze_cannotWrite, output, Cli.reason(e)));
            return Cli.EXIT_FAILURE;
        }
        if (failBelow != null && result.total().readyPercent() < failBelow) {
            err.println(name + ": " + NLS.bind(AnalyzeMessages.Analyze_below, failBelow,
                    result.total().readyPercent()));
            return EXIT_BELOW_THRESHOLD;
        }
        return Cli.EXIT_OK;
    }

    private String render(AnalysisResult result, Resource resource, List<AnalysisJson.ScenarioRun> runs) {
        return switch (format) {
            case json -> AnalysisJson.toJson(file, resource, result, runs) + System.lineSeparator();
            case text -> {
                StringWriter s = new StringWriter();
                try (PrintWriter w = new PrintWriter(s)) {
                    AnalysisText.print(file, result, runs, w);
                }
                yield s.toString();
            }
            case html -> AnalysisReport.html(result, file.getFileName().toString(),
                    runs.stream().map(AnalysisJson.ScenarioRun::result).toList());
        };
    }

    /**
     * The scenarios of a loaded model, or null when one cannot be read: then its {@code file:line:column} problem
     * is on {@code err} and nothing else has been done.
     */
    static List<Scenario> readScenarios(List<Path> files, Resource resource, Path model, PrintWriter err,
            String command) {
        List<Scenario> read = new ArrayList<>();
        for (Path s : files) {
            try {
                read.add(ScenarioFile.read(s, resource, model));
            } catch (TextFileException e) {
                err.println(command + ": " + e.getMessage());
                return null;
            } catch (IOException e) {
                err.println(command + ": " + s + ":0:0: " + Cli.reason(e));
                return null;
            }
        }
        return read;
    }
}
