package org.stic.examples;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.stic.ActionKind;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Channel;
import org.stic.ChannelKind;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.CostKind;
import org.stic.Interaction;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.InteractionKind;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.PartnershipKind;
import org.stic.Priority;
import org.stic.Relationship;
import org.stic.RelationshipKind;
import org.stic.ResourceKind;
import org.stic.RevenueKind;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;

/**
 * A terse way to write the example clusters: one call per element, references given as arguments. The shipped
 * examples are still 1.0 files (until they are rewritten in 2.0), so the builder states in 2.0 what they mean: every
 * participant a member, amounts per year, a revenue stream paid by its segments' members, capacities as notes, key
 * resources and actions available.
 */
final class ModelBuilder {

    private static final SticFactory F = SticFactory.eINSTANCE;

    final Cluster cluster = F.createCluster();

    ModelBuilder() {
        cluster.setExternalContour(F.createExternalContour());
        cluster.setInternalContour(F.createInternalContour());
    }

    Participant participant(String name, ParticipantKind kind, String location, String description,
            ParticipantRole... roles) {
        Participant p = F.createParticipant();
        p.setName(name);
        p.setKind(kind);
        p.setLocation(location);
        p.setMembership(Membership.MEMBER);
        p.setDescription(description);
        p.getRoles().addAll(List.of(roles));
        cluster.getParticipants().add(p);
        return p;
    }

    Interaction interaction(Participant source, Participant target, InteractionKind kind, InteractionDirection direction,
            InteractionIntensity intensity, String description) {
        Interaction i = F.createInteraction();
        i.setSource(source);
        i.setTarget(target);
        i.setKind(kind);
        i.setDirection(direction);
        i.setIntensity(intensity);
        i.setDescription(description);
        cluster.getInteractions().add(i);
        return i;
    }

    Segment segment(String name, String criteria, String description, Participant... members) {
        Segment s = F.createSegment();
        s.setName(name);
        s.setCriteria(criteria);
        s.setDescription(description);
        s.getMembers().addAll(List.of(members));
        cluster.getExternalContour().getSegments().add(s);
        return s;
    }

    SegmentNeed need(Segment segment, String name, Priority priority, String description) {
        SegmentNeed n = F.createSegmentNeed();
        n.setName(name);
        n.setPriority(priority);
        n.setDescription(description);
        segment.getNeeds().add(n);
        return n;
    }

    ValueProposition proposition(String name, String description, List<Segment> segments, SegmentNeed... needs) {
        ValueProposition v = F.createValueProposition();
        v.setName(name);
        v.setDescription(description);
        v.getSegments().addAll(segments);
        v.getNeeds().addAll(List.of(needs));
        cluster.getExternalContour().getValuePropositions().add(v);
        return v;
    }

    Channel channel(String name, ChannelKind kind, String description, Segment... segments) {
        Channel c = F.createChannel();
        c.setName(name);
        c.setKind(kind);
        c.setDescription(description);
        c.getSegments().addAll(List.of(segments));
        cluster.getExternalContour().getChannels().add(c);
        return c;
    }

    Relationship relationship(String name, RelationshipKind kind, String description, Segment... segments) {
        Relationship r = F.createRelationship();
        r.setName(name);
        r.setKind(kind);
        r.setDescription(description);
        r.getSegments().addAll(List.of(segments));
        cluster.getExternalContour().getRelationships().add(r);
        return r;
    }

    RevenueStream revenue(String name, RevenueKind kind, long roubles, String description, Segment... segments) {
        RevenueStream r = F.createRevenueStream();
        r.setName(name);
        r.setKind(kind);
        r.setAmount(BigDecimal.valueOf(roubles));
        r.setPeriod(AmountPeriod.PER_YEAR);
        r.setDescription(description);
        r.getSegments().addAll(List.of(segments));
        Set<Participant> payers = new LinkedHashSet<>();
        for (Segment segment : segments) {
            payers.addAll(segment.getMembers());
        }
        r.getPayers().addAll(payers);
        cluster.getExternalContour().getRevenueStreams().add(r);
        return r;
    }

    KeyResource resource(String name, ResourceKind kind, String capacity, String description, Participant... providers) {
        KeyResource r = F.createKeyResource();
        r.setName(name);
        r.setKind(kind);
        r.setCapacityNote(capacity);
        r.setStatus(AvailabilityStatus.AVAILABLE);
        r.setDescription(description);
        r.getProviders().addAll(List.of(providers));
        cluster.getInternalContour().getKeyResources().add(r);
        return r;
    }

    KeyAction action(String name, ActionKind kind, String description, List<Participant> performers,
            List<KeyResource> supportingResources, ValueProposition... delivers) {
        KeyAction a = F.createKeyAction();
        a.setName(name);
        a.setKind(kind);
        a.setStatus(AvailabilityStatus.AVAILABLE);
        a.setDescription(description);
        a.getPerformers().addAll(performers);
        a.getSupportingResources().addAll(supportingResources);
        a.getValuePropositions().addAll(List.of(delivers));
        cluster.getInternalContour().getKeyActions().add(a);
        return a;
    }

    Partnership partnership(String name, PartnershipKind kind, String contribution, String description,
            List<Participant> partners, List<KeyResource> resources, KeyAction... actions) {
        Partnership p = F.createPartnership();
        p.setName(name);
        p.setKind(kind);
        p.setContribution(contribution);
        p.setDescription(description);
        p.getPartners().addAll(partners);
        p.getResources().addAll(resources);
        p.getActions().addAll(List.of(actions));
        cluster.getInternalContour().getPartnerships().add(p);
        return p;
    }

    CostItem cost(String name, CostKind kind, long roubles, String description, List<KeyResource> resources,
            KeyAction... actions) {
        CostItem c = F.createCostItem();
        c.setName(name);
        c.setKind(kind);
        c.setAmount(BigDecimal.valueOf(roubles));
        c.setPeriod(AmountPeriod.PER_YEAR);
        c.setDescription(description);
        c.getResources().addAll(resources);
        c.getActions().addAll(List.of(actions));
        cluster.getInternalContour().getCostItems().add(c);
        return c;
    }
}
