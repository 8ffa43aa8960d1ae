package org.stic.ui.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.stic.extensions.ModelFindings;
import org.stic.extensions.SticProject;
import org.stic.model.edit.Language;
import org.stic.ui.project.ProjectMarkers;
import org.stic.ui.project.SticProjects;
import org.stic.validation.Finding;
import org.stic.validation.RuleSettings;
import org.stic.validation.SticValidator;

/**
 * Runs the validator of a model's project (the built-in rules and the project's user rules) and the analysis (its
 * findings ANA-nnn, for this year) with the user's rule settings and turns the findings into Problems markers.
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** The built-in validator (the rule catalogue every project starts from). */
    public static SticValidator validator() {
        return SticValidator.builtIn();
    }

    /**
     * Validates every root of the resource with the validator of the given project and the rule settings that
     * apply to the file (its own .rules file over the workspace's), adds the analysis findings of a cluster, and
     * replaces the file's STIC markers with the findings.
     */
    public static List<Finding> validate(IFile file, Resource resource, SticProject project) {
        Path model = file.getLocation().toFile().toPath();
        List<String> settingsProblems = new ArrayList<>();
        RuleSettings settings = WorkspaceRuleSettings.forModel(model, settingsProblems);
        // the model's rule settings file gets its own markers: a bad line there must not pass unseen
        settingsProblems.addAll(ModelFindings.settingsProblems(project, settings));
        ProjectMarkers.replace(RuleSettings.fileFor(model), settingsProblems);
        List<Finding> findings = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            findings.addAll(ModelFindings.of(project, root, settings, Language.current()));
        }
        SticMarkers.replace(file, findings);
        return findings;
    }

    /** Validates a model with its file's project (see {@link SticProjects#forModel(IFile)}). */
    public static List<Finding> validate(IFile file, Resource resource) {
        return validate(file, resource, SticProjects.forModel(file));
    }
}
