package org.stic.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.Cluster;
import org.stic.examples.Examples;
import org.stic.examples.SyntheticModels;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stic new --template NAME -o FILE}: a new model from a bundled example; {@code --list} names them;
 * {@code --synthetic ELEMENTS} generates one instead (for trying the tools at scale, and the benchmark). The
 * combinations are checked here rather than with picocli argument groups, whose messages read poorly.
 */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        customSynopsis = {"stic new --list",
                "   or: stic new (-t=NAME | --synthetic=ELEMENTS [--seed=N]) -o=FILE [--force]"},
        description = {"Creates a new model from a bundled example (a template), with element ids of its own,"
                + " or a generated model of a given size.",
                "Prints the path of the file written. Exit 0 when written, 1 when it could not be written,"
                        + " 2 on misuse (unknown template, FILE exists ...)."})
public class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "Print the template names, one a line.")
    boolean list;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME", description = "The template (see --list).")
    String template;

    @Option(names = "--synthetic", paramLabel = "ELEMENTS",
            description = "Instead of a template: a generated model of about ELEMENTS elements.")
    Integer synthetic;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the generated model (default: ${DEFAULT-VALUE}); same seed, same model.")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The new model file (.stic); its folder is created when missing.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        if (list) {
            if (template != null || synthetic != null || output != null) {
                throw usage("--list takes no other option");
            }
            Examples.names().forEach(spec.commandLine().getOut()::println);
            return Cli.EXIT_OK;
        }
        if ((template == null) == (synthetic == null)) {
            throw usage("give either --template NAME (see --list) or --synthetic ELEMENTS");
        }
        if (output == null) {
            throw usage("missing -o FILE, the model to create");
        }
        List<String> names = Examples.names();
        if (template != null && !names.contains(template)) {
            throw usage("unknown template '" + template + "' (templates: " + String.join(", ", names) + ")");
        }
        if (Files.exists(output) && !force) {
            throw usage(output + " exists (use --force to replace it)");
        }
        Cluster model;
        if (template == null) {
            try {
                model = SyntheticModels.generate(synthetic, seed);
            } catch (IllegalArgumentException e) {
                throw usage("--synthetic " + synthetic + ": " + e.getMessage());
            }
        } else {
            try {
                // a copy: in a new resource the model gets ids of its own instead of sharing the template's
                model = EcoreUtil.copy(SticResources.load(Examples.path(template)));
            } catch (ModelLoadException e) {
                spec.commandLine().getErr().println("stic new: " + e.getMessage());
                return Cli.EXIT_FAILURE;
            }
        }
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            ResourceSet rs = SticResources.newResourceSet();
            Resource resource = SticResources.create(rs, output, model);
            SticResources.save(resource);
        } catch (IOException e) {
            spec.commandLine().getErr().println("stic new: cannot write " + output + ": " + Cli.reason(e));
            return Cli.EXIT_FAILURE;
        }
        spec.commandLine().getOut().println(output);
        return Cli.EXIT_OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
