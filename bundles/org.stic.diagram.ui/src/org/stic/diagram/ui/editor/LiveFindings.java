package org.stic.diagram.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.stic.Cluster;
import org.stic.diagram.Decoration;
import org.stic.extensions.ModelFindings;
import org.stic.model.edit.Language;
import org.stic.ui.project.SticProjects;
import org.stic.ui.validation.WorkspaceRuleSettings;
import org.stic.validation.Finding;

/**
 * The findings of the model as it is on the diagram, as decorations: the rules of the model's project (built-in and
 * user rules) and the analysis findings (ANA-nnn), with the rule settings that apply to it, as for the Problems
 * markers; run again whenever the model or the project's rule files change, so a badge appears or goes as soon as
 * an edit makes or fixes a problem. The analysis findings come from the analysis the model's session keeps once per
 * model state ({@link org.stic.analysis.AnalysisCache}), which the Readiness view and the what-if colours share.
 */
final class LiveFindings {

    private LiveFindings() {
    }

    static List<Decoration> of(Cluster cluster, Path model) {
        List<Finding> findings = ModelFindings.of(SticProjects.forModel(model), cluster,
                WorkspaceRuleSettings.forModel(model), Language.current());
        return findings.stream().filter(f -> f.element() != null)
                .map(f -> new Decoration(f.element(), f.severity().name(), f.ruleId(), f.message())).toList();
    }
}
