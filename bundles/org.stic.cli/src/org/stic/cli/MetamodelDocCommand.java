package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.report.MetamodelReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stic metamodel-doc -o DIR}: the HTML reference of the metamodel, its extensions and the rules. */
@Command(name = "metamodel-doc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class MetamodelDocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, descriptionKey = "metamodelDoc.output")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // the settings of the current folder apply as if a model lay there
        SticProject p = project.projectFor(Path.of("").toAbsolutePath().resolve("metamodel-doc"), err,
                spec.qualifiedName());
        try {
            Path index = MetamodelReference.write(p.extensions(), p.catalogue(), p.problems(), output, Cli.language(spec));
            spec.commandLine().getOut().println(Messages.get(Cli.language(spec), "metamodelDoc.wrote",
                    spec.qualifiedName(), index, p.extensions().size(), p.catalogue().rules().size()));
            return Cli.EXIT_OK;
        } catch (IOException e) {
            err.println(Messages.get(Cli.language(spec), "cannotWrite", spec.qualifiedName(), output,
                    Cli.reason(Cli.language(spec), e)));
            return Cli.EXIT_FAILURE;
        }
    }
}
