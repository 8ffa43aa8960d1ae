package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.stic.model.edit.Language;
import org.stic.validation.RuleSettings;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;
import org.stic.analysis.Analysis;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Scenario;
import org.stic.diagram.CriticalityOverlay;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.DiagramState;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.LayoutOptions;
import org.stic.diagram.LayoutStrategy;
import org.stic.diagram.LayoutTimeoutException;
import org.stic.diagram.View;
import org.stic.diagram.WhatIfOverlay;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.Scene;
import org.stic.extensions.ModelFindings;
import org.stic.extensions.SticProject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stic render}: exports one diagram view of a model file as SVG, PNG or PDF; given several files or a folder,
 * one diagram per model into the {@code -o} folder. A model that cannot be loaded is reported and skipped. With
 * {@code --scenario FILE} the diagram shows a what-if scenario (switched-off elements greyed, what loses readiness in
 * red), with {@code --criticality} the critical elements shaded, each with a legend.
 */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class RenderCommand implements Callable<Integer> {

    /** A day: beyond it a limit is no limit. */
    private static final double MAX_TIME_LIMIT_SECONDS = 86_400;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "render.files")
    List<Path> files;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "both", descriptionKey = "render.view")
    String view;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "render.format")
    String format;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", descriptionKey = "render.scale")
    double scale;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, descriptionKey = "render.output")
    Path output;

    @Option(names = "--scenario", paramLabel = "FILE", descriptionKey = "render.scenario")
    Path scenario;

    @Option(names = "--criticality", descriptionKey = "render.criticality")
    boolean criticality;

    @Option(names = "--year", paramLabel = "N", descriptionKey = "render.year")
    Integer year;

    @Option(names = "--layout", paramLabel = "STRATEGY", defaultValue = "auto", descriptionKey = "render.layout")
    String layout;

    @Option(names = "--canvas-links", descriptionKey = "render.canvasLinks")
    boolean canvasLinks;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60", descriptionKey = "render.timeLimit")
    double timeLimit;

    @Override
    public Integer call() throws IOException {
        Language language = Cli.language(spec);
        View v = View.byId(view).orElseThrow(() -> new ParameterException(spec.commandLine(),
                Messages.get(language, "render.unknownView", view)));
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "render.badScale", scale));
        }
        LayoutStrategy strategy = LayoutStrategy.byId(layout).orElseThrow(() -> new ParameterException(
                spec.commandLine(), Messages.get(language, "render.unknownLayout", layout)));
        if (!(timeLimit > 0) || timeLimit > MAX_TIME_LIMIT_SECONDS) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "render.badTimeLimit", timeLimit));
        }
        List<Path> models = ModelFiles.expand(files);
        if (models.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "noModelIn", files));
        }
        boolean batch = models.size() > 1 || files.stream().anyMatch(Files::isDirectory) || Files.isDirectory(output);
        if (scenario != null && models.size() > 1) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "render.scenarioOneModel"));
        }
        ExportFormat f = batch && format == null ? ExportFormat.SVG : format(output, format);
        Map<Path, Path> targets = new LinkedHashMap<>();
        for (Path model : models) {
            Path target = batch ? output.resolve(baseName(model) + "-" + v.id() + "." + f.id()) : output;
            if (targets.containsValue(target)) {
                throw new ParameterException(spec.commandLine(), Messages.get(language, "render.sameTarget", target));
            }
            targets.put(model, target);
        }
        Files.createDirectories(batch ? output : output.toAbsolutePath().getParent());
        int exit = Cli.EXIT_OK;
        for (Map.Entry<Path, Path> e : targets.entrySet()) {
            int code = render(e.getKey(), v, f, e.getValue(), strategy, language);
            // a load error (2) outranks a write failure (1)
            exit = Math.max(exit, code);
        }
        return exit;
    }

    private int render(Path file, View v, ExportFormat f, Path target, LayoutStrategy strategy, Language language) {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        AnalysisOptions options = year == null ? AnalysisOptions.thisYear() : new AnalysisOptions(year);
        ProjectOptions.Model model = project.load(file, err, name);
        if (model == null) {
            return Cli.EXIT_USAGE;
        }
        Resource resource = model.resource();
        Cluster cluster = model.cluster();
        List<Decoration> decorations = decorations(model.project(), cluster, ruleSettings(file, model.project(), err,
                name, language), options, language);
        List<Overlay> overlays = new ArrayList<>();
        if (scenario != null || criticality) {
            AnalysisResult baseline = Analysis.of(cluster, options);
            if (scenario != null) {
                List<Scenario> read = AnalyzeCommand.readScenarios(List.of(scenario), resource, file, err, name,
                        language);
                if (read == null) {
                    return Cli.EXIT_USAGE;
                }
                overlays.add(WhatIfOverlay.of(baseline, baseline.under(read.get(0))));
            }
            if (criticality) {
                overlays.add(CriticalityOverlay.of(baseline));
            }
        }
        // the layout the team arranged in the diagram editor, when there is one beside the model
        DiagramState state;
        try {
            state = DiagramState.readFor(file);
        } catch (IOException e) {
            err.println(Messages.get(language, "warning", name,
                    Messages.get(language, "render.automaticLayout", e.getMessage())));
            state = new DiagramState();
        }
        LayoutReport progress = new LayoutReport(err, name, language);
        Scene scene;
        try {
            scene = Diagrams.create(cluster, v, decorations, state, language,
                    new LayoutOptions(strategy, Math.round(timeLimit * 1000), progress), canvasLinks);
        } catch (LayoutTimeoutException e) {
            // the model named, as every failure line names the file it is about
            err.println(Messages.get(language, "render.layoutTimeout", name + ": " + file, e.nodes(),
                    e.limitMillis() / 1000));
            return Cli.EXIT_FAILURE;
        }
        progress.writing(target);
        scene.setOverlays(overlays);
        try {
            for (String warning : DiagramExporter.export(scene, f, new ExportOptions(scale,
                    ExportOptions.DEFAULT_PIXEL_BUDGET), target)) {
                err.println(Messages.get(language, "warning", name, warning));
            }
        } catch (IOException e) {
            err.println(Messages.get(language, "cannotWrite", name, target, Cli.reason(language, e)));
            return Cli.EXIT_FAILURE;
        }
        spec.commandLine().getOut().println(Messages.get(language, "render.wrote", name, target, f.id(), v.id(),
                scene.nodes().size(), scene.edges().size()));
        return Cli.EXIT_OK;
    }

    /** "kaluga-pharma" for {@code models/kaluga-pharma.stic}. */
    private static String baseName(Path model) {
        String fileName = model.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * The model's rule settings ({@code <model>.stic.rules} over the defaults), which switch off or re-grade rules and
     * analysis findings as {@code stic validate} does; when they cannot be read, one warning and the defaults (the
     * diagram is still right, only its badges do not follow the file).
     */
    private static RuleSettings ruleSettings(Path file, SticProject project, PrintWriter err, String name,
            Language language) {
        RuleSettings settings;
        try {
            settings = RuleSettings.forModel(file, RuleSettings.defaults());
        } catch (IOException e) {
            err.println(Messages.get(language, "warning", name, ValidateCommand.unreadableSettings(file, e, language)));
            return RuleSettings.defaults();
        }
        ModelFindings.settingsProblems(project, settings)
                .forEach(p -> err.println(Messages.get(language, "warning", name, p)));
        return settings;
    }

    /**
     * The findings of the built-in and user rules and of the analysis in the year drawn, shown as badges on their
     * elements at the severity the settings give them.
     */
    private static List<Decoration> decorations(SticProject project, Cluster cluster, RuleSettings settings,
            AnalysisOptions options, Language language) {
        return ModelFindings.of(project, cluster, settings, language, options).stream()
                .filter(f -> f.element() != null)
                .map(f -> new Decoration(f.element(), f.severity().name(), f.ruleId(), f.message())).toList();
    }

    private ExportFormat format(Path out, String given) {
        if (given != null) {
            return ExportFormat.byId(given).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    Messages.get(Cli.language(spec), "render.unknownFormat", given)));
        }
        String fileName = out.getFileName() == null ? "" : out.getFileName().toString();
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ExportFormat.byId(ext).orElseThrow(() -> new ParameterException(spec.commandLine(),
                Messages.get(Cli.language(spec), "render.formatUnknown", fileName)));
    }
}
