package org.stic.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.CostNature;
import org.stic.Element;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ParticipantRole;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;
import org.stic.model.io.SticResources;

class SyntheticModelsTest {

    @TempDir
    Path dir;

    @Test
    void oneThousandElementsAreExactlyOneThousandWithEveryKindPresent() {
        Map<String, Integer> counts = counts(SyntheticModels.generate(1_000, 1));
        assertEquals(1_000, counts.values().stream().mapToInt(Integer::intValue).sum(), counts.toString());
        assertEquals(16, counts.size(), "every concrete class appears: " + counts);
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
        assertEquals(99, counts.get("Indicator"));
        assertEquals(2_109, counts.get("Interaction"), "interactions take the rounding remainder");
    }

    @Test
    void theFeaturesOfMetamodel2_0ArePopulated() {
        Cluster cluster = SyntheticModels.generate(1_000, 5);
        List<Participant> participants = cluster.getParticipants();
        assertTrue(participants.stream().anyMatch(p -> p.getMembership() == Membership.EXTERNAL));
        assertTrue(participants.stream().noneMatch(p -> p.getMembership() == Membership.UNSPECIFIED
                || p.getKind() == ParticipantKind.UNSPECIFIED), "assessed values only");
        assertTrue(participants.stream().filter(p -> p.getRoles().contains(ParticipantRole.INNOVATION_GENERATOR))
                .allMatch(p -> p.getMembership() == Membership.MEMBER), "segments hold members");
        ExternalContour external = cluster.getExternalContour();
        assertTrue(external.getRevenueStreams().stream().allMatch(r -> !r.getPayers().isEmpty()
                && !r.getValuePropositions().isEmpty() && r.getPeriod() != AmountPeriod.UNSPECIFIED));
        assertTrue(external.getChannels().stream().allMatch(c -> !c.getValuePropositions().isEmpty()));
        List<SegmentNeed> needs = external.getSegments().stream().flatMap(s -> s.getNeeds().stream()).toList();
        assertTrue(needs.stream().anyMatch(n -> n.getDemand() != null && n.getDemandUnit() != QuantityUnit.UNSPECIFIED));
        InternalContour internal = cluster.getInternalContour();
        assertTrue(internal.getKeyResources().stream().allMatch(r -> r.getCapacity() != null
                && r.getCapacityUnit() != QuantityUnit.UNSPECIFIED && r.getStatus() != AvailabilityStatus.UNSPECIFIED));
        assertTrue(internal.getKeyResources().stream().anyMatch(r -> r.getStatus() == AvailabilityStatus.PLANNED
                && r.getAvailableFrom() != null));
        assertTrue(internal.getKeyResources().stream().anyMatch(r -> r.getStatus() == AvailabilityStatus.MISSING));
        assertTrue(internal.getKeyActions().stream().anyMatch(a -> a.getStatus() == AvailabilityStatus.PLANNED));
        assertTrue(internal.getCostItems().stream().anyMatch(c -> c.getNature() == CostNature.CAPITAL));
        assertTrue(internal.getCostItems().stream().anyMatch(c -> c.getPeriod() == AmountPeriod.ONE_OFF && c.getFromYear() != null));
        assertTrue(cluster.getIndicators().stream().anyMatch(i -> i.getTarget() != null && i.getTargetYear() != null
                && !i.getMeasures().isEmpty()));
        List<Element> all = new ArrayList<>();
        cluster.eAllContents().forEachRemaining(o -> all.add((Element) o));
        assertTrue(all.stream().anyMatch(e -> e.getCitation() != null));
        assertTrue(all.stream().anyMatch(Element::isIllustrative));
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
