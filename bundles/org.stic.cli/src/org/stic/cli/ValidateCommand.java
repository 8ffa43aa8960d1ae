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
import org.stic.validation.Finding;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stic validate FILE... [--format text|json]}: checks models against the rule catalogue. Exit 0 when no
 * finding is an error, 1 when one is, 2 when a file cannot be loaded (one line naming file, line and column) or
 * the command is misused. With {@code --format json} stdout holds only the JSON array of findings.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks STIC models against the validation rules and prints the findings.",
                "A model's rule settings are read from <model>.rules beside it (RULE-ID = off|on|error|warning|info).",
                "Extension metamodels and user rules come from stic-project.json in the model's folder or a parent."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding is an error", "1:a finding is an error",
                "2:a file could not be loaded, or the command was misused"})
public class ValidateCommand implements Callable<Integer> {

    static final int EXIT_ERROR_FINDING = 1;
    static final int EXIT_LOAD_FAILURE = 2;

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .stic files to validate")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or json (stdout holds only a JSON array of findings)")
    Format format;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    /** One finding with the file it was found in and the element's id there. */
    private record Located(Path file, String elementId, Finding finding) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SticValidator.builtIn().catalogue().problems().forEach(p -> err.println("stic validate: warning: " + p));
        List<Located> findings = new ArrayList<>();
        boolean loadFailed = false;
        int validated = 0;
        for (Path file : files) {
            Resource resource;
            RuleSettings settings;
            SticProject modelProject = project.projectFor(file, err, "stic validate");
            SticValidator validator = modelProject.validator();
            try {
                resource = modelProject.load(file);
                settings = RuleSettings.forModel(file, RuleSettings.defaults());
            } catch (ModelLoadException e) {
                err.println("stic validate: " + e.getMessage());
                loadFailed = true;
                continue;
            } catch (IOException e) {
                err.println("stic validate: " + RuleSettings.fileFor(file) + ":0:0: cannot read the rule settings: "
                        + e.getMessage());
                loadFailed = true;
                continue;
            }
            settings.problems(validator.catalogue()).forEach(p -> err.println("stic validate: warning: " + p));
            validated++;
            for (Finding f : validator.validate(resource.getContents().get(0), settings)) {
                findings.add(new Located(file, resource.getURIFragment(f.element()), f));
            }
        }
        if (format == Format.json) {
            out.println(json(findings));
        } else {
            text(findings, validated, out);
        }
        if (loadFailed) {
            return EXIT_LOAD_FAILURE;
        }
        return findings.stream().anyMatch(l -> l.finding().severity() == Severity.ERROR) ? EXIT_ERROR_FINDING : 0;
    }

    private static void text(List<Located> findings, int validated, PrintWriter out) {
        int[] bySeverity = new int[Severity.values().length];
        for (Located l : findings) {
            Finding f = l.finding();
            bySeverity[f.severity().ordinal()]++;
            out.printf("%s: %s %s [%s] %s%n", l.file(), f.severity().label(), f.ruleId(), f.path(), f.message());
        }
        out.printf("%d error(s), %d warning(s), %d info in %d validated file(s)%n", bySeverity[Severity.ERROR.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()], validated);
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
            o.addProperty("path", f.path());
            o.addProperty("message", f.message());
            array.add(o);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
    }
}
