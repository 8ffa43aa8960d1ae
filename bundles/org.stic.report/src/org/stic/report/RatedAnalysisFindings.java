package org.stic.report;

import java.util.ArrayList;
import java.util.List;

import org.stic.analysis.AnalysisFinding;
import org.stic.analysis.AnalysisResult;
import org.stic.model.edit.Language;
import org.stic.validation.Finding;
import org.stic.validation.RuleSettings;
import org.stic.validation.Severity;

/**
 * The analysis findings (ANA-nnn) of a report as the model's rule settings show them, for its findings table and its
 * diagrams' badges alike: a rule switched off in {@code <model>.stic.rules} is left out, a re-graded one shows at
 * the severity the settings give it. It is the mapping the command line and the workbench apply
 * ({@code org.stic.extensions.ModelFindings}, which the report cannot use: it stands beside it), applied to the
 * analysis the report has already run, so the report and {@code stic validate} agree on every finding.
 */
public final class RatedAnalysisFindings {

    private RatedAnalysisFindings() {
    }

    /** The findings of {@code analysis} in {@code language}, at the severity {@code settings} give their rule. */
    public static List<Finding> of(AnalysisResult analysis, RuleSettings settings, Language language) {
        List<Finding> rated = new ArrayList<>();
        for (AnalysisFinding f : analysis.findings(language)) {
            Severity severity = settings.effectiveSeverity(f.ruleId(), Severity.valueOf(f.severity().name()));
            if (severity != null) {
                rated.add(new Finding(f.ruleId(), severity, f.element(), f.message()));
            }
        }
        return List.copyOf(rated);
    }
}
