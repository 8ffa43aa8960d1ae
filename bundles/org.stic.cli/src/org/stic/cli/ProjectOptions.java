package org.stic.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.stic.Cluster;

import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.model.edit.Language;
import org.stic.model.io.ModelLoadException;

import picocli.CommandLine.Option;

/**
 * {@code --extension FILE} and {@code --rules FILE} for the commands that load models, and the project each model
 * belongs to: the {@value ProjectSettings#FILE_NAME} found from the model's folder up, plus these files. Projects
 * are shared by the models of one settings file, and their problems printed once. Every command loads its models
 * here, so that a model that cannot be loaded is reported the same way by all of them.
 */
final class ProjectOptions {

    @Option(names = "--extension", paramLabel = "FILE", descriptionKey = "extension")
    List<Path> extensions = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "FILE", descriptionKey = "rules")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--allow-outside-paths", descriptionKey = "allowOutsidePaths")
    boolean allowOutsidePaths;

    private final Map<Optional<Path>, SticProject> projects = new HashMap<>();

    /** A model loaded in its project. */
    record Model(SticProject project, Resource resource) {

        Cluster cluster() {
            return (Cluster) resource.getContents().get(0);
        }
    }

    /**
     * Loads a model in its project, or says on one line of {@code err} why it cannot ({@code command:
     * file:line:column: sentence}) and returns null: the command then exits {@link Cli#EXIT_USAGE}, or goes on with
     * its other files.
     */
    Model load(Path file, PrintWriter err, String command) {
        return load(file, err, command, failure -> {
        });
    }

    /** The same; {@code failed} also hears the failure (a SARIF log lists it). */
    Model load(Path file, PrintWriter err, String command, Consumer<ModelLoadException> failed) {
        SticProject project = projectFor(file, err, command);
        try {
            return new Model(project, project.load(file));
        } catch (ModelLoadException e) {
            err.println(command + ": " + e.getMessage());
            failed.accept(e);
            return null;
        }
    }

    /** The project of {@code model}; its problems (once per project) go to {@code err} as warnings. */
    SticProject projectFor(Path model, PrintWriter err, String command) {
        return projects.computeIfAbsent(ProjectSettings.find(model), settings -> {
            SticProject p = SticProject.of(settings.map(f -> ProjectSettings.read(f, allowOutsidePaths))
                    .orElse(ProjectSettings.none()).plus(extensions, rules));
            // the run's language: Cli.run chose it for Language.current() too
            p.problems().forEach(problem -> err.println(Messages.get(Language.current(), "warning", command, problem)));
            return p;
        });
    }
}
