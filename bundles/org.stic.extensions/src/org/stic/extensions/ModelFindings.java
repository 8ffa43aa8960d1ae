package org.stic.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.stic.Cluster;
import org.stic.analysis.AnalysisCache;
import org.stic.analysis.AnalysisFinding;
import org.stic.analysis.AnalysisOptions;
import org.stic.analysis.FindingCatalogue;
import org.stic.analysis.FindingRule;
import org.stic.model.edit.Language;
import org.stic.validation.Finding;
import org.stic.validation.RuleSettings;
import org.stic.validation.Severity;

/**
 * Every finding of a model, as the command line, the Problems view and the diagram's badges show them: the findings
 * of the project's rules (built-in OCL rules and user rules) followed by the analysis findings (ANA-nnn, computed on
 * the whole readiness graph, see docs/analysis.md section 6). Validation does not depend on the analysis nor the
 * other way round; this is where the callers combine them. The same rule settings apply to both: an analysis rule
 * is switched off or given another severity by its id in a {@code .stic.rules} file, as an OCL rule is.
 */
public final class ModelFindings {

    private ModelFindings() {
    }

    /** The validation findings of {@code root} under the project's rules, then its analysis findings. */
    public static List<Finding> of(SticProject project, EObject root, RuleSettings settings, Language language,
            AnalysisOptions options) {
        List<Finding> findings = new ArrayList<>(project.validator().validate(root, settings, language));
        findings.addAll(analysis(root, settings, language, options));
        return findings;
    }

    /** {@link #of(SticProject, EObject, RuleSettings, Language, AnalysisOptions)} for this year. */
    public static List<Finding> of(SticProject project, EObject root, RuleSettings settings, Language language) {
        return of(project, root, settings, language, AnalysisOptions.thisYear());
    }

    /**
     * The analysis findings of a cluster as validation findings, at the severity the settings give their rule; none
     * when {@code root} is not a cluster (the analysis reads a whole model). A model being edited is not analysed
     * again: its resource's {@link AnalysisCache} gives the analysis the other views of it share.
     */
    public static List<Finding> analysis(EObject root, RuleSettings settings, Language language,
            AnalysisOptions options) {
        if (!(root instanceof Cluster cluster)) {
            return List.of();
        }
        FindingCatalogue catalogue = FindingCatalogue.builtIn(language);
        List<Finding> out = new ArrayList<>();
        for (AnalysisFinding f : AnalysisCache.analyse(cluster, options).findings(language)) {
            Severity severity = catalogue.rule(f.ruleId()).map(r -> severity(r, settings)).orElse(null);
            if (severity != null) {
                out.add(new Finding(f.ruleId(), severity, f.element(), f.message()));
            }
        }
        return out;
    }

    /** The severity an analysis rule reports with under {@code settings}; null when switched off. */
    public static Severity severity(FindingRule rule, RuleSettings settings) {
        return settings.effectiveSeverity(rule.id(), Severity.valueOf(rule.severity().name()));
    }

    /** The ids of the analysis rules, which rule settings files may name beside the catalogue's. */
    public static Set<String> analysisRuleIds() {
        return FindingCatalogue.builtIn(Language.EN).ids();
    }

    /** Unreadable lines and unknown rule ids of the settings, knowing the project's and the analysis' rules. */
    public static List<String> settingsProblems(SticProject project, RuleSettings settings) {
        return settings.problems(project.validator().catalogue(), analysisRuleIds());
    }
}
