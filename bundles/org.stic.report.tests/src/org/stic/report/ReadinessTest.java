package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;
import org.stic.report.Readiness.Coverage;
import org.stic.report.Readiness.NeedChain;
import org.stic.report.Readiness.Status;

/** The readiness chain of each need, its status and the coverage shares, on a model with one need per status. */
class ReadinessTest {

    private static final SticFactory F = SticFactory.eINSTANCE;

    private final Cluster cluster = F.createCluster();
    private final InternalContour in = F.createInternalContour();
    private final ExternalContour ex = F.createExternalContour();

    ReadinessTest() {
        cluster.setInternalContour(in);
        cluster.setExternalContour(ex);
    }

    @Test
    void eachNeedGetsTheStatusOfHowFarItsChainReaches() {
        Segment startups = segment("Стартапы");
        SegmentNeed lab = need(startups, "Лаборатория");
        SegmentNeed market = need(startups, "Выход на рынок");
        SegmentNeed gmp = need(startups, "Сертификация GMP");
        SegmentNeed money = need(startups, "Финансирование");
        segment("Empty segment");

        KeyResource labRooms = resource("Clean rooms");
        ValueProposition access = vp("Access to labs", lab);
        ValueProposition export = vp("Export support", market);
        vp("Certification help", gmp);
        KeyAction testing = action("Testing", access);
        testing.getSupportingResources().add(labRooms);
        KeyAction fairs = action("Trade fairs", export);

        Readiness r = Readiness.of(cluster);

        assertEquals(List.of(Status.READY, Status.NOT_RESOURCED, Status.NOT_DELIVERED, Status.NOT_COVERED),
                r.chains().stream().map(NeedChain::status).toList());
        NeedChain ready = r.chains().get(0);
        assertEquals(List.of(access), ready.valuePropositions());
        assertEquals(List.of(testing), ready.keyActions());
        assertEquals(List.of(labRooms), ready.resources());
        assertEquals(List.of(fairs), r.chains().get(1).unresourcedActions());
        assertEquals(List.of(market, gmp, money), r.gaps().stream().map(NeedChain::need).toList());

        assertEquals(new Coverage("", 4, 3, 2, 1), r.total());
        assertEquals(75, r.total().coveredPercent());
        assertEquals(50, r.total().deliveredPercent());
        assertEquals(25, r.total().readyPercent());
        assertEquals(List.of(new Coverage("Стартапы", 4, 3, 2, 1), new Coverage("Empty segment", 0, 0, 0, 0)),
                r.segments());
        assertEquals(0, r.segments().get(1).readyPercent());
    }

    @Test
    void oneCompletePathMakesANeedReadyEvenBesideIncompleteOnes() {
        Segment smes = segment("SMEs");
        SegmentNeed need = need(smes, "Prototyping");
        ValueProposition weak = vp("Advice", need);
        ValueProposition strong = vp("Prototyping centre", need);
        KeyAction unresourced = action("Consulting", weak);
        KeyAction resourced = action("Prototyping", strong);
        resourced.getSupportingResources().add(resource("3D printers"));

        NeedChain chain = Readiness.of(cluster).chains().get(0);

        assertEquals(Status.READY, chain.status());
        assertEquals(List.of(unresourced, resourced), chain.keyActions());
        assertEquals(List.of(unresourced), chain.unresourcedActions());
        assertEquals(new Coverage("", 1, 1, 1, 1), Readiness.of(cluster).total());
    }

    @Test
    void aClusterWithoutContoursHasNoNeeds() {
        Readiness r = Readiness.of(F.createCluster());
        assertEquals(List.of(), r.chains());
        assertEquals(new Coverage("", 0, 0, 0, 0), r.total());
    }

    private Segment segment(String name) {
        Segment s = F.createSegment();
        s.setName(name);
        ex.getSegments().add(s);
        return s;
    }

    private static SegmentNeed need(Segment segment, String name) {
        SegmentNeed n = F.createSegmentNeed();
        n.setName(name);
        segment.getNeeds().add(n);
        return n;
    }

    private ValueProposition vp(String name, SegmentNeed need) {
        ValueProposition v = F.createValueProposition();
        v.setName(name);
        v.getNeeds().add(need);
        ex.getValuePropositions().add(v);
        return v;
    }

    private KeyAction action(String name, ValueProposition delivers) {
        KeyAction a = F.createKeyAction();
        a.setName(name);
        a.getValuePropositions().add(delivers);
        in.getKeyActions().add(a);
        return a;
    }

    private KeyResource resource(String name) {
        KeyResource r = F.createKeyResource();
        r.setName(name);
        in.getKeyResources().add(r);
        return r;
    }
}
