package org.stic.analysis;

import java.math.BigDecimal;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.stic.QuantityUnit;

/** Applies a scenario's changes to a copy of the dependency graph (money changes are the economics' part). */
final class GraphEdits {

    private GraphEdits() {
    }

    static void apply(DependencyGraph graph, ScenarioChange change) {
        if (change instanceof ScenarioChange.Remove r) {
            // a removed revenue stream or cost item is not on the chain: the economics leave it out
            int node = graph.idOf(r.element());
            if (node >= 0) {
                graph.removed[node] = true;
            }
        } else if (change instanceof ScenarioChange.SetStatus s) {
            int node = node(graph, s.element());
            graph.status[node] = (byte) s.status().getValue();
            graph.availableFrom[node] = s.availableFrom() == null ? DependencyGraph.NO_YEAR : s.availableFrom();
        } else if (change instanceof ScenarioChange.SetCapacity c) {
            setQuantity(graph, c.element(), c.capacity(), c.unit());
        } else if (change instanceof ScenarioChange.SetDemand d) {
            setQuantity(graph, d.element(), d.demand(), d.unit());
        } else if (change instanceof ScenarioChange.AddResource a) {
            int action = node(graph, a.element());
            int[] old = graph.all[action];
            int[] all = Arrays.copyOf(old, old.length + 1);
            all[old.length] = node(graph, a.resource());
            graph.all[action] = all;
        }
    }

    private static void setQuantity(DependencyGraph graph, EObject element, BigDecimal value, QuantityUnit unit) {
        int node = node(graph, element);
        graph.quantity[node] = value;
        if (unit != null) {
            graph.unit[node] = (byte) unit.getValue();
        }
    }

    private static int node(DependencyGraph graph, EObject element) {
        int node = graph.idOf(element);
        if (node < 0) {
            throw new IllegalArgumentException(Names.of(element) + " is not an element of the analysed model");
        }
        return node;
    }
}
