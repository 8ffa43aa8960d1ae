package org.stic.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.stic.ActionKind;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Channel;
import org.stic.ChannelKind;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.CostKind;
import org.stic.CostNature;
import org.stic.DevelopmentStage;
import org.stic.Element;
import org.stic.ExternalContour;
import org.stic.Indicator;
import org.stic.Interaction;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.InteractionKind;
import org.stic.InternalContour;
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
 * Generates large clusters for benchmarks and scale tests. The proportions follow the hand-made examples (about a
 * fifth participants, a fifth interactions, a quarter key resources and actions, the rest spread over the external
 * contour, partnerships and costs); every reference the diagrams draw is populated, one key action in ten has no
 * supporting resource (rule INT-001), and a third of the elements carry a description, as real models do. The features
 * of metamodel 2.0 are populated too: external participants among the payers and partners, revenue and costs as yearly
 * or one-off amounts over years, capacities and demands with units (mostly in the same unit, so that they compare),
 * planned and missing resources and actions, indicators measuring elements, and citations and illustrative marks.
 * Enumerations take real values, never UNSPECIFIED, except where a model would leave them unassessed.
 * The same {@code elements} and {@code seed} always give the same model (apart from the UUIDs given on saving).
 */
public final class SyntheticModels {

    /** Smallest size that still holds at least one element of every kind. */
    public static final int MIN_ELEMENTS = 20;

    private static final SticFactory F = SticFactory.eINSTANCE;

    // shares of the elements below the cluster and its two contours; interactions take the rounding remainder
    private static final double PARTICIPANTS = 0.18;
    private static final double SEGMENTS = 0.03;
    private static final double NEEDS = 0.08;
    private static final double PROPOSITIONS = 0.06;
    private static final double CHANNELS = 0.02;
    private static final double RELATIONSHIPS = 0.02;
    private static final double REVENUES = 0.02;
    private static final double RESOURCES = 0.13;
    private static final double ACTIONS = 0.13;
    private static final double PARTNERSHIPS = 0.05;
    private static final double COSTS = 0.06;
    private static final double INDICATORS = 0.01;

    /** The units capacities and demands are given in; the first is the most common, so most of them compare. */
    private static final QuantityUnit[] UNITS = {QuantityUnit.HOURS_PER_YEAR, QuantityUnit.HOURS_PER_YEAR,
        QuantityUnit.SQUARE_METRES, QuantityUnit.PEOPLE, QuantityUnit.SERVICES_PER_YEAR};

    /**
     * A cluster of exactly {@code elements} objects, counting the cluster itself and its two contours.
     *
     * @throws IllegalArgumentException if {@code elements} is below {@link #MIN_ELEMENTS}
     */
    public static Cluster generate(int elements, long seed) {
        if (elements < MIN_ELEMENTS) {
            throw new IllegalArgumentException("a synthetic cluster needs at least " + MIN_ELEMENTS + " elements, not " + elements);
        }
        return new SyntheticModels(elements, seed).cluster;
    }

    private final Random random;
    private final Cluster cluster = F.createCluster();
    private final List<Participant> participants = new ArrayList<>();
    private final List<Participant> generators = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<ValueProposition> propositions = new ArrayList<>();
    private final List<KeyResource> resources = new ArrayList<>();
    private final List<KeyAction> actions = new ArrayList<>();
    private int described;

