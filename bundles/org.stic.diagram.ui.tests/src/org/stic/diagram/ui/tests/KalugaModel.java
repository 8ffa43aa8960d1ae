package org.stic.diagram.ui.tests;

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
import org.stic.ParticipantKind;
import org.stic.Partnership;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;

/**
 * The Kaluga pharmaceutical cluster as the editor tests draw it: every node and edge type of the four views, and one
 * key action without supporting resource (the INT-001 readiness gap).
 */
final class KalugaModel {

    private static final SticFactory F = SticFactory.eINSTANCE;

    /** The name of the key action that lacks a supporting resource. */
    static final String GAP = "Подготовка к сертификации GMP";

    private KalugaModel() {
    }

    static Cluster create() {
        Cluster c = F.createCluster();
        c.setName("Фармацевтический кластер Калужской области");
        c.setDescription("Kaluga region pharmaceutical and biomedical cluster (test model of the diagram editor).");
        InternalContour in = F.createInternalContour();
        ExternalContour out = F.createExternalContour();
        c.setInternalContour(in);
        c.setExternalContour(out);

        KeyResource labs = F.createKeyResource();
        labs.setName("Центр доклинических исследований");
        labs.setDescription("Shared laboratory for preclinical studies, run by the cluster's organisation.");
        KeyResource rooms = F.createKeyResource();
        rooms.setName("Чистые помещения класса B");
        KeyResource people = F.createKeyResource();
        people.setName("Кадры: провизоры и инженеры-технологи");
        in.getKeyResources().add(labs);
        in.getKeyResources().add(rooms);
        in.getKeyResources().add(people);

        KeyAction research = F.createKeyAction();
        research.setName("Совместные НИОКР с университетами");
        research.getSupportingResources().add(labs);
        research.getSupportingResources().add(people);
        KeyAction contract = F.createKeyAction();
        contract.setName("Контрактное производство");
        contract.getSupportingResources().add(rooms);
        KeyAction gmp = F.createKeyAction();
        gmp.setName(GAP);
        in.getKeyActions().add(research);
        in.getKeyActions().add(contract);
        in.getKeyActions().add(gmp);

        Partnership park = F.createPartnership();
        park.setName("Договор с индустриальным парком «Ворсино»");
        park.getResources().add(rooms);
        park.getActions().add(contract);
        in.getPartnerships().add(park);
        CostItem upkeep = F.createCostItem();
        upkeep.setName("Содержание чистых помещений");
        upkeep.getResources().add(rooms);
        upkeep.getActions().add(contract);
        in.getCostItems().add(upkeep);

        Segment startups = F.createSegment();
        startups.setName("Биотехнологические стартапы");
        SegmentNeed equipment = F.createSegmentNeed();
        equipment.setName("Доступ к дорогому оборудованию");
        startups.getNeeds().add(equipment);
        Segment plants = F.createSegment();
        plants.setName("Фармацевтические заводы региона");
        SegmentNeed staff = F.createSegmentNeed();
        staff.setName("Квалифицированный персонал");
        plants.getNeeds().add(staff);
        out.getSegments().add(startups);
        out.getSegments().add(plants);

        ValueProposition access = F.createValueProposition();
        access.setName("Лаборатории и чистые помещения по часам");
        access.getSegments().add(startups);
        access.getNeeds().add(equipment);
        ValueProposition training = F.createValueProposition();
        training.setName("Подготовка кадров под заказ");
        training.getSegments().add(plants);
        training.getNeeds().add(staff);
        out.getValuePropositions().add(access);
        out.getValuePropositions().add(training);
        research.getValuePropositions().add(access);
        contract.getValuePropositions().add(access);
        gmp.getValuePropositions().add(training);

        Channel portal = F.createChannel();
        portal.setName("Портал кластера");
        portal.getSegments().add(startups);
        out.getChannels().add(portal);
        Relationship manager = F.createRelationship();
        manager.setName("Персональный менеджер проекта");
        manager.getSegments().add(plants);
        out.getRelationships().add(manager);
        RevenueStream fees = F.createRevenueStream();
        fees.setName("Плата за пользование оборудованием");
        fees.getSegments().add(startups);
        out.getRevenueStreams().add(fees);

        Participant university = participant(c, "КФ МГТУ им. Н. Э. Баумана", ParticipantKind.UNIVERSITY);
        Participant plant = participant(c, "Ниармедик Фарма", ParticipantKind.LARGE_ENTERPRISE);
        Participant biotech = participant(c, "ООО «Генериум-Калуга»", ParticipantKind.SME);
        Participant agency = participant(c, "Агентство инновационного развития Калужской области",
                ParticipantKind.CLUSTER_ORGANISATION);
        interaction(c, university, biotech, InteractionKind.KNOWLEDGE_TRANSFER);
        interaction(c, biotech, plant, InteractionKind.SUPPLY);
        interaction(c, agency, plant, InteractionKind.COOPERATION);
        return c;
    }

    private static Participant participant(Cluster c, String name, ParticipantKind kind) {
        Participant p = F.createParticipant();
        p.setName(name);
        p.setKind(kind);
        c.getParticipants().add(p);
        return p;
    }

    private static void interaction(Cluster c, Participant from, Participant to, InteractionKind kind) {
        Interaction i = F.createInteraction();
        i.setSource(from);
        i.setTarget(to);
        i.setKind(kind);
        c.getInteractions().add(i);
    }
}
