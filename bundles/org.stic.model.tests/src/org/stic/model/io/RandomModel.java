package org.stic.model.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
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
import org.stic.NamedElement;
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
 * A cluster with a random number of objects of every class, random attribute values (unset, default, null where
 * the default is not, awkward texts) and random reference lists (empty to long). Shared by the tests of the subset
 * writer and reader.
 */
final class RandomModel {

    private static final SticFactory F = SticFactory.eINSTANCE;

    private static final String[] PIECES = {"", " ", "Кластер", "фармацевтика", "ё", "😀", "𝄞", "中文", "\"", "'", "<",
        ">", "&", "]]>", "]]", "\t", "\n", "\r", "\r\n", "&amp;", "\u0085", "\u00A0", "\u2028", "\uFFFD", "\uE000",
        "x", "1", "A long text that goes on for a while, with commas, dots. And more words; and more.", "#", "/",
        "\\", "=", "%", "?", "\u007F"};

    private final Random random;
    final Cluster cluster = F.createCluster();
    private final List<Participant> participants = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<SegmentNeed> needs = new ArrayList<>();
    private final List<ValueProposition> propositions = new ArrayList<>();
    private final List<KeyResource> resources = new ArrayList<>();
    private final List<KeyAction> actions = new ArrayList<>();

    /** 1 for a small model; else at least this many objects of each class (and at most twice as many). */
    private final int scale;

    RandomModel(Random random) {
        this(random, 1);
    }

    RandomModel(Random random, int scale) {
        this.random = random;
        this.scale = scale;
        named(cluster);
        cluster.setSector(text());
        cluster.setTerritory(text());
        cluster.setSpecialisation(text());
        cluster.setPurpose(text());
        cluster.setModelVersion(text());
        maybe(cluster::setDevelopmentStage, DevelopmentStage.values());
        for (int i = count(); i > 0; i--) {
            Participant p = named(F.createParticipant());
            participants.add(p);
            cluster.getParticipants().add(p);
            maybe(p::setKind, ParticipantKind.values());
            for (ParticipantRole role : ParticipantRole.values()) {
                if (random.nextInt(3) == 0) {
                    p.getRoles().add(role);
                }
            }
            p.setLocation(text());
            maybe(p::setMembership, Membership.values());
        }
        if (scale > 1 || random.nextInt(5) > 0) {
            external();
        }
        if (scale > 1 || random.nextInt(5) > 0) {
            internal();
        }
        for (int i = participants.isEmpty() ? 0 : count(); i > 0; i--) {
            Interaction interaction = F.createInteraction();
            cluster.getInteractions().add(interaction);
            described(interaction);
            if (random.nextBoolean()) {
                interaction.setSource(pick(participants));
            }
            if (random.nextBoolean()) {
                interaction.setTarget(pick(participants));
            }
            maybe(interaction::setKind, InteractionKind.values());
            maybe(interaction::setDirection, InteractionDirection.values());
            maybe(interaction::setIntensity, InteractionIntensity.values());
        }
        indicators();
    }

    private void indicators() {
        List<Element> measurable = new ArrayList<>(participants);
        measurable.addAll(propositions);
        measurable.addAll(resources);
        measurable.addAll(needs);
        for (int i = count(); i > 0; i--) {
            Indicator indicator = named(F.createIndicator());
            cluster.getIndicators().add(indicator);
            maybe(indicator::setUnit, QuantityUnit.values());
            maybe(indicator::setDirection, TargetDirection.values());
            indicator.setBaseline(amount());
            indicator.setBaselineYear(year());
            indicator.setTarget(amount());
            indicator.setTargetYear(year());
            indicator.setCurrent(amount());
            indicator.setCurrentYear(year());
            refer(indicator.getMeasures(), measurable);
        }
    }

    private void external() {
        ExternalContour external = F.createExternalContour();
        cluster.setExternalContour(external);
        described(external);
        for (int i = count(); i > 0; i--) {
            Segment segment = named(F.createSegment());
            segments.add(segment);
            external.getSegments().add(segment);
            segment.setCriteria(text());
            refer(segment.getMembers(), participants);
            for (int j = random.nextInt(3); j > 0; j--) {
                SegmentNeed need = named(F.createSegmentNeed());
                needs.add(need);
                segment.getNeeds().add(need);
                maybe(need::setPriority, Priority.values());
                need.setDemand(amount());
                maybe(need::setDemandUnit, QuantityUnit.values());
            }
        }
        for (int i = count(); i > 0; i--) {
            ValueProposition proposition = named(F.createValueProposition());
            propositions.add(proposition);
            external.getValuePropositions().add(proposition);
            refer(proposition.getSegments(), segments);
            refer(proposition.getNeeds(), needs);
        }
        for (int i = count(); i > 0; i--) {
            Channel channel = named(F.createChannel());
            external.getChannels().add(channel);
            maybe(channel::setKind, ChannelKind.values());
            refer(channel.getSegments(), segments);
            refer(channel.getValuePropositions(), propositions);
        }
        for (int i = count(); i > 0; i--) {
            Relationship relationship = named(F.createRelationship());
            external.getRelationships().add(relationship);
            maybe(relationship::setKind, RelationshipKind.values());
            refer(relationship.getSegments(), segments);
        }
        for (int i = count(); i > 0; i--) {
            RevenueStream revenue = named(F.createRevenueStream());
            external.getRevenueStreams().add(revenue);
            maybe(revenue::setKind, RevenueKind.values());
            money(revenue);
            refer(revenue.getSegments(), segments);
            refer(revenue.getPayers(), participants);
            refer(revenue.getValuePropositions(), propositions);
        }
    }

