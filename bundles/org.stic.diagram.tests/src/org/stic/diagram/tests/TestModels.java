package org.stic.diagram.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.stic.ActionKind;
import org.stic.Channel;
import org.stic.Cluster;
import org.stic.CostItem;
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
import org.stic.Partnership;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;

/** Cluster models built in code, with Cyrillic and Latin names, for the diagram tests. */
final class TestModels {

    private static final SticFactory F = SticFactory.eINSTANCE;

    private TestModels() {
    }

    /** A small pharmaceutical cluster; «Сертификация GMP» has no supporting resource (a readiness gap). */
    static Cluster pharma() {
        Cluster c = F.createCluster();
        c.setName("Калужский фармацевтический кластер");
        InternalContour in = F.createInternalContour();
        ExternalContour ex = F.createExternalContour();
        c.setInternalContour(in);
        c.setExternalContour(ex);

        Participant uni = participant(c, "Калужский филиал МГТУ им. Н. Э. Баумана", ParticipantKind.UNIVERSITY);
        Participant park = participant(c, "Технопарк «Калуга»", ParticipantKind.TECHNOPARK);
        Participant sme = participant(c, "ООО «БиоВектор»", ParticipantKind.SME);
        Participant big = participant(c, "AstraZeneca Industries", ParticipantKind.LARGE_ENTERPRISE);
        Participant org = participant(c, "Ассоциация «Кластер фармацевтики, биотехнологий и биомедицины»",
                ParticipantKind.CLUSTER_ORGANISATION);
        Participant fund = participant(c, "Фонд развития промышленности", ParticipantKind.INVESTOR);
        interaction(c, uni, sme, InteractionKind.KNOWLEDGE_TRANSFER, InteractionIntensity.HIGH, false);
        interaction(c, park, sme, InteractionKind.SUPPLY, InteractionIntensity.MEDIUM, false);
        interaction(c, org, big, InteractionKind.COOPERATION, InteractionIntensity.MEDIUM, true);
        interaction(c, fund, sme, InteractionKind.FINANCING, InteractionIntensity.LOW, false);
        interaction(c, uni, big, InteractionKind.JOINT_RESEARCH, InteractionIntensity.HIGH, true);

        KeyResource lab = resource(in, "Лаборатория доклинических исследований");
        KeyResource clean = resource(in, "Чистые помещения класса C, 2 000 м²");
        KeyResource staff = resource(in, "Researchers and engineers");
        KeyAction rd = action(in, "Поддержка НИОКР участников", lab, staff);
        KeyAction transfer = action(in, "Трансфер технологий", staff);
        KeyAction gmp = action(in, "Сертификация GMP");
        Partnership p = F.createPartnership();
        p.setName("Соглашение с технопарком");
        p.getResources().add(clean);
        p.getActions().add(gmp);
        in.getPartnerships().add(p);
        CostItem rent = F.createCostItem();
        rent.setName("Аренда и содержание помещений");
        rent.getResources().add(clean);
        in.getCostItems().add(rent);
        CostItem salaries = F.createCostItem();
        salaries.setName("Salaries");
        salaries.getActions().add(rd);
        in.getCostItems().add(salaries);

        Segment startups = segment(ex, "Стартапы в биотехнологиях", "Доступ к оборудованию", "Экспертиза");
        Segment manufacturers = segment(ex, "Производители лекарственных средств", "Выход на рынок");
        ValueProposition access = vp(ex, "Доступ к лабораториям и чистым помещениям", startups);
        access.getNeeds().add(startups.getNeeds().get(0));
        ValueProposition market = vp(ex, "Сопровождение регистрации и вывода препаратов на рынок", manufacturers);
        market.getNeeds().add(manufacturers.getNeeds().get(0));
        rd.getValuePropositions().add(access);
        transfer.getValuePropositions().add(market);
        gmp.getValuePropositions().add(market);
        Channel portal = F.createChannel();
        portal.setName("Портал кластера");
        portal.getSegments().add(startups);
        ex.getChannels().add(portal);
        Relationship manager = F.createRelationship();
        manager.setName("Personal manager");
        manager.getSegments().add(manufacturers);
        ex.getRelationships().add(manager);
        RevenueStream fees = F.createRevenueStream();
        fees.setName("Членские взносы");
        fees.getSegments().addAll(List.of(startups, manufacturers));
        ex.getRevenueStreams().add(fees);
        return c;
    }

