package org.stic.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.stic.ActionKind;
import org.stic.Channel;
import org.stic.ChannelKind;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.CostKind;
import org.stic.DevelopmentStage;
import org.stic.Element;
import org.stic.ExternalContour;
import org.stic.Interaction;
import org.stic.InteractionDirection;
import org.stic.InteractionIntensity;
import org.stic.InteractionKind;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
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
 * Generates large clusters for benchmarks and scale tests. The proportions follow the hand-made examples (about a
 * fifth participants, a fifth interactions, a quarter key resources and actions, the rest spread over the external
 * contour, partnerships and costs); every reference the diagrams draw is populated, one key action in ten has no
 * supporting resource (rule INT-001), and a third of the elements carry a description, as real models do.
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
            share(n, COSTS)};
        int interactionCount = n - participantCount;
        for (int c : counts) {
            interactionCount -= c;
        }

        cluster.setName("Синтетический кластер " + elements + "/" + seed);
        cluster.setSector("synthetic");
        cluster.setTerritory("Синтетическая область");
        cluster.setDevelopmentStage(DevelopmentStage.GROWING);
        describe(cluster, "Synthetic cluster of " + elements + " elements, generated with seed " + seed + ".");
        cluster.setExternalContour(F.createExternalContour());
        cluster.setInternalContour(F.createInternalContour());

        participants(participantCount);
        interactions(interactionCount);
        external(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        internal(counts[6], counts[7], counts[8], counts[9]);
    }

    private static int share(int n, double share) {
        return Math.max(1, (int) (n * share));
    }

    private void participants(int count) {
        ParticipantKind[] kinds = ParticipantKind.values();
        for (int i = 0; i < count; i++) {
            Participant p = F.createParticipant();
            p.setName("Участник " + (i + 1));
            if (i == 0) {
                p.setKind(ParticipantKind.CLUSTER_ORGANISATION);
                p.getRoles().add(ParticipantRole.COORDINATOR);
            } else {
                p.setKind(kinds[random.nextInt(kinds.length)]);
                int roll = random.nextInt(10);
                p.getRoles().add(roll < 6 ? ParticipantRole.INNOVATION_GENERATOR
                        : roll < 9 ? ParticipantRole.SUPPLIER : ParticipantRole.PARTNER);
                if (p.getRoles().contains(ParticipantRole.INNOVATION_GENERATOR)) {
                    generators.add(p);
                }
            }
            p.setLocation("Город " + (1 + random.nextInt(12)));
            describe(p, "Synthetic participant " + (i + 1) + ".");
            cluster.getParticipants().add(p);
            participants.add(p);
        }
        if (generators.isEmpty()) {
            Participant p = participants.get(participants.size() - 1);
            p.getRoles().add(ParticipantRole.INNOVATION_GENERATOR);
            generators.add(p);
        }
    }

    private void interactions(int count) {
        InteractionKind[] kinds = InteractionKind.values();
        InteractionIntensity[] intensities = InteractionIntensity.values();
        for (int i = 0; i < count; i++) {
            Interaction interaction = F.createInteraction();
            Participant source = pick(participants);
            Participant target = pick(participants);
            if (target == source && participants.size() > 1) {
                target = participants.get((participants.indexOf(source) + 1) % participants.size());
            }
            interaction.setSource(source);
            interaction.setTarget(target);
            interaction.setKind(kinds[random.nextInt(kinds.length)]);
            interaction.setDirection(random.nextInt(3) == 0 ? InteractionDirection.MUTUAL : InteractionDirection.ONE_WAY);
            interaction.setIntensity(intensities[random.nextInt(intensities.length)]);
            describe(interaction, "Synthetic interaction " + (i + 1) + ".");
            cluster.getInteractions().add(interaction);
        }
    }

    private void external(int segmentCount, int needCount, int propositionCount, int channelCount,
            int relationshipCount, int revenueCount) {
        ExternalContour external = cluster.getExternalContour();
        Priority[] priorities = Priority.values();
        for (int i = 0; i < segmentCount; i++) {
            Segment segment = F.createSegment();
            segment.setName("Сегмент " + (i + 1));
            segment.setCriteria("criterion " + (i + 1));
            addSome(segment.getMembers(), generators, 3, 8);
            describe(segment, "Synthetic segment " + (i + 1) + ".");
            external.getSegments().add(segment);
            segments.add(segment);
        }
        for (int i = 0; i < needCount; i++) {
            SegmentNeed need = F.createSegmentNeed();
            need.setName("Потребность " + (i + 1));
            need.setPriority(priorities[random.nextInt(priorities.length)]);
            describe(need, "Synthetic need " + (i + 1) + ".");
            segments.get(i % segments.size()).getNeeds().add(need);
        }
        for (int i = 0; i < propositionCount; i++) {
            ValueProposition proposition = F.createValueProposition();
            proposition.setName("Ценностное предложение " + (i + 1));
            Segment segment = pick(segments);
            proposition.getSegments().add(segment);
            addSome(proposition.getNeeds(), segment.getNeeds(), 1, 2);
            describe(proposition, "Synthetic value proposition " + (i + 1) + ".");
            external.getValuePropositions().add(proposition);
            propositions.add(proposition);
        }
        ChannelKind[] channelKinds = ChannelKind.values();
        for (int i = 0; i < channelCount; i++) {
            Channel channel = F.createChannel();
            channel.setName("Канал " + (i + 1));
            channel.setKind(channelKinds[random.nextInt(channelKinds.length)]);
            addSome(channel.getSegments(), segments, 1, 3);
            describe(channel, "Synthetic channel " + (i + 1) + ".");
            external.getChannels().add(channel);
        }
        RelationshipKind[] relationshipKinds = RelationshipKind.values();
        for (int i = 0; i < relationshipCount; i++) {
            Relationship relationship = F.createRelationship();
            relationship.setName("Отношения " + (i + 1));
            relationship.setKind(relationshipKinds[random.nextInt(relationshipKinds.length)]);
            addSome(relationship.getSegments(), segments, 1, 2);
            describe(relationship, "Synthetic relationship " + (i + 1) + ".");
            external.getRelationships().add(relationship);
        }
        RevenueKind[] revenueKinds = RevenueKind.values();
        for (int i = 0; i < revenueCount; i++) {
            RevenueStream revenue = F.createRevenueStream();
            revenue.setName("Поток доходов " + (i + 1));
            revenue.setKind(revenueKinds[random.nextInt(revenueKinds.length)]);
            revenue.setAmount(money());
            addSome(revenue.getSegments(), segments, 1, 2);
            describe(revenue, "Synthetic revenue stream " + (i + 1) + ".");
            external.getRevenueStreams().add(revenue);
        }
    }

    private void internal(int resourceCount, int actionCount, int partnershipCount, int costCount) {
        InternalContour internal = cluster.getInternalContour();
        ResourceKind[] resourceKinds = ResourceKind.values();
        for (int i = 0; i < resourceCount; i++) {
            KeyResource resource = F.createKeyResource();
            resource.setName("Ключевой ресурс " + (i + 1));
            resource.setKind(resourceKinds[random.nextInt(resourceKinds.length)]);
            resource.setCapacity((1 + random.nextInt(500)) + " units");
            addSome(resource.getProviders(), participants, 1, 2);
            describe(resource, "Synthetic key resource " + (i + 1) + ".");
            internal.getKeyResources().add(resource);
            resources.add(resource);
        }
        ActionKind[] actionKinds = ActionKind.values();
        for (int i = 0; i < actionCount; i++) {
            KeyAction action = F.createKeyAction();
            action.setName("Ключевое действие " + (i + 1));
            action.setKind(actionKinds[random.nextInt(actionKinds.length)]);
            addSome(action.getPerformers(), participants, 1, 2);
            // one action in ten is a readiness gap (INT-001), as in real models under construction
            if (random.nextInt(10) != 0) {
                addSome(action.getSupportingResources(), resources, 1, 3);
            }
            addSome(action.getValuePropositions(), propositions, 1, 2);
            describe(action, "Synthetic key action " + (i + 1) + ".");
            internal.getKeyActions().add(action);
            actions.add(action);
        }
        PartnershipKind[] partnershipKinds = PartnershipKind.values();
        for (int i = 0; i < partnershipCount; i++) {
            Partnership partnership = F.createPartnership();
            partnership.setName("Партнёрство " + (i + 1));
            partnership.setKind(partnershipKinds[random.nextInt(partnershipKinds.length)]);
            partnership.setContribution("contribution " + (i + 1));
            addSome(partnership.getPartners(), participants, 1, 3);
            addSome(partnership.getResources(), resources, 0, 2);
            addSome(partnership.getActions(), actions, 1, 2);
            describe(partnership, "Synthetic partnership " + (i + 1) + ".");
            internal.getPartnerships().add(partnership);
        }
        for (int i = 0; i < costCount; i++) {
            CostItem cost = F.createCostItem();
            cost.setName("Статья затрат " + (i + 1));
            cost.setKind(random.nextBoolean() ? CostKind.FIXED : CostKind.VARIABLE);
            cost.setAmount(money());
            if (random.nextBoolean()) {
                cost.getResources().add(pick(resources));
            } else {
                cost.getActions().add(pick(actions));
            }
            describe(cost, "Synthetic cost item " + (i + 1) + ".");
            internal.getCostItems().add(cost);
        }
    }

    private BigDecimal money() {
        return BigDecimal.valueOf(100_000L * (1 + random.nextInt(1000)));
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

    private void describe(Element element, String text) {
        if (described++ % 3 == 0) {
            element.setDescription(text);
        }
    }
}
