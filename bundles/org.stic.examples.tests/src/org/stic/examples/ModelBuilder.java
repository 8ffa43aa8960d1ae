package org.stic.examples;

import java.math.BigDecimal;
import java.util.List;

import org.stic.ActionKind;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Channel;
import org.stic.ChannelKind;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.CostKind;
import org.stic.CostNature;
import org.stic.Element;
import org.stic.Indicator;
import org.stic.Interaction;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.InteractionKind;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.MonetaryElement;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.PartnershipKind;
import org.stic.Priority;
import org.stic.QuantityUnit;
import org.stic.Relationship;
import org.stic.RelationshipKind;
import org.stic.ResourceKind;
import org.stic.RevenueKind;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.TargetDirection;
import org.stic.ValueProposition;

/**
 * A terse way to write the example clusters: one call per element, references given as arguments, and every element
 * given a {@link Fact}: either a public fact with its source, or an illustrative invention that says so.
 */
final class ModelBuilder {

    private static final SticFactory F = SticFactory.eINSTANCE;

    /** What an element's description says and where it comes from. */
    record Fact(String description, String source, boolean illustrative) {
    }

    /** A public fact: the description states it, the source says where it is published. */
    static Fact src(String source, String description) {
        return new Fact(description, source, false);
    }

    /** An invention for the example's sake: the description opens by saying so. */
    static Fact ill(String description) {
        return new Fact("Иллюстративно: " + description, null, true);
    }

    /** Partly public, partly invented: the source holds for what the description says it holds for. */
    static Fact ill(String source, String description) {
        return new Fact("Иллюстративно: " + description, source, true);
    }

    /** The starter template's elements: neither facts nor inventions, placeholders to rename. */
    static Fact note(String description) {
        return new Fact(description, null, false);
    }

    final Cluster cluster = F.createCluster();

    ModelBuilder() {
        cluster.setExternalContour(F.createExternalContour());
        cluster.setInternalContour(F.createInternalContour());
    }

    static <E extends Element> E apply(E element, Fact fact) {
        element.setDescription(fact.description());
        element.setCitation(fact.source());
        if (fact.illustrative()) {
            element.setIllustrative(true);
        }
        return element;
    }

    Participant participant(String name, ParticipantKind kind, String location, Membership membership, Fact fact,
            ParticipantRole... roles) {
        Participant p = F.createParticipant();
        p.setName(name);
        p.setKind(kind);
        p.setLocation(location);
        p.setMembership(membership);
        p.getRoles().addAll(List.of(roles));
        cluster.getParticipants().add(p);
        return apply(p, fact);
    }

    Interaction interaction(Participant source, Participant target, InteractionKind kind,
            InteractionDirection direction, InteractionIntensity intensity, Fact fact) {
        Interaction i = F.createInteraction();
        i.setSource(source);
        i.setTarget(target);
        i.setKind(kind);
        i.setDirection(direction);
        i.setIntensity(intensity);
        cluster.getInteractions().add(i);
        return apply(i, fact);
    }

    Segment segment(String name, String criteria, Fact fact, Participant... members) {
        Segment s = F.createSegment();
        s.setName(name);
        s.setCriteria(criteria);
        s.getMembers().addAll(List.of(members));
        cluster.getExternalContour().getSegments().add(s);
        return apply(s, fact);
    }

    SegmentNeed need(Segment segment, String name, Priority priority, long demand, QuantityUnit unit, Fact fact) {
        SegmentNeed n = F.createSegmentNeed();
        n.setName(name);
        n.setPriority(priority);
        n.setDemand(BigDecimal.valueOf(demand));
        n.setDemandUnit(unit);
        segment.getNeeds().add(n);
        return apply(n, fact);
    }

    ValueProposition proposition(String name, Fact fact, List<Segment> segments, SegmentNeed... needs) {
        ValueProposition v = F.createValueProposition();
        v.setName(name);
        v.getSegments().addAll(segments);
        v.getNeeds().addAll(List.of(needs));
        cluster.getExternalContour().getValuePropositions().add(v);
        return apply(v, fact);
    }

    Channel channel(String name, ChannelKind kind, Fact fact, List<Segment> segments, ValueProposition... delivers) {
        Channel c = F.createChannel();
        c.setName(name);
        c.setKind(kind);
        c.getSegments().addAll(segments);
        c.getValuePropositions().addAll(List.of(delivers));
        cluster.getExternalContour().getChannels().add(c);
        return apply(c, fact);
    }

    Relationship relationship(String name, RelationshipKind kind, Fact fact, Segment... segments) {
        Relationship r = F.createRelationship();
        r.setName(name);
        r.setKind(kind);
        r.getSegments().addAll(List.of(segments));
        cluster.getExternalContour().getRelationships().add(r);
        return apply(r, fact);
    }

