package org.stic.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.stic.Channel;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.ExternalContour;
import org.stic.Interaction;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.NamedElement;
import org.stic.Participant;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;

/**
 * Deterministic clusters of about {@code elements} elements with a few percent of every kind of gap, so that
 * every rule both passes and fails somewhere. Proportions follow the examples: key actions and resources dominate.
 */
final class LargeModels {

    private static final SticFactory F = SticFactory.eINSTANCE;

    private LargeModels() {
    }

    static Cluster generate(int elements, long seed) {
        Random rnd = new Random(seed);
        Cluster c = F.createCluster();
        c.setName("Synthetic cluster " + elements);
        ExternalContour ext = F.createExternalContour();
        InternalContour in = F.createInternalContour();
        c.setExternalContour(ext);
        c.setInternalContour(in);

        List<Participant> participants = new ArrayList<>();
        List<Participant> generators = new ArrayList<>();
        for (int i = 0, n = share(elements, 9); i < n; i++) {
            Participant p = named(F.createParticipant(), "Participant", i, rnd);
            p.getRoles().add(i == 0 ? ParticipantRole.COORDINATOR
                    : ParticipantRole.values()[rnd.nextInt(ParticipantRole.values().length)]);
            c.getParticipants().add(p);
            participants.add(p);
            if (p.getRoles().contains(ParticipantRole.INNOVATION_GENERATOR) || rnd.nextInt(100) == 0) {
                generators.add(p);
            }
        }
        for (int i = 0, n = share(elements, 12); i < n; i++) {
            Interaction x = F.createInteraction();
            Participant source = pick(participants, rnd);
            x.setSource(source);
            x.setTarget(rnd.nextInt(100) == 0 ? source : pick(participants, rnd));
            c.getInteractions().add(x);
        }
        List<Segment> segments = new ArrayList<>();
        List<SegmentNeed> needs = new ArrayList<>();
        for (int i = 0, n = share(elements, 2); i < n; i++) {
            Segment s = named(F.createSegment(), "Segment", i, rnd);
            for (int k = 0; k < 3; k++) {
                s.getMembers().add(pick(generators, rnd));
            }
            for (int k = 0; k < 3; k++) {
                SegmentNeed need = named(F.createSegmentNeed(), "Need", i * 3 + k, rnd);
                s.getNeeds().add(need);
                needs.add(need);
            }
            ext.getSegments().add(s);
            segments.add(s);
        }
        List<ValueProposition> propositions = new ArrayList<>();
        for (int i = 0, n = share(elements, 6); i < n; i++) {
            ValueProposition v = named(F.createValueProposition(), "Proposition", i, rnd);
            if (gap(rnd)) {
                Segment s = pick(segments, rnd);
                v.getSegments().add(s);
                v.getNeeds().add(pick(s.getNeeds(), rnd));
            }
            ext.getValuePropositions().add(v);
            propositions.add(v);
        }
        for (int i = 0, n = share(elements, 1); i < n; i++) {
            Channel ch = named(F.createChannel(), "Channel", i, rnd);
            Relationship rel = named(F.createRelationship(), "Relationship", i, rnd);
            RevenueStream rev = named(F.createRevenueStream(), "Revenue", i, rnd);
            for (int k = 0; k < 3 && gap(rnd); k++) {
                ch.getSegments().add(pick(segments, rnd));
                rel.getSegments().add(pick(segments, rnd));
                rev.getSegments().add(pick(segments, rnd));
            }
            ext.getChannels().add(ch);
            ext.getRelationships().add(rel);
            ext.getRevenueStreams().add(rev);
        }
        List<KeyResource> resources = new ArrayList<>();
        for (int i = 0, n = share(elements, 20); i < n; i++) {
            KeyResource r = named(F.createKeyResource(), "Resource", i, rnd);
            if (gap(rnd)) {
                r.getProviders().add(pick(participants, rnd));
            }
            in.getKeyResources().add(r);
            resources.add(r);
        }
        List<KeyAction> actions = new ArrayList<>();
        for (int i = 0, n = share(elements, 32); i < n; i++) {
            KeyAction a = named(F.createKeyAction(), "Action", i, rnd);
            if (gap(rnd)) {
                a.getPerformers().add(pick(participants, rnd));
            }
            for (int k = 0; k < 2 && gap(rnd); k++) {
                a.getSupportingResources().add(pick(resources, rnd));
            }
            if (gap(rnd)) {
                a.getValuePropositions().add(pick(propositions, rnd));
            }
            in.getKeyActions().add(a);
            actions.add(a);
        }
        for (int i = 0, n = share(elements, 5); i < n; i++) {
            Partnership p = named(F.createPartnership(), "Partnership", i, rnd);
            if (gap(rnd)) {
                p.getPartners().add(pick(participants, rnd));
                p.getResources().add(pick(resources, rnd));
                p.getActions().add(pick(actions, rnd));
            }
            in.getPartnerships().add(p);
            CostItem cost = named(F.createCostItem(), "Cost", i, rnd);
            if (gap(rnd)) {
                cost.getActions().add(pick(actions, rnd));
            }
            in.getCostItems().add(cost);
        }
        return c;
    }

    private static int share(int elements, int percent) {
        return Math.max(1, elements * percent / 100);
    }

    /** True in 95% of the cases: the link is made; otherwise the rule about it fails. */
    private static boolean gap(Random rnd) {
        return rnd.nextInt(20) != 0;
    }

    private static <T> T pick(List<T> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** Names are unique, except for one element in 500 (missing) and one in 500 (a repeated name). */
    private static <T extends NamedElement> T named(T element, String kind, int i, Random rnd) {
        int dice = rnd.nextInt(500);
        element.setName(dice == 0 ? null : kind + " " + (dice == 1 && i > 0 ? i - 1 : i));
        return element;
    }
}