    /**
     * A generated cluster with about {@code nodes} diagram nodes in realistic proportions (both contours), plus
     * participants; deterministic for a seed.
     */
    static Cluster generated(int nodes, long seed) {
        Random r = new Random(seed);
        Cluster c = F.createCluster();
        c.setName("Сгенерированный кластер " + nodes);
        InternalContour in = F.createInternalContour();
        ExternalContour ex = F.createExternalContour();
        c.setInternalContour(in);
        c.setExternalContour(ex);
        int unit = Math.max(1, nodes / 20);
        List<KeyResource> resources = new ArrayList<>();
        for (int i = 0; i < 3 * unit; i++) {
            resources.add(resource(in, "Ресурс " + i + " — оборудование"));
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 2 * unit; i++) {
            segments.add(segment(ex, "Сегмент " + i, "Потребность " + i + "a", "Need " + i + "b"));
        }
        List<ValueProposition> vps = new ArrayList<>();
        for (int i = 0; i < 2 * unit; i++) {
            Segment s = segments.get(r.nextInt(segments.size()));
            ValueProposition v = vp(ex, "Ценностное предложение " + i, s);
            v.getNeeds().add(s.getNeeds().get(r.nextInt(s.getNeeds().size())));
            vps.add(v);
        }
        List<KeyAction> actions = new ArrayList<>();
        for (int i = 0; i < 4 * unit; i++) {
            KeyAction a = i % 10 == 9 ? action(in, "Ключевое действие " + i)
                    : action(in, "Ключевое действие " + i, resources.get(r.nextInt(resources.size())));
            a.getValuePropositions().add(vps.get(r.nextInt(vps.size())));
            actions.add(a);
        }
        for (int i = 0; i < unit; i++) {
            Partnership p = F.createPartnership();
            p.setName("Партнёрство " + i);
            p.getResources().add(resources.get(r.nextInt(resources.size())));
            p.getActions().add(actions.get(r.nextInt(actions.size())));
            in.getPartnerships().add(p);
            CostItem ci = F.createCostItem();
            ci.setName("Статья затрат " + i);
            ci.getActions().add(actions.get(r.nextInt(actions.size())));
            in.getCostItems().add(ci);
            Channel ch = F.createChannel();
            ch.setName("Channel " + i);
            ch.getSegments().add(segments.get(r.nextInt(segments.size())));
            ex.getChannels().add(ch);
            RevenueStream rs = F.createRevenueStream();
            rs.setName("Доход " + i);
            rs.getSegments().add(segments.get(r.nextInt(segments.size())));
            ex.getRevenueStreams().add(rs);
        }
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < nodes / 4; i++) {
            participants.add(participant(c, "Участник " + i,
                    ParticipantKind.VALUES.get(r.nextInt(ParticipantKind.VALUES.size()))));
        }
        for (int i = 0; i < participants.size() * 3 / 2; i++) {
            interaction(c, participants.get(r.nextInt(participants.size())),
                    participants.get(r.nextInt(participants.size())),
                    InteractionKind.VALUES.get(r.nextInt(InteractionKind.VALUES.size())),
                    InteractionIntensity.VALUES.get(r.nextInt(3)), r.nextBoolean());
        }
        return c;
    }

    private static Participant participant(Cluster c, String name, ParticipantKind kind) {
        Participant p = F.createParticipant();
        p.setName(name);
        p.setKind(kind);
        c.getParticipants().add(p);
        return p;
    }

    private static void interaction(Cluster c, Participant from, Participant to, InteractionKind kind,
            InteractionIntensity intensity, boolean mutual) {
        Interaction i = F.createInteraction();
        i.setSource(from);
        i.setTarget(to);
        i.setKind(kind);
        i.setIntensity(intensity);
        i.setDirection(mutual ? InteractionDirection.MUTUAL : InteractionDirection.ONE_WAY);
        c.getInteractions().add(i);
    }

    private static KeyResource resource(InternalContour in, String name) {
        KeyResource r = F.createKeyResource();
        r.setName(name);
        in.getKeyResources().add(r);
        return r;
    }

    private static KeyAction action(InternalContour in, String name, KeyResource... resources) {
        KeyAction a = F.createKeyAction();
        a.setName(name);
        a.setKind(ActionKind.RD_SUPPORT);
        a.getSupportingResources().addAll(List.of(resources));
        in.getKeyActions().add(a);
        return a;
    }

    private static Segment segment(ExternalContour ex, String name, String... needs) {
        Segment s = F.createSegment();
        s.setName(name);
        for (String n : needs) {
            SegmentNeed need = F.createSegmentNeed();
            need.setName(n);
            s.getNeeds().add(need);
        }
        ex.getSegments().add(s);
        return s;
    }

    private static ValueProposition vp(ExternalContour ex, String name, Segment segment) {
        ValueProposition v = F.createValueProposition();
        v.setName(name);
        v.getSegments().add(segment);
        ex.getValuePropositions().add(v);
        return v;
    }
}
