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
 * A what-if scenario drawn over the diagram: the elements it switches off greyed, and the chain elements (needs,
 * value propositions, actions, resources, participants) that are ready in the model but not under the scenario in
 * red, with the links between them, so that the chains that lose readiness stand out. Computed by the analysis
 * ({@link AnalysisResult#under}); the model is not changed.
 */
public final class WhatIfOverlay implements Overlay {

    public static final Mark OFF = new Mark(0xEEEEEE, 0x9E9E9E, 1.2, new float[] { 3f, 3f }, 0x8A8A8A, "what-if-off");
    public static final Mark LOST = new Mark(0xFFCDD2, 0xC62828, 3.0, null, 0x1A1A1A, "what-if-lost");
    private static final Mark OFF_EDGE = new Mark(0xFFFFFF, 0xBDBDBD, 1.0, null, 0x8A8A8A, "what-if-off");
    private static final Mark LOST_EDGE = new Mark(0xFFFFFF, 0xC62828, 2.6, null, 0x1A1A1A, "what-if-lost");

    private final Set<EObject> off;
    private final Set<EObject> lost;

    private WhatIfOverlay(Set<EObject> off, Set<EObject> lost) {
        this.off = off;
        this.lost = lost;
    }

    /** The scenario's removed elements greyed, what loses readiness against {@code baseline} in red. */
    public static WhatIfOverlay of(AnalysisResult baseline, AnalysisResult scenario) {
        Set<EObject> off = Collections.newSetFromMap(new IdentityHashMap<>());
        Scenario s = scenario.scenario();
        if (s != null) {
            for (ScenarioChange c : s.changes()) {
                if (c instanceof ScenarioChange.Remove r) {
                    off.add(r.element());
                }
            }
        }
        Set<EObject> lost = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject e : chainElements(baseline)) {
            ReadinessLevel before = baseline.levelOf(e);
            ReadinessLevel after = scenario.levelOf(e);
            if (!off.contains(e) && before != null && before.isReady() && (after == null || !after.isReady())) {
                lost.add(e);
            }
        }
        return new WhatIfOverlay(off, lost);
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

    /** The elements ready in the model and not under the scenario. */
    public Set<EObject> lost() {
        return Collections.unmodifiableSet(lost);
    }

    @Override
    public Mark node(SceneNode node) {
        return off.contains(node.element()) ? OFF : lost.contains(node.element()) ? LOST : null;
    }

    @Override
    public Mark edge(SceneEdge edge) {
        EObject from = edge.source().element();
        EObject to = edge.target().element();
        if (off.contains(from) || off.contains(to)) {
            return OFF_EDGE;
        }
        return lost.contains(from) && lost.contains(to) ? LOST_EDGE : null;
    }

    @Override
    public List<LegendEntry> legend(Language language) {
        return List.of(new LegendEntry(OFF, Messages.count(language, "whatIf.legend.off", off.size())),
                new LegendEntry(LOST, Messages.count(language, "whatIf.legend.lost", lost.size())));
    }
}
