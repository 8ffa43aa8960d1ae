package org.stic.model.io;

import java.math.BigDecimal;

import org.stic.ActionKind;
import org.stic.Channel;
import org.stic.ChannelKind;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.CostKind;
import org.stic.DevelopmentStage;
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
        external.getRevenueStreams().add(revenue);

        InternalContour internal = f.createInternalContour();
        cluster.setInternalContour(internal);
        KeyResource lab = f.createKeyResource();
        lab.setName("Лаборатория");
        lab.setKind(ResourceKind.EQUIPMENT);
        lab.setCapacity("400 m²");
        lab.getProviders().add(university);
        internal.getKeyResources().add(lab);
        KeyAction access = f.createKeyAction();
        access.setName("Предоставление доступа");
        access.setKind(ActionKind.RD_SUPPORT);
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
        cost.getResources().add(lab);
        cost.getActions().add(access);
        internal.getCostItems().add(cost);
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
