package org.stic.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.model.io.SticResources;

class SyntheticModelsTest {

    @TempDir
    Path dir;

    @Test
    void oneThousandElementsAreExactlyOneThousandWithEveryKindPresent() {
        Map<String, Integer> counts = counts(SyntheticModels.generate(1_000, 1));
        assertEquals(1_000, counts.values().stream().mapToInt(Integer::intValue).sum(), counts.toString());
        assertEquals(15, counts.size(), "every concrete class appears: " + counts);
        // shares of the 997 elements below the cluster and its contours
        assertEquals(1, counts.get("Cluster"));
        assertEquals(179, counts.get("Participant"));
        assertEquals(129, counts.get("KeyAction"));
        assertEquals(29, counts.get("Segment"));
    }

    @Test
    void tenThousandElementsAreExactlyTenThousandInTheSameProportions() {
        Map<String, Integer> counts = counts(SyntheticModels.generate(10_000, 7));
        assertEquals(10_000, counts.values().stream().mapToInt(Integer::intValue).sum(), counts.toString());
        assertEquals(1_799, counts.get("Participant"));
        assertEquals(1_299, counts.get("KeyResource"));
        assertEquals(299, counts.get("Segment"));
        assertEquals(2_208, counts.get("Interaction"), "interactions take the rounding remainder");
    }

    @Test
    void sameSeedSameModelOtherSeedOtherModel() {
        assertTrue(EcoreUtil.equals(SyntheticModels.generate(500, 3), SyntheticModels.generate(500, 3)));
        assertFalse(PersistentEquality.equal(SyntheticModels.generate(500, 3), SyntheticModels.generate(500, 4)));
    }

    @Test
    void aboutOneKeyActionInTenIsAReadinessGapAndReferencesArePopulated() {
        Cluster cluster = SyntheticModels.generate(10_000, 11);
        long gaps = cluster.getInternalContour().getKeyActions().stream()
                .filter(a -> a.getSupportingResources().isEmpty()).count();
        int actions = cluster.getInternalContour().getKeyActions().size();
        assertTrue(gaps > actions / 20 && gaps < actions / 5, gaps + " of " + actions);
        for (KeyAction action : cluster.getInternalContour().getKeyActions()) {
            assertFalse(action.getPerformers().isEmpty());
            assertFalse(action.getValuePropositions().isEmpty());
        }
        assertTrue(cluster.getExternalContour().getSegments().stream().allMatch(s -> !s.getMembers().isEmpty()));
    }

    @Test
    void aSyntheticModelSurvivesSaveAndLoad() throws Exception {
        Cluster cluster = SyntheticModels.generate(2_000, 5);
        Path file = dir.resolve("synthetic.stic");
        SticResources.save(SticResources.create(SticResources.newResourceSet(), file, cluster));
        assertTrue(PersistentEquality.equal(cluster, SticResources.load(file)));
    }

    @Test
    void tooSmallIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticModels.generate(SyntheticModels.MIN_ELEMENTS - 1, 1));
        assertEquals(SyntheticModels.MIN_ELEMENTS, counts(SyntheticModels.generate(SyntheticModels.MIN_ELEMENTS, 1))
                .values().stream().mapToInt(Integer::intValue).sum());
    }

    private static Map<String, Integer> counts(Cluster cluster) {
        Map<String, Integer> counts = new HashMap<>();
        counts.merge("Cluster", 1, Integer::sum);
        for (TreeIterator<EObject> it = cluster.eAllContents(); it.hasNext();) {
            counts.merge(it.next().eClass().getName(), 1, Integer::sum);
        }
        return counts;
    }
}
