package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.stic.Cluster;
import org.stic.diagram.Decoration;
import org.stic.diagram.DiagramExporter;
import org.stic.diagram.Diagrams;
import org.stic.diagram.ExportFormat;
import org.stic.diagram.ExportOptions;
import org.stic.diagram.View;
import org.stic.diagram.scene.Scene;
import org.stic.model.io.ModelLoadException;
import org.stic.extensions.SticProject;
import org.stic.validation.SticValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stic render}: exports one diagram view of a model file as SVG, PNG or PDF. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = "Exports a diagram of a cluster model as SVG, PNG or PDF, with the validation findings as"
                + " badges on the elements.",
        footer = {"", "Exit codes: 0 written, 2 on a load error or misuse, 1 when writing fails."})
public class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .stic model file.")
    Path file;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "both",
            description = "both, internal, external or network (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, png or pdf (default: the output file's extension).")
    String format;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Size factor: pixels per diagram unit for PNG, also applied to SVG and PDF (default: 1).")
    double scale;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The file to write.")
    Path output;

    @Override
    public Integer call() {
        View v = View.byId(view).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown view '" + view + "' (expected both, internal, external or network)"));
        ExportFormat f = format(output, format);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new ParameterException(spec.commandLine(), "--scale must be a positive number, not " + scale);
        }
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        Cluster cluster;
        List<Decoration> decorations;
        try {
            SticProject p = project.projectFor(file, err, name);
            cluster = (Cluster) p.load(file).getContents().get(0);
            decorations = decorations(p.validator(), cluster);
        } catch (ModelLoadException e) {
            err.printf("%s: %s%n", name, e.getMessage());
            return Cli.EXIT_USAGE;
        }
        Scene scene = Diagrams.create(cluster, v, decorations, Map.of());
        try {
            for (String warning : DiagramExporter.export(scene, f, new ExportOptions(scale,
                    ExportOptions.DEFAULT_PIXEL_BUDGET), output)) {
                err.printf("%s: warning: %s%n", name, warning);
            }
        } catch (IOException e) {
            err.printf("%s: cannot write %s: %s%n", name, output, e.getMessage());
            return Cli.EXIT_FAILURE;
        }
        spec.commandLine().getOut().printf("%s: wrote %s (%s, view %s, %d nodes, %d edges)%n", name, output,
                f.id(), v.id(), scene.nodes().size(), scene.edges().size());
        return Cli.EXIT_OK;
    }

    /** The findings of the built-in and user rules, shown as badges on the elements they concern. */
    private static List<Decoration> decorations(SticValidator validator, Cluster cluster) {
        return validator.validate(cluster).stream().filter(f -> f.element() != null)
                .map(f -> new Decoration(f.element(), f.severity().name(), f.ruleId(), f.message())).toList();
    }

    private ExportFormat format(Path out, String given) {
        if (given != null) {
            return ExportFormat.byId(given).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown format '" + given + "' (expected svg, png or pdf)"));
        }
        String fileName = out.getFileName() == null ? "" : out.getFileName().toString();
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ExportFormat.byId(ext).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "cannot tell the format from '" + fileName + "': give --format svg, png or pdf"));
    }
}
