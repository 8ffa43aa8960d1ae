package org.stic.validation;

import java.util.List;

import org.stic.Channel;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.ExternalContour;
import org.stic.Interaction;
import org.stic.InteractionKind;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
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
 * A small cluster that breaks no rule; each rule's test changes it just enough to break one rule, checks the
 * exact findings, then repairs it and checks that nothing is left.
 */
final class CleanCluster {

    static final SticFactory F = SticFactory.eINSTANCE;

    final Cluster cluster = F.createCluster();
    final ExternalContour external = F.createExternalContour();
    final InternalContour internal = F.createInternalContour();
    final Participant coordinator = participant("Kaluga cluster development centre", ParticipantRole.COORDINATOR,
            ParticipantRole.PARTNER);
    final Participant sme = participant("Biotech SME", ParticipantRole.INNOVATION_GENERATOR);
    final Participant university = participant("Medical university", ParticipantRole.INNOVATION_GENERATOR,
            ParticipantRole.SUPPLIER);
    final Segment segment = F.createSegment();
    final SegmentNeed need = F.createSegmentNeed();
    final ValueProposition proposition = F.createValueProposition();
    final Channel channel = F.createChannel();
    final Relationship relationship = F.createRelationship();
    final RevenueStream revenue = F.createRevenueStream();
    final KeyResource resource = F.createKeyResource();
    final KeyAction action = F.createKeyAction();
    final Partnership partnership = F.createPartnership();
    final CostItem cost = F.createCostItem();

    CleanCluster() {
        cluster.setName("Kaluga pharma");
        cluster.setExternalContour(external);
        cluster.setInternalContour(internal);
        interaction(coordinator, sme);
        interaction(university, sme);

        segment.setName("Pharma SMEs");
        segment.getMembers().addAll(List.of(sme, university));
        need.setName("Access to GMP labs");
        segment.getNeeds().add(need);
        external.getSegments().add(segment);
        proposition.setName("Shared GMP laboratory");
        proposition.getSegments().add(segment);
        proposition.getNeeds().add(need);
        external.getValuePropositions().add(proposition);
        channel.setName("Project office");
        channel.getSegments().add(segment);
        external.getChannels().add(channel);
        relationship.setName("Personal assistance");
        relationship.getSegments().add(segment);
        external.getRelationships().add(relationship);
        revenue.setName("Lab time fees");
        revenue.getSegments().add(segment);
        revenue.getPayers().add(sme);
        revenue.getValuePropositions().add(proposition);
        external.getRevenueStreams().add(revenue);

        resource.setName("Clean room");
        resource.getProviders().add(university);
        internal.getKeyResources().add(resource);
        action.setName("Prototype testing");
        action.getPerformers().add(coordinator);
        action.getSupportingResources().add(resource);
        action.getValuePropositions().add(proposition);
        internal.getKeyActions().add(action);
        partnership.setName("Lab sharing agreement");
        partnership.getPartners().addAll(List.of(coordinator, university));
        partnership.getResources().add(resource);
        internal.getPartnerships().add(partnership);
        cost.setName("Clean room upkeep");
        cost.getResources().add(resource);
        internal.getCostItems().add(cost);
    }

    Participant participant(String name, ParticipantRole... roles) {
        Participant p = F.createParticipant();
        p.setName(name);
        p.getRoles().addAll(List.of(roles));
        cluster.getParticipants().add(p);
        return p;
    }

    Interaction interaction(Participant source, Participant target) {
        Interaction i = F.createInteraction();
        i.setKind(InteractionKind.COOPERATION);
        i.setSource(source);
        i.setTarget(target);
        cluster.getInteractions().add(i);
        return i;
    }

    /** A key action that breaks no rule: performed, supported, delivering the proposition. */
    KeyAction action(String name) {
        KeyAction a = F.createKeyAction();
        a.setName(name);
        a.getPerformers().add(coordinator);
        a.getSupportingResources().add(resource);
        a.getValuePropositions().add(proposition);
        internal.getKeyActions().add(a);
        return a;
    }

    /** A second segment served like the first one, through its own proposition delivered by the action. */
    Segment servedSegment(String name) {
        Segment s = F.createSegment();
        s.setName(name);
        s.getMembers().add(sme);
        SegmentNeed n = F.createSegmentNeed();
        n.setName("Certification");
        s.getNeeds().add(n);
        external.getSegments().add(s);
        ValueProposition v = F.createValueProposition();
        v.setName("Certification support for " + name);
        v.getSegments().add(s);
        v.getNeeds().add(n);
        external.getValuePropositions().add(v);
        action.getValuePropositions().add(v);
        revenue.getValuePropositions().add(v);
        channel.getSegments().add(s);
        relationship.getSegments().add(s);
        return s;
    }
}
