package org.stic.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.Interaction;
import org.stic.Participant;
import org.stic.Segment;
import org.stic.SticPackage;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/** What deleting from the model takes with it, on the Kaluga example. */
class ModelDeletionTest {

    @Test
    void aParticipantTakesItsInteractionsAlongAndLeavesTheSegmentsItWasAMemberOf() throws Exception {
        Cluster cluster = SticResources.load(Examples.path(Examples.KALUGA_PHARMA));
        Participant p = cluster.getParticipants().stream()
                .filter(x -> !x.getOutgoingInteractions().isEmpty() && !x.getSegments().isEmpty()).findFirst()
                .orElseThrow();
        List<Interaction> interactions = cluster.getInteractions().stream()
                .filter(i -> i.getSource() == p || i.getTarget() == p).toList();

        ModelDeletion deletion = ModelDeletion.of(List.of(p));

        assertEquals(1 + interactions.size(), deletion.elements().size(), "an interaction cannot lose an end");
        assertTrue(deletion.elements().containsAll(interactions));
        for (Interaction i : interactions) {
            assertTrue(deletion.references().stream().anyMatch(r -> r.referrer() == i && r.referrerDeleted()
                    && r.target() == p), "listed as deleted too: " + i);
        }
        for (Segment s : p.getSegments()) {
            assertTrue(deletion.references().stream().anyMatch(r -> r.referrer() == s && !r.referrerDeleted()
                    && r.reference() == SticPackage.Literals.SEGMENT__MEMBERS), "the segment loses a member: " + s);
        }
        assertFalse(deletion.references().stream().anyMatch(r -> r.reference().isTransient()),
                "two-way links are listed once, from the side the file stores");
        Set<EObject> none = Set.of(cluster, cluster.getInternalContour(), cluster.getExternalContour());
        assertTrue(none.stream().noneMatch(ModelDeletion::deletable), "the cluster and its contours stay");
        assertTrue(ModelDeletion.deletable(p));
    }
}