    /** A revenue stream: who pays, which segments benefit, which value propositions earn it. */
    RevenueStream revenue(String name, RevenueKind kind, Money money, Fact fact, List<Participant> payers,
            List<Segment> segments, ValueProposition... earnedBy) {
        RevenueStream r = F.createRevenueStream();
        r.setName(name);
        r.setKind(kind);
        money.applyTo(r);
        r.getPayers().addAll(payers);
        r.getSegments().addAll(segments);
        r.getValuePropositions().addAll(List.of(earnedBy));
        cluster.getExternalContour().getRevenueStreams().add(r);
        return apply(r, fact);
    }

    /** A key resource with its capacity in one unit of the vocabulary, and its availability. */
    KeyResource resource(String name, ResourceKind kind, Quantity capacity, Availability availability, Fact fact,
            Participant... providers) {
        KeyResource r = F.createKeyResource();
        r.setName(name);
        r.setKind(kind);
        r.setCapacity(BigDecimal.valueOf(capacity.amount()));
        r.setCapacityUnit(capacity.unit());
        r.setCapacityNote(capacity.note());
        r.setStatus(availability.status());
        r.setAvailableFrom(availability.from());
        r.getProviders().addAll(List.of(providers));
        cluster.getInternalContour().getKeyResources().add(r);
        return apply(r, fact);
    }

    KeyAction action(String name, ActionKind kind, Availability availability, Fact fact, List<Participant> performers,
            List<KeyResource> supportingResources, ValueProposition... delivers) {
        KeyAction a = F.createKeyAction();
        a.setName(name);
        a.setKind(kind);
        a.setStatus(availability.status());
        a.setAvailableFrom(availability.from());
        a.getPerformers().addAll(performers);
        a.getSupportingResources().addAll(supportingResources);
        a.getValuePropositions().addAll(List.of(delivers));
        cluster.getInternalContour().getKeyActions().add(a);
        return apply(a, fact);
    }

    Partnership partnership(String name, PartnershipKind kind, String contribution, Fact fact,
            List<Participant> partners, List<KeyResource> resources, KeyAction... actions) {
        Partnership p = F.createPartnership();
        p.setName(name);
        p.setKind(kind);
        p.setContribution(contribution);
        p.getPartners().addAll(partners);
        p.getResources().addAll(resources);
        p.getActions().addAll(List.of(actions));
        cluster.getInternalContour().getPartnerships().add(p);
        return apply(p, fact);
    }

    CostItem cost(String name, CostKind kind, CostNature nature, Money money, Fact fact, List<KeyResource> resources,
            KeyAction... actions) {
        CostItem c = F.createCostItem();
        c.setName(name);
        c.setKind(kind);
        c.setNature(nature);
        money.applyTo(c);
        c.getResources().addAll(resources);
        c.getActions().addAll(List.of(actions));
        cluster.getInternalContour().getCostItems().add(c);
        return apply(c, fact);
    }

    /** A goal: where a measure stood, where it stands, where it should be by when. */
    Indicator indicator(String name, QuantityUnit unit, TargetDirection direction, Figure baseline, Figure target,
            Figure current, Fact fact, Element... measures) {
        Indicator i = F.createIndicator();
        i.setName(name);
        i.setUnit(unit);
        i.setDirection(direction);
        if (baseline != null) {
            i.setBaseline(BigDecimal.valueOf(baseline.value()));
            i.setBaselineYear(baseline.year());
        }
        if (target != null) {
            i.setTarget(BigDecimal.valueOf(target.value()));
            i.setTargetYear(target.year());
        }
        if (current != null) {
            i.setCurrent(BigDecimal.valueOf(current.value()));
            i.setCurrentYear(current.year());
        }
        i.getMeasures().addAll(List.of(measures));
        cluster.getIndicators().add(i);
        return apply(i, fact);
    }

    /** An amount in roubles, either every year from one year to another (open end: null) or once in a year. */
    record Money(long roubles, AmountPeriod period, Integer fromYear, Integer toYear) {

        void applyTo(MonetaryElement element) {
            element.setAmount(BigDecimal.valueOf(roubles));
            element.setCurrency("RUB");
            element.setPeriod(period);
            element.setFromYear(fromYear);
            element.setToYear(toYear);
        }
    }

    static Money perYear(long roubles, Integer fromYear, Integer toYear) {
        return new Money(roubles, AmountPeriod.PER_YEAR, fromYear, toYear);
    }

    static Money once(long roubles, int year) {
        return new Money(roubles, AmountPeriod.ONE_OFF, year, null);
    }

    /** A capacity or a demand: a number in one unit of the vocabulary, with the figure's own words beside it. */
    record Quantity(long amount, QuantityUnit unit, String note) {
    }

    static Quantity qty(long amount, QuantityUnit unit, String note) {
        return new Quantity(amount, unit, note);
    }

    /** Whether a resource or an action exists now, or only from a year on. */
    record Availability(AvailabilityStatus status, Integer from) {
    }

    static final Availability AVAILABLE = new Availability(AvailabilityStatus.AVAILABLE, null);

    static Availability plannedFrom(int year) {
        return new Availability(AvailabilityStatus.PLANNED, year);
    }

    /** An indicator's value in a year. */
    record Figure(long value, int year) {
    }

    static Figure at(long value, int year) {
        return new Figure(value, year);
    }
}
