package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;
import org.stic.dataio.Change;
import org.stic.dataio.ImportException;
import org.stic.dataio.ImportPlan;
import org.stic.dataio.Importer;
import org.stic.dataio.MappingFile;
import org.stic.dataio.ReadOptions;
import org.stic.dataio.csv.CsvReader;
import org.stic.model.edit.Language;
import org.stic.model.io.SticResources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stic import}: participants and interactions from a CSV file or an XLSX workbook into a model. Every row is
 * read and checked first; the model file is rewritten (atomically) only when every row was understood, otherwise
 * each bad row is listed as {@code file:row:column: sentence} and nothing changes.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "MODEL", descriptionKey = "import.into")
    Path model;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "import.sheet")
    String sheet;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "import.mapping")
    Path mapping;

    @Option(names = "--encoding", paramLabel = "NAME", descriptionKey = "import.encoding")
    String encoding;

    @Option(names = "--separator", paramLabel = "CHAR", descriptionKey = "import.separator")
    String separator;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    boolean dryRun;

    @Override
    public Integer call() {
        Language language = Cli.language(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        ReadOptions options = new ReadOptions(charset(language), separator(language), sheet);
        ProjectOptions.Model loaded = project.load(model, err, name);
        if (loaded == null) {
            return Cli.EXIT_USAGE;
        }
        Resource resource = loaded.resource();
        ImportPlan plan;
        try {
            MappingFile columns = mapping == null ? MappingFile.NONE : MappingFile.read(mapping, language);
            plan = new Importer(language).plan((Cluster) resource.getContents().get(0), file, options, columns);
        } catch (ImportException e) {
            e.problems().forEach(err::println);
            err.println(Messages.get(language, "import.unchanged", name, model));
            return Cli.EXIT_FAILURE;
        }
        plan.notes().forEach(out::println);
        if (plan.hasErrors()) {
            plan.errors().forEach(err::println);
            err.println(Messages.get(language, "import.unchanged", name, model));
            return Cli.EXIT_FAILURE;
        }
        for (Change c : plan.changes()) {
            if (c.kind() != Change.Kind.UNCHANGED) {
                out.println((c.kind() == Change.Kind.ADDED ? "  + " : "  ~ ") + c.label(language) + " ("
                        + c.origin() + "): " + c.describe(language));
            }
        }
        plan.summary(language).forEach(out::println);
        if (dryRun) {
            out.println(Messages.get(language, "import.dryRun", name, model));
            return Cli.EXIT_OK;
        }
        if (!plan.changesModel()) {
            out.println(Messages.get(language, "import.nothingToDo", name, model));
            return Cli.EXIT_OK;
        }
        plan.apply();
        try {
            SticResources.save(resource);
        } catch (IOException e) {
            err.println(Messages.get(language, "import.cannotWrite", name, model, Cli.reason(language, e)));
            return Cli.EXIT_FAILURE;
        }
        out.println(Messages.get(language, "import.written", name, model));
        return Cli.EXIT_OK;
    }

    private Charset charset(Language language) {
        if (encoding == null) {
            return null;
        }
        try {
            return CsvReader.charset(encoding);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "import.unknownEncoding", encoding));
        }
    }

    private Character separator(Language language) {
        if (separator == null) {
            return null;
        }
        String s = separator.equalsIgnoreCase("tab") ? "\t" : separator;
        if (s.length() != 1 || ",;\t|".indexOf(s.charAt(0)) < 0) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "import.unknownSeparator",
                    separator));
        }
        return s.charAt(0);
    }
}