    private void internal() {
        InternalContour internal = F.createInternalContour();
        cluster.setInternalContour(internal);
        described(internal);
        for (int i = count(); i > 0; i--) {
            KeyResource resource = named(F.createKeyResource());
            resources.add(resource);
            internal.getKeyResources().add(resource);
            maybe(resource::setKind, ResourceKind.values());
            resource.setCapacity(amount());
            maybe(resource::setCapacityUnit, QuantityUnit.values());
            resource.setCapacityNote(text());
            maybe(resource::setStatus, AvailabilityStatus.values());
            resource.setAvailableFrom(year());
            refer(resource.getProviders(), participants);
        }
        for (int i = count(); i > 0; i--) {
            KeyAction action = named(F.createKeyAction());
            actions.add(action);
            internal.getKeyActions().add(action);
            maybe(action::setKind, ActionKind.values());
            maybe(action::setStatus, AvailabilityStatus.values());
            action.setAvailableFrom(year());
            refer(action.getPerformers(), participants);
            refer(action.getSupportingResources(), resources);
            refer(action.getValuePropositions(), propositions);
        }
        for (int i = count(); i > 0; i--) {
            Partnership partnership = named(F.createPartnership());
            internal.getPartnerships().add(partnership);
            maybe(partnership::setKind, PartnershipKind.values());
            partnership.setContribution(text());
            refer(partnership.getPartners(), participants);
            refer(partnership.getResources(), resources);
            refer(partnership.getActions(), actions);
        }
        for (int i = count(); i > 0; i--) {
            CostItem cost = named(F.createCostItem());
            internal.getCostItems().add(cost);
            maybe(cost::setKind, CostKind.values());
            maybe(cost::setNature, CostNature.values());
            money(cost);
            refer(cost.getResources(), resources);
            refer(cost.getActions(), actions);
        }
    }

    private <T extends NamedElement> T named(T element) {
        element.setName(text());
        described(element);
        return element;
    }

    private void described(Element element) {
        element.setDescription(text());
        element.setCitation(text());
        if (random.nextInt(3) == 0) {
            element.setIllustrative(random.nextBoolean());
        }
    }

    private void money(MonetaryElement money) {
        money.setAmount(amount());
        currency(money::setCurrency);
        maybe(money::setPeriod, AmountPeriod.values());
        money.setFromYear(year());
        money.setToYear(year());
    }

    /** Unset, or a year (also odd ones: zero, negative, far future). */
    private Integer year() {
        return switch (random.nextInt(5)) {
            case 0, 1 -> null;
            case 2 -> 2000 + random.nextInt(40);
            case 3 -> random.nextInt(3) - 1;
            default -> random.nextInt();
        };
    }

    /** Unset (null), empty, or a few awkward pieces. */
    private String text() {
        int pieces = random.nextInt(6) - 1;
        if (pieces < 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(pick(PIECES));
        }
        return text.toString();
    }

    /** The default, another currency, or null (set, since the default is not null). */
    private void currency(Consumer<String> setter) {
        switch (random.nextInt(4)) {
            case 0 -> setter.accept("RUB");
            case 1 -> setter.accept("EUR");
            case 2 -> setter.accept(null);
            default -> { }
        }
    }

    private BigDecimal amount() {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> new BigDecimal("1E+3");
            case 2 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(6));
            case 3 -> new BigDecimal("-0.000001");
            default -> BigDecimal.valueOf(random.nextInt(1_000_000));
        };
    }

    /** No reference, a few, or many (up to all candidates, at most 60). */
    private <T extends EObject> void refer(List<T> references, List<T> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        int n = random.nextInt(4) == 0 ? Math.min(60, candidates.size())
                : random.nextInt(Math.min(3, candidates.size()) + 1);
        for (int i = 0; i < n; i++) {
            T candidate = pick(candidates);
            if (!references.contains(candidate)) {
                references.add(candidate);
            }
        }
    }

    private int count() {
        if (scale > 1) {
            return scale + random.nextInt(scale);
        }
        return random.nextInt(10) == 0 ? 40 : random.nextInt(4);
    }

    /** Sets one of {@code values}, or leaves the feature unset. */
    private <T> void maybe(Consumer<T> setter, T[] values) {
        if (random.nextBoolean()) {
            setter.accept(pick(values));
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
