package org.stic.analysis;

import static org.stic.analysis.DependencyGraph.PARTICIPANT;
import static org.stic.analysis.DependencyGraph.PARTNERSHIP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.stic.Priority;
import org.stic.SegmentNeed;
import org.stic.model.edit.Language;

/** Turns an analysis result into findings of the analysis catalogue's rules. */
final class Findings {

    private Findings() {
    }

    static List<AnalysisFinding> of(AnalysisResult result, FindingCatalogue catalogue, Language language) {
        List<AnalysisFinding> out = new ArrayList<>();
        for (FindingRule rule : catalogue.rules()) {
            switch (rule.id()) {
                case "ANA-001" -> singleProviders(result, rule, out);
                case "ANA-002" -> result.overLoaded().forEach(l -> out.add(finding(rule, l.resource(),
                        Messages.get(language, "finding.overLoaded", language.number(l.load()),
                                language.number(l.capacity()), Units.label(language, l.unit())))));
                case "ANA-003" -> needs(result, ReadinessLevel.NOT_READY, rule, out, language);
                case "ANA-004" -> needs(result, ReadinessLevel.ASSUMED, rule, out, language);
                case "ANA-005" -> result.economics().totals().stream().filter(t -> t.balance().signum() < 0)
                        .forEach(t -> out.add(finding(rule, result.cluster(), Messages.get(language,
                                "finding.notCovered", t.year(), t.currency(), language.number(t.revenue()),
                                language.number(t.cost())))));
                default -> {
                    // a rule this version does not compute: listed in the catalogue, never found
                }
            }
        }
        return List.copyOf(out);
    }

    private static void singleProviders(AnalysisResult result, FindingRule rule, List<AnalysisFinding> out) {
        Map<SegmentNeed, Set<EObject>> providers = new HashMap<>();
        for (CriticalElement c : result.criticalElements()) {
            byte kind = result.graph.kind[result.graph.idOf(c.element())];
            if (kind != PARTICIPANT && kind != PARTNERSHIP) {
                continue;
            }
            for (SegmentNeed need : c.needs()) {
                if (need.getPriority() == Priority.HIGH) {
                    providers.computeIfAbsent(need, n -> new LinkedHashSet<>()).add(c.element());
                }
            }
        }
        for (NeedReadiness n : result.needs()) {
            Set<EObject> single = providers.get(n.need());
            if (single != null) {
                out.add(finding(rule, n.need(), single.stream().map(Names::of).collect(Collectors.joining(", "))));
            }
        }
    }

    private static void needs(AnalysisResult result, ReadinessLevel level, FindingRule rule,
            List<AnalysisFinding> out, Language language) {
        for (NeedReadiness n : result.needs()) {
            if (n.level() == level && !n.reasons().isEmpty()) {
                out.add(finding(rule, n.need(), n.reasons().stream().map(r -> r.text(language))
                        .collect(Collectors.joining("; "))));
            }
        }
    }

    private static AnalysisFinding finding(FindingRule rule, EObject element, String detail) {
        return new AnalysisFinding(rule.id(), rule.severity(), element,
                rule.message().replace("{0}", Names.of(element)).replace("{1}", detail));
    }
}
