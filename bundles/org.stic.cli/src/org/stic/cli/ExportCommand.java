package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stic.analysis.AnalysisOptions;
import org.stic.dataio.Exporter;
import org.stic.model.edit.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stic export}: every catalogue of a model as CSV files in a folder, or as one XLSX workbook with a sheet per
 * catalogue, ids included, so that an edited participants or interactions sheet can be imported back.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "export.model")
    Path model;

    @Option(names = "--format", paramLabel = "csv|xlsx", descriptionKey = "export.format")
    Exporter.Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "export.output")
    Path output;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "export.year")
    Integer year;

    @Override
    public Integer call() {
        Language language = Cli.language(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        Exporter.Format f = format != null ? format
                : output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? Exporter.Format.XLSX
                        : Exporter.Format.CSV;
        ProjectOptions.Model loaded = project.load(model, err, name);
        if (loaded == null) {
            return Cli.EXIT_USAGE;
        }
        int y = year != null ? year : AnalysisOptions.thisYear().year();
        try {
            List<Path> written = new Exporter(language, y).export(loaded.cluster(), f, output);
            written.forEach(p -> out.println(Messages.get(language, "export.written", name, p)));
        } catch (IOException e) {
            err.println(Messages.get(language, "export.cannotWrite", name, output, Cli.reason(language, e)));
            return Cli.EXIT_FAILURE;
        }
        return Cli.EXIT_OK;
    }
}
