package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Scenario;
import org.stic.analysis.ScenarioFile;
import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;
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
        versionProvider = VersionProvider.class)
public class AnalyzeCommand implements Callable<Integer> {

    static final int EXIT_BELOW_THRESHOLD = 1;

    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "FILE", descriptionKey = "analyze.file")
    Path file;

    @Option(names = "--scenario", paramLabel = "FILE", descriptionKey = "analyze.scenario")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--year", paramLabel = "N", descriptionKey = "analyze.year")
    Integer year;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", descriptionKey = "analyze.format")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "analyze.output")
    Path output;

    @Option(names = "--fail-below", paramLabel = "P", descriptionKey = "analyze.failBelow")
    Integer failBelow;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        Language language = Cli.language(spec);
        if (failBelow != null && (failBelow < 0 || failBelow > 100)) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "analyze.badThreshold",
                    failBelow));
        }
        ProjectOptions.Model model = project.load(file, err, name);
        if (model == null) {
            return Cli.EXIT_USAGE;
        }
        Resource resource = model.resource();
        Cluster cluster = model.cluster();
        List<Scenario> read = readScenarios(scenarios, resource, file, err, name, language);
        if (read == null) {
            return Cli.EXIT_USAGE;
        }
        AnalysisResult result = Analysis.of(cluster, year == null ? AnalysisOptions.thisYear()
                : new AnalysisOptions(year));
        List<AnalysisJson.ScenarioRun> runs = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            runs.add(new AnalysisJson.ScenarioRun(scenarios.get(i), result.under(read.get(i))));
        }
        String text = render(result, resource, runs, language);
        try {
            if (output == null) {
                spec.commandLine().getOut().print(text);
            } else {
                AtomicFiles.writeString(output, text);
            }
        } catch (IOException e) {
            err.println(Messages.get(language, "cannotWrite", name, output, Cli.reason(language, e)));
            return Cli.EXIT_FAILURE;
        }
        if (failBelow != null && result.total().readyPercent() < failBelow) {
            err.println(name + ": " + Messages.get(language, "analyze.below", failBelow,
                    result.total().readyPercent()));
            return EXIT_BELOW_THRESHOLD;
        }
        return Cli.EXIT_OK;
    }

    private String render(AnalysisResult result, Resource resource, List<AnalysisJson.ScenarioRun> runs,
            Language language) {
        return switch (format) {
            case json -> AnalysisJson.toJson(file, resource, result, runs, language) + System.lineSeparator();
            case text -> {
                StringWriter s = new StringWriter();
                try (PrintWriter w = new PrintWriter(s)) {
                    AnalysisText.print(file, result, runs, w, language);
                }
                yield s.toString();
            }
            case html -> AnalysisReport.html(result, file.getFileName().toString(),
                    runs.stream().map(AnalysisJson.ScenarioRun::result).toList(), language);
        };
    }

    /**
     * The scenarios of a loaded model, or null when one cannot be read: then its {@code file:line:column} problem
     * is on {@code err} and nothing else has been done.
     */
    static List<Scenario> readScenarios(List<Path> files, Resource resource, Path model, PrintWriter err,
            String command, Language language) {
        List<Scenario> read = new ArrayList<>();
        for (Path s : files) {
            try {
                read.add(ScenarioFile.read(s, resource, model, language));
            } catch (TextFileException e) {
                err.println(command + ": " + e.getMessage());
                return null;
            } catch (IOException e) {
                err.println(command + ": " + s + ":0:0: " + Cli.reason(language, e));
                return null;
            }
        }
        return read;
    }
}
