package org.stic.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * A what-if scenario: a named list of changes analysed against the model without changing it. Read and written by
 * {@link ScenarioFile}; {@link AnalysisResult#under(Scenario)} analyses it and {@link Comparison} shows what it
 * changes.
 */
public record Scenario(String name, List<ScenarioChange> changes) {

    /** No change: the model as it is. */
    public static final Scenario NONE = new Scenario("", List.of());

    public Scenario {
        changes = List.copyOf(changes);
    }

    /** The amounts the scenario gives revenue streams and cost items. */
    Map<EObject, BigDecimal> amounts() {
        Map<EObject, BigDecimal> map = new HashMap<>();
        for (ScenarioChange c : changes) {
            if (c instanceof ScenarioChange.SetAmount a) {
                map.put(a.element(), a.amount());
            }
        }
        return map;
    }

    /** The elements the scenario removes. */
    Set<EObject> removed() {
        Set<EObject> set = new HashSet<>();
        for (ScenarioChange c : changes) {
            if (c instanceof ScenarioChange.Remove r) {
                set.add(r.element());
            }
        }
        return set;
    }
}
