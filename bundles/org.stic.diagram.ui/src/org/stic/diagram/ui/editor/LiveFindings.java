package org.stic.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.stic.Cluster;
import org.stic.diagram.Decoration;
import org.stic.validation.Finding;
import org.stic.validation.RuleSettings;
import org.stic.validation.SticValidator;

/**
 * The validation findings of the model as it is on the diagram, as decorations: the built-in rules with the
 * model's own rule settings ({@code <model>.rules}), run again whenever the model changes, so a badge appears or
 * goes as soon as an edit makes or fixes a problem.
 */
final class LiveFindings {

    private static SticValidator validator;

    private LiveFindings() {
    }

    /** One validator for all editors: building it compiles the OCL rules. */
    private static synchronized SticValidator validator() {
        if (validator == null) {
            validator = SticValidator.builtIn();
        }
        return validator;
    }

    static List<Decoration> of(Cluster cluster, Path model) {
        RuleSettings settings;
        try {
            settings = RuleSettings.forModel(model, RuleSettings.defaults());
        } catch (IOException e) {
            settings = RuleSettings.defaults(); // an unreadable settings file: every rule at its default
        }
        List<Finding> findings = validator().validate(cluster, settings);
        return findings.stream().filter(f -> f.element() != null)
                .map(f -> new Decoration(f.element(), f.severity().name(), f.ruleId(), f.message())).toList();
    }
}
