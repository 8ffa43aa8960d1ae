package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.stic.SticPackage;
import org.stic.model.edit.Language;
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.SticResources;
import org.stic.model.migration.MigrationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stic migrate}: rewrites model files of an earlier metamodel version in the current one, in place. The
 * migration is the one every load does (ids kept, each old meaning made explicit); this command only makes it
 * permanent, keeping the original beside the file as {@code <file>.<version>.bak} and saying what changed.
 */
@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class MigrateCommand implements Callable<Integer> {

    /** What the backup's name adds to the file's: {@code .1.0.bak}. */
    static final String BACKUP_SUFFIX = ".bak";

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "migrate.files")
    List<Path> files;

    @Option(names = "--dry-run", descriptionKey = "migrate.dryRun")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Language language = Cli.language(spec);
        List<Path> models = ModelFiles.expand(files);
        if (models.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "noModelIn", files));
        }
        int exit = Cli.EXIT_OK;
        for (Path model : models) {
            // a load error (2) outranks a write failure (1)
            exit = Math.max(exit, migrate(model, language));
        }
        return exit;
    }

    private int migrate(Path file, Language language) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        ProjectOptions.Model model = project.load(file, err, name);
        if (model == null) {
            return Cli.EXIT_USAGE;
        }
        Resource resource = model.resource();
        MigrationReport report = SticResources.migration(resource);
        if (report == null) {
            out.println(Messages.get(language, "migrate.current", name, file, version()));
            return Cli.EXIT_OK;
        }
        Path backup = backupOf(file, report);
        out.println(dryRun ? Messages.get(language, "migrate.dryRunDone", name, file, report.from(), report.to())
                : Messages.get(language, "migrate.migrated", name, file, report.from(), report.to(), backup));
        for (MigrationReport.Change change : report.changes()) {
            out.println("  " + Messages.get(language, "migrate.change." + change.kind().name(), change.count(),
                    change.className(), change.feature(), change.value()));
        }
        if (dryRun) {
            return Cli.EXIT_OK;
        }
        try {
            keepOriginal(file, backup, language);
            SticResources.save(resource);
        } catch (IOException e) {
            err.println(Messages.get(language, "migrate.cannot", name, file, Cli.reason(language, e)));
            return Cli.EXIT_FAILURE;
        }
        return Cli.EXIT_OK;
    }

    /** {@code kaluga.stic.1.0.bak} beside {@code kaluga.stic}. */
    static Path backupOf(Path file, MigrationReport report) {
        return file.resolveSibling(file.getFileName() + "." + report.from() + BACKUP_SUFFIX);
    }

    /**
     * Copies the original to its backup, atomically and durably, before the file is replaced. An existing backup is
     * never overwritten unless it holds the same bytes (a repeated run): otherwise the file is not migrated.
     */
    private static void keepOriginal(Path file, Path backup, Language language) throws IOException {
        byte[] original = Files.readAllBytes(file);
        if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(original, Files.readAllBytes(backup))) {
                return;
            }
            throw new FileSystemException(backup.toString(), null, Messages.get(language, "migrate.backupExists"));
        }
        AtomicFiles.write(backup, out -> out.write(original));
    }

    private static String version() {
        return SticPackage.eNS_URI.substring(SticPackage.eNS_URI.lastIndexOf('/') + 1);
    }
}
