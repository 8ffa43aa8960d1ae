package org.stic.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.model.edit.Language;

import picocli.CommandLine.Option;

/**
 * {@code --extension FILE} and {@code --rules FILE} for the commands that load models, and the project each model
 * belongs to: the {@value ProjectSettings#FILE_NAME} found from the model's folder up, plus these files. Projects
 * are shared by the models of one settings file, and their problems printed once.
 */
final class ProjectOptions {

    @Option(names = "--extension", paramLabel = "FILE", descriptionKey = "extension")
    List<Path> extensions = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "FILE", descriptionKey = "rules")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--allow-outside-paths", descriptionKey = "allowOutsidePaths")
    boolean allowOutsidePaths;

    private final Map<Optional<Path>, SticProject> projects = new HashMap<>();

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
