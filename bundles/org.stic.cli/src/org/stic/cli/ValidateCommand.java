package org.stic.cli;

import org.stic.analysis.FindingCatalogue;
import org.stic.model.edit.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.stic.extensions.ModelFindings;
import org.stic.extensions.SticProject;
import org.stic.model.edit.Vocabulary;
import org.stic.model.io.TextFileException;
import org.stic.validation.Finding;
import org.stic.validation.RuleCatalogue;
import org.stic.validation.RuleSettings;
import org.stic.validation.Severity;
import org.stic.validation.SticValidator;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stic validate FILE|DIR... [--format text|json|sarif] [--fail-on error|warning|never]}: checks models
 * against the rule catalogue and reports the analysis findings (ANA-nnn, for this year) after the rules' findings,
 * both under the model's rule settings. Exit 0 when no finding is at or above the {@code --fail-on} threshold, 1 when one
 * is, 2 when a file cannot be loaded (one line naming file, line and column; the other files are still checked)
 * or the command is misused. With {@code --format json} or {@code sarif} stdout holds only that document; with
 * several files, a progress line per file goes to stderr.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class ValidateCommand implements Callable<Integer> {

    static final int EXIT_ERROR_FINDING = 1;
    static final int EXIT_LOAD_FAILURE = 2;

    enum Format { text, json, sarif }

    /** The least severe finding that fails the run; {@code never} only load errors and misuse do. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), never(null);

        private final Severity threshold;

        FailOn(Severity threshold) {
            this.threshold = threshold;
        }

        boolean fails(Severity severity) {
            // Severity is declared from the most to the least severe
            return threshold != null && severity.ordinal() <= threshold.ordinal();
        }
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "validate.files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", descriptionKey = "validate.format")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL", descriptionKey = "validate.failOn")
    FailOn failOn;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    /** One finding with the file it was found in and the element's id there. */
    private record Located(Path file, String elementId, ElementLocator.Position position, Finding finding) {

        /** {@code file:line:column} where the element's start tag is, as compilers print it; the file alone if unknown. */
        String where() {
            return position.line() > 0 ? file + ":" + position.line() + ":" + position.column() : file.toString();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = Cli.language(spec);
        String name = spec.qualifiedName();
        List<Path> models = ModelFiles.expand(files);
        if (models.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Messages.get(language, "noModelIn", files));
        }
        SticValidator.builtIn().catalogue().problems().forEach(p -> err.println(Messages.get(language, "warning", name, p)));
        // SARIF lists the rules once: those of the project with the most (built-in plus its user rules)
        RuleCatalogue sarifRules = RuleCatalogue.builtIn();
        List<Located> findings = new ArrayList<>();
        List<Sarif.FileResult> results = new ArrayList<>();
        List<Sarif.Failure> failures = new ArrayList<>();
        boolean progress = models.size() > 1;
        for (Path file : models) {
            Resource resource;
            RuleSettings settings;
            SticProject modelProject = project.projectFor(file, err, name);
            SticValidator validator = modelProject.validator();
            if (validator.catalogue().rules().size() > sarifRules.rules().size()) {
                sarifRules = validator.catalogue();
            }
            ProjectOptions.Model model = project.load(file, err, name,
                    e -> failures.add(new Sarif.Failure(file, e.line(), e.column(), e.getMessage())));
            if (model == null) {
                continue;
            }
            resource = model.resource();
            try {
                settings = RuleSettings.forModel(file, RuleSettings.defaults());
            } catch (IOException e) {
                String message = unreadableSettings(file, e, language);
                err.println(name + ": " + message);
                failures.add(new Sarif.Failure(file, 0, 0, message));
                continue;
            }
            ModelFindings.settingsProblems(modelProject, settings)
                    .forEach(p -> err.println(Messages.get(language, "warning", name, p)));
            List<Finding> fileFindings = ModelFindings.of(modelProject, resource.getContents().get(0), settings,
                    language);
            ElementLocator locator = fileFindings.isEmpty() ? null : ElementLocator.of(file);
            for (Finding f : fileFindings) {
                findings.add(new Located(file, resource.getURIFragment(f.element()), locator.positionOf(f.element()), f));
            }
            if (format == Format.sarif) {
                results.add(new Sarif.FileResult(file, fileFindings, locator));
            }
            if (progress) {
                err.println(name + ": " + file + ": " + summary(fileFindings, language));
            }
        }
        switch (format) {
            case json -> out.println(json(findings, Vocabulary.of(language)));
            case sarif -> out.println(Sarif.toJson(sarifRules, FindingCatalogue.builtIn(language),
                    VersionProvider.bundleVersion(), results, failures, language));
            case text -> text(findings, models.size() - failures.size(), out, language);
        }
        if (!failures.isEmpty()) {
            return EXIT_LOAD_FAILURE;
        }
        return findings.stream().anyMatch(l -> failOn.fails(l.finding().severity())) ? EXIT_ERROR_FINDING : 0;
    }

    private static String summary(List<Finding> findings, Language language) {
        int[] bySeverity = new int[Severity.values().length];
        findings.forEach(f -> bySeverity[f.severity().ordinal()]++);
        return Messages.get(language, "validate.summary", bySeverity[Severity.ERROR.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()]);
    }

    private static void text(List<Located> findings, int validated, PrintWriter out, Language language) {
        Vocabulary vocabulary = Vocabulary.of(language);
        for (Located l : findings) {
            Finding f = l.finding();
            out.println(Messages.get(language, "validate.finding", l.where(),
                    Messages.get(language, "severity." + f.severity().label()), f.ruleId(), f.path(vocabulary),
                    f.message()));
        }
        out.println(Messages.get(language, "validate.total",
                summary(findings.stream().map(Located::finding).toList(), language), validated));
    }

    /** JSON keys and severity ids stay language-neutral; the path and message are in the run's language. */
    private static String json(List<Located> findings, Vocabulary vocabulary) {
        JsonArray array = new JsonArray();
        for (Located l : findings) {
            Finding f = l.finding();
            JsonObject o = new JsonObject();
            o.addProperty("file", l.file().toString());
            o.addProperty("ruleId", f.ruleId());
            o.addProperty("severity", f.severity().label());
            o.addProperty("element", f.name());
            o.addProperty("type", f.element().eClass().getName());
            o.addProperty("id", l.elementId());
            if (l.position().line() > 0) {
                o.addProperty("line", l.position().line());
                o.addProperty("column", l.position().column());
            }
            o.addProperty("path", f.path(vocabulary));
            o.addProperty("message", f.message());
            array.add(o);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
    }

    /** Why the rule settings of {@code model} could not be read: a side file at fault says where itself. */
    static String unreadableSettings(Path model, IOException e, Language language) {
        return e instanceof TextFileException ? e.getMessage()
                : Messages.get(language, "validate.ruleSettingsUnreadable", RuleSettings.fileFor(model),
                        Cli.reason(language, e));
    }
}
