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
import org.stic.model.io.AtomicFiles;
import org.stic.model.io.ModelLoadException;
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
        versionProvider = VersionProvider.class,
        description = {"Rewrites .stic files of an earlier metamodel version (1.0) in the current one, in place:"
                + " the same elements with the same ids, every meaning of the old version made explicit. The"
                + " original is kept beside each rewritten file as FILE.1.0.bak; older versions of STIC Workbench do"
                + " not read the rewritten files.",
                "Prints, per file, what the migration changed. Files already in the current version are left alone."},
        footer = {"", "Exit codes: 0 done (or nothing to do), 2 when a file cannot be loaded or on misuse,"
                + " 1 when writing fails."})
public class MigrateCommand implements Callable<Integer> {

    /** What the backup's name adds to the file's: {@code .1.0.bak}. */
    static final String BACKUP_SUFFIX = ".bak";

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .stic model files, or folders.")
    List<Path> files;

    @Option(names = "--dry-run", description = "Only report what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        List<Path> models = ModelFiles.expand(files);
        if (models.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no .stic file in " + files);
        }
        int exit = Cli.EXIT_OK;
        for (Path model : models) {
            // a load error (2) outranks a write failure (1)
            exit = Math.max(exit, migrate(model));
        }
        return exit;
    }

    private int migrate(Path file) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        Resource resource;
        try {
            resource = project.projectFor(file, err, name).load(file);
        } catch (ModelLoadException e) {
            err.printf("%s: %s%n", name, e.getMessage());
            return Cli.EXIT_USAGE;
        }
        MigrationReport report = SticResources.migration(resource);
        if (report == null) {
            out.printf("%s: %s: already metamodel %s, unchanged%n", name, file, version());
            return Cli.EXIT_OK;
        }
        Path backup = backupOf(file, report);
        out.printf("%s: %s: metamodel %s -> %s%s%n", name, file, report.from(), report.to(),
                dryRun ? " (dry run: nothing written)" : ", original kept as " + backup);
        report.lines().forEach(line -> out.printf("  %s%n", line));
        if (dryRun) {
            return Cli.EXIT_OK;
        }
        try {
            keepOriginal(file, backup);
            SticResources.save(resource);
        } catch (IOException e) {
            err.printf("%s: cannot migrate %s: %s%n", name, file, Cli.reason(e));
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
    private static void keepOriginal(Path file, Path backup) throws IOException {
        byte[] original = Files.readAllBytes(file);
        if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(original, Files.readAllBytes(backup))) {
                return;
            }
            throw new FileSystemException(backup.toString(), null,
                    "a different backup exists already; move it away first");
        }
        AtomicFiles.write(backup, out -> out.write(original));
    }

    private static String version() {
        return SticPackage.eNS_URI.substring(SticPackage.eNS_URI.lastIndexOf('/') + 1);
    }
}
