package org.stic.diagram;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.CriticalElement;
import org.stic.diagram.scene.Overlay;
import org.stic.diagram.scene.SceneEdge;
import org.stic.diagram.scene.SceneNode;
import org.stic.model.edit.Language;

/**
 * The analysis' critical elements shaded on the diagram: every participant, partnership, key resource and key action
 * whose loss makes a ready need unready (docs/analysis.md, "Critical elements"), in three bands of its impact
 * against the highest impact in the model. Darker fill and a thicker outline mean a higher impact, so that the single
 * points of failure stand out in colour and in black and white.
 */
public final class CriticalityOverlay implements Overlay {

    /** The bands, highest first: impact at least 2/3, at least 1/3, below 1/3 of the highest. */
    public static final List<Mark> BANDS = List.of(
            new Mark(0xE57373, 0x7F0000, 3.4, null, 0x1A1A1A, "critical-high"),
            new Mark(0xFFB74D, 0x8D4A00, 2.4, null, 0x1A1A1A, "critical-medium"),
            new Mark(0xFFF176, 0x6D5E00, 1.6, null, 0x1A1A1A, "critical-low"));

    private final Map<EObject, CriticalElement> critical = new IdentityHashMap<>();
    private final int highest;

    private CriticalityOverlay(List<CriticalElement> elements) {
        int max = 0;
        for (CriticalElement c : elements) {
            critical.put(c.element(), c);
            max = Math.max(max, c.impact());
        }
        highest = max;
    }

    public static CriticalityOverlay of(AnalysisResult result) {
        return new CriticalityOverlay(result.criticalElements());
    }

    /** The band of an element (0 highest), or -1 when it is not critical. */
    public int band(EObject element) {
        CriticalElement c = critical.get(element);
        if (c == null || highest == 0) {
            return -1;
        }
        return 3 * c.impact() >= 2 * highest ? 0 : 3 * c.impact() >= highest ? 1 : 2;
    }

    @Override
    public Mark node(SceneNode node) {
        int band = band(node.element());
        return band < 0 ? null : BANDS.get(band);
    }

    @Override
    public Mark edge(SceneEdge edge) {
        return null;
    }

    @Override
    public List<LegendEntry> legend(Language language) {
        return List.of(new LegendEntry(BANDS.get(0), Messages.get(language, "criticality.legend.high")),
                new LegendEntry(BANDS.get(1), Messages.get(language, "criticality.legend.medium")),
                new LegendEntry(BANDS.get(2), Messages.get(language, "criticality.legend.low")));
    }
}
