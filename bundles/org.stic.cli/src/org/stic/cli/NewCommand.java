package org.stic.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.model.edit.Language;
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
        versionProvider = VersionProvider.class)
public class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--list", descriptionKey = "new.list")
    boolean list;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME", descriptionKey = "new.template")
    String template;

    @Option(names = "--synthetic", paramLabel = "ELEMENTS", descriptionKey = "new.synthetic")
    Integer synthetic;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "new.seed")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "new.output")
    Path output;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Override
    public Integer call() {
        if (list) {
            if (template != null || synthetic != null || output != null) {
                throw usage("new.listAlone");
            }
            Examples.names().forEach(spec.commandLine().getOut()::println);
            return Cli.EXIT_OK;
        }
        if ((template == null) == (synthetic == null)) {
            throw usage("new.templateOrSynthetic");
        }
        if (output == null) {
            throw usage("new.missingOutput");
        }
        List<String> names = Examples.names();
        if (template != null && !names.contains(template)) {
            throw usage("new.unknownTemplate", template, String.join(", ", names));
        }
        if (Files.exists(output) && !force) {
            throw usage("new.exists", output);
        }
        Cluster model;
        if (template == null) {
            try {
                model = SyntheticModels.generate(synthetic, seed);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--synthetic " + synthetic + ": " + e.getMessage());
            }
        } else {
            try {
                // a copy: in a new resource the model gets ids of its own instead of sharing the template's
                model = EcoreUtil.copy(SticResources.load(Examples.path(template)));
            } catch (ModelLoadException e) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
                return Cli.EXIT_FAILURE;
            }
        }
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            ResourceSet rs = SticResources.newResourceSet();
            Resource resource = SticResources.create(rs, output, model);
            SticResources.save(resource);
        } catch (IOException e) {
            Language language = Cli.language(spec);
            spec.commandLine().getErr().println(Messages.get(language, "cannotWrite", spec.qualifiedName(), output,
                    Cli.reason(language, e)));
            return Cli.EXIT_FAILURE;
        }
        spec.commandLine().getOut().println(output);
        return Cli.EXIT_OK;
    }

    private ParameterException usage(String key, Object... arguments) {
        return new ParameterException(spec.commandLine(), Messages.get(Cli.language(spec), key, arguments));
    }
}
