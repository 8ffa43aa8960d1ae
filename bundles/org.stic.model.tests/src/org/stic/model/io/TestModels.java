package org.stic.model.io;

import java.math.BigDecimal;

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

/** A small cluster that sets every feature of every class, with Cyrillic, markup characters and line breaks. */
final class TestModels {

    static Cluster everyFeature() {
        SticFactory f = SticFactory.eINSTANCE;
        Cluster cluster = f.createCluster();
        cluster.setName("Тестовый кластер <&> \"кавычки\"");
        cluster.setDescription("Two lines:\nsecond line\twith a tab");
        cluster.setSector("фармацевтика");
        cluster.setTerritory("Калужская область");
        cluster.setSpecialisation("biotech");
        cluster.setPurpose("accelerated innovative development");
        cluster.setDevelopmentStage(DevelopmentStage.GROWING);
        cluster.setModelVersion("2026-11");

        Participant university = participant(cluster, "Университет", ParticipantKind.UNIVERSITY, ParticipantRole.SUPPLIER);
        Participant sme = participant(cluster, "Малое предприятие", ParticipantKind.SME, ParticipantRole.INNOVATION_GENERATOR);
        sme.getRoles().add(ParticipantRole.PARTNER);
        sme.setLocation("Обнинск");
        sme.setMembership(Membership.MEMBER);
        university.setMembership(Membership.EXTERNAL);
        university.setCitation("https://example.org/university, accessed 2026-11-01");
        university.setIllustrative(true);

        Interaction interaction = f.createInteraction();
        interaction.setSource(university);
        interaction.setTarget(sme);
        interaction.setKind(InteractionKind.KNOWLEDGE_TRANSFER);
        interaction.setDirection(InteractionDirection.MUTUAL);
        interaction.setIntensity(InteractionIntensity.HIGH);
        interaction.setDescription("staff and licences");
        cluster.getInteractions().add(interaction);

        ExternalContour external = f.createExternalContour();
        cluster.setExternalContour(external);
        Segment segment = f.createSegment();
        segment.setName("Стартапы");
        segment.setCriteria("< 5 years, < 50 staff");
        segment.getMembers().add(sme);
        external.getSegments().add(segment);
        SegmentNeed need = f.createSegmentNeed();
        need.setName("Доступ к лабораториям");
        need.setPriority(Priority.HIGH);
        need.setDemand(new BigDecimal("1200"));
        need.setDemandUnit(QuantityUnit.SQUARE_METRES);
        segment.getNeeds().add(need);
        ValueProposition proposition = f.createValueProposition();
        proposition.setName("Лаборатории коллективного пользования");
        proposition.getSegments().add(segment);
        proposition.getNeeds().add(need);
        external.getValuePropositions().add(proposition);
        Channel channel = f.createChannel();
        channel.setName("Портал");
        channel.setKind(ChannelKind.DIGITAL_PLATFORM);
        channel.getSegments().add(segment);
        channel.getValuePropositions().add(proposition);
        external.getChannels().add(channel);
        Relationship relationship = f.createRelationship();
        relationship.setName("Менеджер проекта");
        relationship.setKind(RelationshipKind.DEDICATED_ASSISTANCE);
        relationship.getSegments().add(segment);
        external.getRelationships().add(relationship);
        RevenueStream revenue = f.createRevenueStream();
        revenue.setName("Членские взносы");
        revenue.setKind(RevenueKind.MEMBERSHIP_FEE);
        revenue.setAmount(new BigDecimal("1250000.50"));
        revenue.setCurrency("EUR");
        revenue.getSegments().add(segment);
        revenue.getPayers().add(university);
        revenue.getPayers().add(sme);
        revenue.getValuePropositions().add(proposition);
        revenue.setPeriod(AmountPeriod.PER_YEAR);
        revenue.setFromYear(2013);
        revenue.setToYear(2020);
        external.getRevenueStreams().add(revenue);

        InternalContour internal = f.createInternalContour();
        cluster.setInternalContour(internal);
        KeyResource lab = f.createKeyResource();
        lab.setName("Лаборатория");
        lab.setKind(ResourceKind.EQUIPMENT);
        lab.setCapacity(new BigDecimal("400"));
        lab.setCapacityUnit(QuantityUnit.SQUARE_METRES);
        lab.setCapacityNote("400 m² of clean rooms");
        lab.setStatus(AvailabilityStatus.PLANNED);
        lab.setAvailableFrom(2028);
        lab.getProviders().add(university);
        internal.getKeyResources().add(lab);
        KeyAction access = f.createKeyAction();
        access.setName("Предоставление доступа");
        access.setKind(ActionKind.RD_SUPPORT);
        access.setStatus(AvailabilityStatus.AVAILABLE);
        access.setAvailableFrom(2020);
        access.getPerformers().add(university);
        access.getSupportingResources().add(lab);
        access.getValuePropositions().add(proposition);
        internal.getKeyActions().add(access);
        KeyAction unsupported = f.createKeyAction();
        unsupported.setKind(ActionKind.PROMOTION);
        internal.getKeyActions().add(unsupported);
        Partnership partnership = f.createPartnership();
        partnership.setName("Соглашение");
        partnership.setKind(PartnershipKind.SUPPLY);
        partnership.setContribution("equipment time");
        partnership.getPartners().add(university);
        partnership.getResources().add(lab);
        partnership.getActions().add(access);
        internal.getPartnerships().add(partnership);
        CostItem cost = f.createCostItem();
        cost.setName("Содержание лаборатории");
        cost.setKind(CostKind.FIXED);
        cost.setAmount(new BigDecimal("3000000"));
        cost.setCurrency("RUB");
        cost.setNature(CostNature.CAPITAL);
        cost.setPeriod(AmountPeriod.ONE_OFF);
        cost.setFromYear(2025);
        cost.getResources().add(lab);
        cost.getActions().add(access);
        internal.getCostItems().add(cost);

        Indicator share = f.createIndicator();
        share.setName("Доля гражданской продукции");
        share.setUnit(QuantityUnit.PERCENT);
        share.setDirection(TargetDirection.AT_LEAST);
        share.setBaseline(new BigDecimal("17"));
        share.setBaselineYear(2016);
        share.setTarget(new BigDecimal("50"));
        share.setTargetYear(2030);
        share.setCurrent(new BigDecimal("27.5"));
        share.setCurrentYear(2024);
        share.getMeasures().add(sme);
        share.getMeasures().add(proposition);
        cluster.getIndicators().add(share);
        return cluster;
    }

    private static Participant participant(Cluster cluster, String name, ParticipantKind kind, ParticipantRole role) {
        Participant p = SticFactory.eINSTANCE.createParticipant();
        p.setName(name);
        p.setKind(kind);
        p.getRoles().add(role);
        cluster.getParticipants().add(p);
        return p;
    }

    private TestModels() {
    }
}