    private SyntheticModels(int elements, long seed) {
        random = new Random(seed);
        int n = elements - 3;
        int participantCount = share(n, PARTICIPANTS);
        int[] counts = {share(n, SEGMENTS), share(n, NEEDS), share(n, PROPOSITIONS), share(n, CHANNELS),
            share(n, RELATIONSHIPS), share(n, REVENUES), share(n, RESOURCES), share(n, ACTIONS), share(n, PARTNERSHIPS),
            share(n, COSTS), share(n, INDICATORS)};
        int interactionCount = n - participantCount;
        for (int c : counts) {
            interactionCount -= c;
        }

        cluster.setName("Синтетический кластер " + elements + "/" + seed);
        cluster.setSector("synthetic");
        cluster.setTerritory("Синтетическая область");
        cluster.setDevelopmentStage(DevelopmentStage.GROWING);
        cluster.setDescription(Messages.get("synthetic.cluster", elements, seed));
        described++;
        cluster.setExternalContour(F.createExternalContour());
        cluster.setInternalContour(F.createInternalContour());

        participants(participantCount);
        interactions(interactionCount);
        external(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        internal(counts[6], counts[7], counts[8], counts[9]);
        indicators(counts[10]);
    }

    private static int share(int n, double share) {
        return Math.max(1, (int) (n * share));
    }

    private void participants(int count) {
        for (int i = 0; i < count; i++) {
            Participant p = F.createParticipant();
            p.setName("Участник " + (i + 1));
            if (i == 0) {
                p.setKind(ParticipantKind.CLUSTER_ORGANISATION);
                p.getRoles().add(ParticipantRole.COORDINATOR);
            } else {
                p.setKind(real(ParticipantKind.values()));
                int roll = random.nextInt(10);
                p.getRoles().add(roll < 6 ? ParticipantRole.INNOVATION_GENERATOR
                        : roll < 9 ? ParticipantRole.SUPPLIER : ParticipantRole.PARTNER);
                if (p.getRoles().contains(ParticipantRole.INNOVATION_GENERATOR)) {
                    generators.add(p);
                }
            }
            // suppliers and partners outside the cluster, as real programmes have them
            p.setMembership(!generators.contains(p) && random.nextInt(4) == 0 ? Membership.EXTERNAL : Membership.MEMBER);
            p.setLocation("Город " + (1 + random.nextInt(12)));
            describe(p, "synthetic.participant", i + 1);
            cluster.getParticipants().add(p);
            participants.add(p);
        }
        if (generators.isEmpty()) {
            Participant p = participants.get(participants.size() - 1);
            p.getRoles().add(ParticipantRole.INNOVATION_GENERATOR);
            p.setMembership(Membership.MEMBER);
            generators.add(p);
        }
    }

    private void interactions(int count) {
        for (int i = 0; i < count; i++) {
            Interaction interaction = F.createInteraction();
            Participant source = pick(participants);
            Participant target = pick(participants);
            if (target == source && participants.size() > 1) {
                target = participants.get((participants.indexOf(source) + 1) % participants.size());
            }
            interaction.setSource(source);
            interaction.setTarget(target);
            interaction.setKind(real(InteractionKind.values()));
            interaction.setDirection(random.nextInt(3) == 0 ? InteractionDirection.MUTUAL : InteractionDirection.ONE_WAY);
            interaction.setIntensity(real(InteractionIntensity.values()));
            describe(interaction, "synthetic.interaction", i + 1);
            cluster.getInteractions().add(interaction);
        }
    }

    private void external(int segmentCount, int needCount, int propositionCount, int channelCount,
            int relationshipCount, int revenueCount) {
        ExternalContour external = cluster.getExternalContour();
        for (int i = 0; i < segmentCount; i++) {
            Segment segment = F.createSegment();
            segment.setName("Сегмент " + (i + 1));
            segment.setCriteria("criterion " + (i + 1));
            addSome(segment.getMembers(), generators, 3, 8);
            describe(segment, "synthetic.segment", i + 1);
            external.getSegments().add(segment);
            segments.add(segment);
        }
        for (int i = 0; i < needCount; i++) {
            SegmentNeed need = F.createSegmentNeed();
            need.setName("Потребность " + (i + 1));
            need.setPriority(real(Priority.values()));
            if (random.nextInt(3) != 0) {
                need.setDemand(quantity());
                need.setDemandUnit(UNITS[random.nextInt(UNITS.length)]);
            }
            describe(need, "synthetic.need", i + 1);
            segments.get(i % segments.size()).getNeeds().add(need);
        }
        for (int i = 0; i < propositionCount; i++) {
            ValueProposition proposition = F.createValueProposition();
            proposition.setName("Ценностное предложение " + (i + 1));
            Segment segment = pick(segments);
            proposition.getSegments().add(segment);
            addSome(proposition.getNeeds(), segment.getNeeds(), 1, 2);
            describe(proposition, "synthetic.valueProposition", i + 1);
            external.getValuePropositions().add(proposition);
            propositions.add(proposition);
        }
        for (int i = 0; i < channelCount; i++) {
            Channel channel = F.createChannel();
            channel.setName("Канал " + (i + 1));
            channel.setKind(real(ChannelKind.values()));
            addSome(channel.getSegments(), segments, 1, 3);
            addSome(channel.getValuePropositions(), propositions, 1, 3);
            describe(channel, "synthetic.channel", i + 1);
            external.getChannels().add(channel);
        }
        for (int i = 0; i < relationshipCount; i++) {
            Relationship relationship = F.createRelationship();
            relationship.setName("Отношения " + (i + 1));
            relationship.setKind(real(RelationshipKind.values()));
            addSome(relationship.getSegments(), segments, 1, 2);
            describe(relationship, "synthetic.relationship", i + 1);
            external.getRelationships().add(relationship);
        }
        for (int i = 0; i < revenueCount; i++) {
            RevenueStream revenue = F.createRevenueStream();
            revenue.setName("Поток доходов " + (i + 1));
            revenue.setKind(real(RevenueKind.values()));
            money(revenue);
            addSome(revenue.getSegments(), segments, 1, 2);
            addSome(revenue.getPayers(), participants, 1, 3);
            addSome(revenue.getValuePropositions(), propositions, 1, 2);
            describe(revenue, "synthetic.revenueStream", i + 1);
            external.getRevenueStreams().add(revenue);
        }
    }

    private void internal(int resourceCount, int actionCount, int partnershipCount, int costCount) {
        InternalContour internal = cluster.getInternalContour();
        for (int i = 0; i < resourceCount; i++) {
            KeyResource resource = F.createKeyResource();
            resource.setName("Ключевой ресурс " + (i + 1));
            resource.setKind(real(ResourceKind.values()));
            resource.setCapacity(quantity());
            resource.setCapacityUnit(UNITS[random.nextInt(UNITS.length)]);
            if (random.nextInt(4) == 0) {
                resource.setCapacityNote("about " + resource.getCapacity() + " in two shifts");
            }
            status(resource::setStatus, resource::setAvailableFrom);
            addSome(resource.getProviders(), participants, 1, 2);
            describe(resource, "synthetic.keyResource", i + 1);
            internal.getKeyResources().add(resource);
            resources.add(resource);
        }
        for (int i = 0; i < actionCount; i++) {
            KeyAction action = F.createKeyAction();
            action.setName("Ключевое действие " + (i + 1));
            action.setKind(real(ActionKind.values()));
            status(action::setStatus, action::setAvailableFrom);
            addSome(action.getPerformers(), participants, 1, 2);
            // one action in ten is a readiness gap (INT-001), as in real models under construction
            if (random.nextInt(10) != 0) {
                addSome(action.getSupportingResources(), resources, 1, 3);
            }
            addSome(action.getValuePropositions(), propositions, 1, 2);
            describe(action, "synthetic.keyAction", i + 1);
            internal.getKeyActions().add(action);
            actions.add(action);
        }
        for (int i = 0; i < partnershipCount; i++) {
            Partnership partnership = F.createPartnership();
            partnership.setName("Партнёрство " + (i + 1));
            partnership.setKind(real(PartnershipKind.values()));
            partnership.setContribution("contribution " + (i + 1));
            addSome(partnership.getPartners(), participants, 1, 3);
            addSome(partnership.getResources(), resources, 0, 2);
            addSome(partnership.getActions(), actions, 1, 2);
            describe(partnership, "synthetic.partnership", i + 1);
            internal.getPartnerships().add(partnership);
        }
        for (int i = 0; i < costCount; i++) {
            CostItem cost = F.createCostItem();
            cost.setName("Статья затрат " + (i + 1));
            cost.setKind(random.nextBoolean() ? CostKind.FIXED : CostKind.VARIABLE);
            cost.setNature(random.nextInt(3) == 0 ? CostNature.CAPITAL : CostNature.OPERATING);
            money(cost);
            if (random.nextBoolean()) {
                cost.getResources().add(pick(resources));
            } else {
                cost.getActions().add(pick(actions));
            }
            describe(cost, "synthetic.costItem", i + 1);
            internal.getCostItems().add(cost);
        }
    }

    private void indicators(int count) {
        List<Element> measurable = new ArrayList<>(participants);
        measurable.addAll(propositions);
        measurable.addAll(resources);
        for (int i = 0; i < count; i++) {
            Indicator indicator = F.createIndicator();
            indicator.setName("Показатель " + (i + 1));
            indicator.setUnit(random.nextBoolean() ? QuantityUnit.PERCENT : real(QuantityUnit.values()));
            indicator.setDirection(random.nextInt(4) == 0 ? TargetDirection.AT_MOST : TargetDirection.AT_LEAST);
            int year = 2015 + random.nextInt(8);
            indicator.setBaseline(BigDecimal.valueOf(random.nextInt(100)));
            indicator.setBaselineYear(year);
            // one indicator in ten has no target yet, as drafts do
            if (random.nextInt(10) != 0) {
                indicator.setTarget(BigDecimal.valueOf(random.nextInt(100)));
                indicator.setTargetYear(year + 5 + random.nextInt(10));
            }
            if (random.nextBoolean()) {
                indicator.setCurrent(new BigDecimal(random.nextInt(10_000)).movePointLeft(2));
                indicator.setCurrentYear(2024);
            }
            addSome(indicator.getMeasures(), measurable, 1, 3);
            describe(indicator, "synthetic.indicator", i + 1);
            cluster.getIndicators().add(indicator);
        }
    }

    /** An amount per year over a range of years (or open-ended), or once in a year. */
    private void money(MonetaryElement money) {
        money.setAmount(BigDecimal.valueOf(100_000L * (1 + random.nextInt(1000))));
        int roll = random.nextInt(4);
        money.setPeriod(roll == 0 ? AmountPeriod.ONE_OFF : AmountPeriod.PER_YEAR);
        if (roll < 3) {
            int from = 2013 + random.nextInt(12);
            money.setFromYear(from);
            if (roll == 1) {
                money.setToYear(from + random.nextInt(8));
            }
        }
    }

    private BigDecimal quantity() {
        return BigDecimal.valueOf(10L * (1 + random.nextInt(500)));
    }

    /** Mostly available; one in eight planned from a year, one in twenty missing. */
    private void status(Consumer<AvailabilityStatus> status, Consumer<Integer> from) {
        int roll = random.nextInt(40);
        if (roll < 5) {
            status.accept(AvailabilityStatus.PLANNED);
            from.accept(2026 + random.nextInt(5));
        } else if (roll < 7) {
            status.accept(AvailabilityStatus.MISSING);
        } else {
            status.accept(AvailabilityStatus.AVAILABLE);
        }
    }

    /** A random value of an enumeration other than its first, UNSPECIFIED. */
    private <T extends Enumerator> T real(T[] values) {
        return values[1 + random.nextInt(values.length - 1)];
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Adds between {@code min} and {@code max} distinct random elements of {@code from}. */
    private <T> void addSome(EList<T> to, List<T> from, int min, int max) {
        if (from.isEmpty()) {
            return;
        }
        int wanted = Math.min(from.size(), min + random.nextInt(max - min + 1));
        for (int tries = 0; to.size() < wanted && tries < 4 * wanted; tries++) {
            T candidate = pick(from);
            if (!to.contains(candidate)) {
                to.add(candidate);
            }
        }
    }

    /** Every third element gets its description, the text of {@code key} with its number, in the run's language. */
    private void describe(Element element, String key, int number) {
        if (described++ % 3 == 0) {
            element.setDescription(Messages.get(key, number));
        }
        // one element in seven cites its source, one in five is marked illustrative
        if (described % 7 == 0) {
            element.setCitation(Messages.get("synthetic.source", described, "https://example.org/s/" + described));
        }
        if (described % 5 == 0) {
            element.setIllustrative(true);
        }
    }
}
