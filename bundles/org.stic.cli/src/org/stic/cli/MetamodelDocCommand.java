package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stic.extensions.MetamodelReference;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stic metamodel-doc -o DIR}: the HTML reference of the metamodel, its extensions and the rules. */
@Command(name = "metamodel-doc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Writes an HTML reference of the STIC metamodel for methodologists: every class and feature"
                + " with documentation, types and multiplicities, every rule with its OCL, and class diagrams.",
                "Extensions and user rules come from --extension/--rules and from " + ProjectSettings.FILE_NAME
                        + " in the current folder or a parent."},
        footer = {"", "Exit codes: 0 written, 1 when writing fails, 2 on misuse."})
public class MetamodelDocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write index.html and diagrams/ into (created when missing).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // the settings of the current folder apply as if a model lay there
        SticProject p = project.projectFor(Path.of("").toAbsolutePath().resolve("metamodel-doc"), err,
                spec.qualifiedName());
        try {
            Path index = MetamodelReference.write(p, output);
            spec.commandLine().getOut().printf("%s: wrote %s (%d extension(s), %d rules)%n", spec.qualifiedName(),
                    index, p.extensions().size(), p.catalogue().rules().size());
            return Cli.EXIT_OK;
        } catch (IOException e) {
            err.printf("%s: cannot write %s: %s%n", spec.qualifiedName(), output, e.getMessage());
            return Cli.EXIT_FAILURE;
        }
    }
}
