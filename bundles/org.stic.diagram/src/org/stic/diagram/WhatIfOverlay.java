package org.stic.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.ReadinessLevel;
import org.stic.analysis.Scenario;
import org.stic.analysis.ScenarioChange;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.model.edit.Language;

/**
 * A what-if scenario drawn over the diagram: the elements it switches off greyed, the elements whose figures it
 * changes (a status, a capacity, a demand, an amount, a resource added to an action) outlined in violet, and the chain
 * elements (needs, value propositions, actions, resources, participants) that are ready in the model but not under
 * the scenario in red, those that become ready in green, with the links between them, so that the chains that lose or
 * gain readiness stand out. What the scenario changes is drawn as such even when its readiness changes too: the cause
 * over its effect. Computed by the analysis ({@link AnalysisResult#under}); the model is not changed.
 */
public final class WhatIfOverlay implements Overlay {

    public static final Mark OFF = new Mark(0xEEEEEE, 0x9E9E9E, 1.2, new float[] { 3f, 3f }, 0x8A8A8A, "what-if-off");
    public static final Mark LOST = new Mark(0xFFCDD2, 0xC62828, 3.0, null, 0x1A1A1A, "what-if-lost");
    /** Violet rather than blue: the editor draws its selection in blue. */
    public static final Mark CHANGED = new Mark(0xEDE7F6, 0x6A1B9A, 2.6, new float[] { 7f, 3f }, 0x1A1A1A,
            "what-if-changed");
    public static final Mark GAINED = new Mark(0xC8E6C9, 0x2E7D32, 3.0, null, 0x1A1A1A, "what-if-gained");
    private static final Mark OFF_EDGE = new Mark(0xFFFFFF, 0xBDBDBD, 1.0, null, 0x8A8A8A, "what-if-off");
    private static final Mark LOST_EDGE = new Mark(0xFFFFFF, 0xC62828, 2.6, null, 0x1A1A1A, "what-if-lost");
    private static final Mark GAINED_EDGE = new Mark(0xFFFFFF, 0x2E7D32, 2.6, null, 0x1A1A1A, "what-if-gained");

    private final Set<EObject> off;
    private final Set<EObject> changed;
    private final Set<EObject> lost;
    private final Set<EObject> gained;

    private WhatIfOverlay(Set<EObject> off, Set<EObject> changed, Set<EObject> lost, Set<EObject> gained) {
        this.off = off;
        this.changed = changed;
        this.lost = lost;
        this.gained = gained;
    }

    /**
     * The scenario's removed elements greyed, those it changes outlined, what loses readiness against
     * {@code baseline} in red and what gains it in green.
     */
    public static WhatIfOverlay of(AnalysisResult baseline, AnalysisResult scenario) {
        Set<EObject> off = identitySet();
        Set<EObject> changed = identitySet();
        Scenario s = scenario.scenario();
        if (s != null) {
            for (ScenarioChange c : s.changes()) {
                if (c instanceof ScenarioChange.Remove r) {
                    off.add(r.element());
                } else {
                    changed.add(c.element());
                    if (c instanceof ScenarioChange.AddResource a) {
                        changed.add(a.resource());
                    }
                }
            }
        }
        changed.removeAll(off);
        Set<EObject> lost = identitySet();
        Set<EObject> gained = identitySet();
        for (EObject e : chainElements(baseline)) {
            ReadinessLevel before = baseline.levelOf(e);
            ReadinessLevel after = scenario.levelOf(e);
            if (off.contains(e) || changed.contains(e) || before == null) {
                continue;
            }
            boolean readyAfter = after != null && after.isReady();
            if (before.isReady() && !readyAfter) {
                lost.add(e);
            } else if (!before.isReady() && readyAfter) {
                gained.add(e);
            }
        }
        return new WhatIfOverlay(off, changed, lost, gained);
    }

    private static Set<EObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Every element the analysis rates: the whole model's content (the analysis answers null for the others). */
    private static List<EObject> chainElements(AnalysisResult baseline) {
        List<EObject> all = new ArrayList<>();
        baseline.cluster().eAllContents().forEachRemaining(all::add);
        return all;
    }

    /** The elements switched off. */
    public Set<EObject> off() {
        return Collections.unmodifiableSet(off);
    }

    /** The elements whose status, capacity, demand or amount the scenario changes, or that it links. */
    public Set<EObject> changed() {
        return Collections.unmodifiableSet(changed);
    }

    /** The elements ready in the model and not under the scenario. */
    public Set<EObject> lost() {
        return Collections.unmodifiableSet(lost);
    }

    /** The elements not ready in the model and ready under the scenario. */
    public Set<EObject> gained() {
        return Collections.unmodifiableSet(gained);
    }

    @Override
    public Mark node(SceneNode node) {
        EObject e = node.element();
        return off.contains(e) ? OFF
                : changed.contains(e) ? CHANGED : lost.contains(e) ? LOST : gained.contains(e) ? GAINED : null;
    }

    @Override
    public Mark edge(SceneEdge edge) {
        EObject from = edge.source().element();
        EObject to = edge.target().element();
        if (off.contains(from) || off.contains(to)) {
            return OFF_EDGE;
        }
        // a chain that loses (gains) readiness: its links between elements that lose (gain) it or that cause it
        boolean lostFrom = lost.contains(from) || changed.contains(from);
        boolean lostTo = lost.contains(to) || changed.contains(to);
        if (lostFrom && lostTo && (lost.contains(from) || lost.contains(to))) {
            return LOST_EDGE;
        }
        boolean gainedFrom = gained.contains(from) || changed.contains(from);
        boolean gainedTo = gained.contains(to) || changed.contains(to);
        return gainedFrom && gainedTo && (gained.contains(from) || gained.contains(to)) ? GAINED_EDGE : null;
    }

    /** Switched off and losing readiness always; changed and gaining readiness when the scenario has them. */
    @Override
    public List<LegendEntry> legend(Language language) {
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(OFF, Messages.count(language, "whatIf.legend.off", off.size())));
        if (!changed.isEmpty()) {
            legend.add(new LegendEntry(CHANGED, Messages.count(language, "whatIf.legend.changed", changed.size())));
        }
        legend.add(new LegendEntry(LOST, Messages.count(language, "whatIf.legend.lost", lost.size())));
        if (!gained.isEmpty()) {
            legend.add(new LegendEntry(GAINED, Messages.count(language, "whatIf.legend.gained", gained.size())));
        }
        return legend;
    }
}
