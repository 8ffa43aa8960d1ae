package org.stic.analysis;

import static org.stic.analysis.DependencyGraph.NEED;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stic.QuantityUnit;

/**
 * The reasons of one need: every path from the need down to an element whose own condition fails, following only
 * the children that hold the need at its level (for a need that is not ready, the unready ones; for an assumed
 * one, the assumed ones, ending at each element whose status was not assessed).
 */
final class Reasons {

    private final Evaluation e;
    private final List<Reason> out = new ArrayList<>();
    private final List<EObject> path = new ArrayList<>();

    private Reasons(Evaluation e) {
        this.e = e;
    }

    static List<Reason> of(Evaluation e, int need) {
        Reasons r = new Reasons(e);
        r.explain(need);
        return List.copyOf(r.out);
    }

    private void explain(int id) {
        byte lv = e.level[id];
        if (lv == Evaluation.READY) {
            return;
        }
        DependencyGraph g = e.graph;
        boolean onPath = g.kind[id] != NEED;
        if (onPath) {
            path.add(g.elements[id]);
        }
        for (Cause cause : Cause.values()) {
            if ((e.causes[id] & cause.bit()) != 0 && cause.blocks() == (lv == Evaluation.NOT_READY)) {
                out.add(new Reason(path, cause, arguments(id, cause)));
            }
        }
        for (int c : g.all[id]) {
            if (e.level[c] == lv) {
                explain(c);
            }
        }
        int[] any = g.any[id];
        int best = Evaluation.NOT_READY;
        for (int c : any) {
            best = Math.max(best, e.level[c]);
        }
        if (best == lv) {
            for (int c : any) {
                if (e.level[c] == lv) {
                    explain(c);
                }
            }
        }
        if (onPath) {
            path.remove(path.size() - 1);
        }
    }

    private List<?> arguments(int id, Cause cause) {
        DependencyGraph g = e.graph;
        return switch (cause) {
            case PLANNED_LATER -> List.of(Integer.toString(g.availableFrom[id]));
            case OVER_LOADED -> List.of(e.load[id][g.unit[id]], g.quantity[id], QuantityUnit.get(g.unit[id]));
            default -> List.of();
        };
    }
}
