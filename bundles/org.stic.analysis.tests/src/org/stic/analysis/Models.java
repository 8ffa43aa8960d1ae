package org.stic.analysis;

import java.math.BigDecimal;

import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Membership;
import org.stic.Participant;
import org.stic.ParticipantKind;
import org.stic.Partnership;
import org.stic.Priority;
import org.stic.QuantityUnit;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;

/** Small clusters built element by element, so that each test shows the chain it analyses. */
final class Models {

    static final SticFactory F = SticFactory.eINSTANCE;

    final Cluster cluster = F.createCluster();
    final Segment segment = F.createSegment();

    Models() {
        cluster.setName("Тестовый кластер");
        cluster.setExternalContour(F.createExternalContour());
        cluster.setInternalContour(F.createInternalContour());
        segment.setName("Сегмент");
        cluster.getExternalContour().getSegments().add(segment);
    }

    SegmentNeed need(String name, Priority priority) {
        SegmentNeed n = F.createSegmentNeed();
        n.setName(name);
        n.setPriority(priority);
        segment.getNeeds().add(n);
        return n;
    }

    SegmentNeed need(String name) {
        return need(name, Priority.MEDIUM);
    }

    ValueProposition proposition(String name, SegmentNeed... needs) {
        ValueProposition vp = F.createValueProposition();
        vp.setName(name);
        cluster.getExternalContour().getValuePropositions().add(vp);
        for (SegmentNeed n : needs) {
            vp.getNeeds().add(n);
        }
        return vp;
    }

    Participant participant(String name) {
        Participant p = F.createParticipant();
        p.setName(name);
        p.setKind(ParticipantKind.SME);
        p.setMembership(Membership.MEMBER);
        cluster.getParticipants().add(p);
        return p;
    }

    Partnership partnership(String name, Participant... partners) {
        Partnership p = F.createPartnership();
        p.setName(name);
        for (Participant partner : partners) {
            p.getPartners().add(partner);
        }
        cluster.getInternalContour().getPartnerships().add(p);
        return p;
    }

    /** An available resource provided by {@code providers}. */
    KeyResource resource(String name, Participant... providers) {
        KeyResource r = F.createKeyResource();
        r.setName(name);
        r.setStatus(AvailabilityStatus.AVAILABLE);
        for (Participant p : providers) {
            r.getProviders().add(p);
        }
        cluster.getInternalContour().getKeyResources().add(r);
        return r;
    }

    /** An available action performed by {@code performer}, delivering {@code vp}, supported by {@code resources}. */
    KeyAction action(String name, Participant performer, ValueProposition vp, KeyResource... resources) {
        KeyAction a = F.createKeyAction();
        a.setName(name);
        a.setStatus(AvailabilityStatus.AVAILABLE);
        if (performer != null) {
            a.getPerformers().add(performer);
        }
        if (vp != null) {
            vp.getKeyActions().add(a);
        }
        for (KeyResource r : resources) {
            a.getSupportingResources().add(r);
        }
        cluster.getInternalContour().getKeyActions().add(a);
        return a;
    }

    static void capacity(KeyResource r, int capacity, QuantityUnit unit) {
        r.setCapacity(BigDecimal.valueOf(capacity));
        r.setCapacityUnit(unit);
    }

    static void demand(SegmentNeed n, int demand, QuantityUnit unit) {
        n.setDemand(BigDecimal.valueOf(demand));
        n.setDemandUnit(unit);
    }

    AnalysisResult analyse(int year) {
        return Analysis.of(cluster, new AnalysisOptions(year));
    }
}
