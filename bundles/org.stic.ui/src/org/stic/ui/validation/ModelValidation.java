package org.stic.ui.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.validation.Finding;
import org.stic.validation.RuleSettings;
import org.stic.validation.SticValidator;

/** Runs the STIC validator with the user's rule settings and turns the findings into Problems markers. */
public final class ModelValidation {

    private static SticValidator validator;

    private ModelValidation() {
    }

    /** The built-in validator, created once (it compiles the OCL rules). */
    public static synchronized SticValidator validator() {
        if (validator == null) {
            validator = SticValidator.builtIn();
        }
        return validator;
    }

    /**
     * Validates every root of the resource with the rule settings that apply to the file (its own .rules file over
     * the workspace's) and replaces the file's STIC markers with the findings.
     */
    public static List<Finding> validate(IFile file, Resource resource) {
        RuleSettings settings = WorkspaceRuleSettings.forModel(file.getLocation().toFile().toPath());
        List<Finding> findings = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            findings.addAll(validator().validate(root, settings));
        }
        SticMarkers.replace(file, findings);
        return findings;
    }
}
