package org.stic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.stic.extensions.SticProject;
import org.stic.model.io.ModelLoadException;
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
 * against the rule catalogue. Exit 0 when no finding is at or above the {@code --fail-on} threshold, 1 when one
 * is, 2 when a file cannot be loaded (one line naming file, line and column; the other files are still checked)
 * or the command is misused. With {@code --format json} or {@code sarif} stdout holds only that document; with
 * several files, a progress line per file goes to stderr.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Checks STIC models against the validation rules and prints the findings.",
                "A folder is searched, with its subfolders, for *.stic files.",
                "A model's rule settings are read from <model>.rules beside it (RULE-ID = off|on|error|warning|info).",
                "Extension metamodels and user rules come from stic-project.json in the model's folder or a parent."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above the --fail-on threshold",
                "1:a finding at or above the threshold (by default: an error)",
                "2:a file could not be loaded, or the command was misused"})
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

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "the .stic files, or folders holding them")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json (stdout holds only a JSON array of findings) or sarif"
                    + " (stdout holds only a SARIF 2.1.0 log, for CI and code-scanning tools)")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error (default), warning or never: the least severe finding that makes the exit code 1")
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
        List<Path> models = ModelFiles.expand(files);
        if (models.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no .stic file in " + files);
        }
        SticValidator.builtIn().catalogue().problems().forEach(p -> err.println("stic validate: warning: " + p));
        // SARIF lists the rules once: those of the project with the most (built-in plus its user rules)
        RuleCatalogue sarifRules = RuleCatalogue.builtIn();
        List<Located> findings = new ArrayList<>();
        List<Sarif.FileResult> results = new ArrayList<>();
        List<Sarif.Failure> failures = new ArrayList<>();
        boolean progress = models.size() > 1;
        for (Path file : models) {
            Resource resource;
            RuleSettings settings;
            SticProject modelProject = project.projectFor(file, err, "stic validate");
            SticValidator validator = modelProject.validator();
            if (validator.catalogue().rules().size() > sarifRules.rules().size()) {
                sarifRules = validator.catalogue();
            }
            try {
                resource = modelProject.load(file);
                settings = RuleSettings.forModel(file, RuleSettings.defaults());
            } catch (ModelLoadException e) {
                err.println("stic validate: " + e.getMessage());
                failures.add(new Sarif.Failure(file, e.line(), e.column(), e.getMessage()));
                continue;
            } catch (IOException e) {
                String message = e instanceof TextFileException ? e.getMessage()
                        : RuleSettings.fileFor(file) + ":0:0: cannot read the rule settings: " + Cli.reason(e);
                err.println("stic validate: " + message);
                failures.add(new Sarif.Failure(file, 0, 0, message));
                continue;
            }
            settings.problems(validator.catalogue()).forEach(p -> err.println("stic validate: warning: " + p));
            List<Finding> fileFindings = validator.validate(resource.getContents().get(0), settings);
            ElementLocator locator = fileFindings.isEmpty() ? null : ElementLocator.of(file);
            for (Finding f : fileFindings) {
                findings.add(new Located(file, resource.getURIFragment(f.element()), locator.positionOf(f.element()), f));
            }
            if (format == Format.sarif) {
                results.add(new Sarif.FileResult(file, fileFindings, locator));
            }
            if (progress) {
                err.println("stic validate: " + file + ": " + summary(fileFindings));
            }
        }
        switch (format) {
            case json -> out.println(json(findings));
            case sarif -> out.println(Sarif.toJson(sarifRules, VersionProvider.bundleVersion(), results,
                    failures));
            case text -> text(findings, models.size() - failures.size(), out);
        }
        if (!failures.isEmpty()) {
            return EXIT_LOAD_FAILURE;
        }
        return findings.stream().anyMatch(l -> failOn.fails(l.finding().severity())) ? EXIT_ERROR_FINDING : 0;
    }

    private static String summary(List<Finding> findings) {
        int[] bySeverity = new int[Severity.values().length];
        findings.forEach(f -> bySeverity[f.severity().ordinal()]++);
        return String.format("%d error(s), %d warning(s), %d info", bySeverity[Severity.ERROR.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()]);
    }

    private static void text(List<Located> findings, int validated, PrintWriter out) {
        for (Located l : findings) {
            Finding f = l.finding();
            out.printf("%s: %s %s [%s] %s%n", l.where(), f.severity().label(), f.ruleId(), f.path(), f.message());
        }
        out.printf("%s in %d validated file(s)%n", summary(findings.stream().map(Located::finding).toList()),
                validated);
    }

    private static String json(List<Located> findings) {
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
            o.addProperty("path", f.path());
            o.addProperty("message", f.message());
            array.add(o);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
    }
}
