package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.stic.Channel;
import org.stic.CostItem;
import org.stic.Interaction;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.ParticipantRole;
import org.stic.Partnership;
import org.stic.Relationship;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/** One violating model and its repair per rule, asserting the exact findings (rule id and element). */
class RulesTest {

    /** "RULE-ID label" of each finding, sorted, for exact comparison. */
    static List<String> findings(EObject root) {
        return SticValidator.builtIn().validate(root).stream().map(f -> f.ruleId() + " " + f.label()).sorted()
                .collect(Collectors.toList());
    }

    static void assertFindings(CleanCluster m, String... expected) {
        assertEquals(List.of(expected).stream().sorted().collect(Collectors.toList()), findings(m.cluster));
    }

    @Test
    void cleanModelHasNoFinding() {
        assertFindings(new CleanCluster());
    }

    @Test
    void int001KeyActionWithoutSupportingResource() {
        CleanCluster m = new CleanCluster();
        KeyAction a = m.action("Training");
        a.getSupportingResources().clear();
        assertFindings(m, "INT-001 Key action 'Training'");
        a.getSupportingResources().add(m.resource);
        assertFindings(m);
    }

    @Test
    void int001MessageNamesTheActionAndWhatIsMissing() {
        CleanCluster m = new CleanCluster();
        m.action.getSupportingResources().clear();
        Finding f = SticValidator.builtIn().validate(m.action).get(0);
        assertEquals("INT-001", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Key action 'Prototype testing' has no supporting key resource: link the resources (equipment,"
                + " people, money ...) it relies on.", f.message());
        assertEquals("Kaluga pharma / Internal contour / Prototype testing", f.path());
    }

    @Test
    void int002KeyActionDeliveringNoValueProposition() {
        CleanCluster m = new CleanCluster();
        KeyAction a = m.action("Training");
        a.getValuePropositions().clear();
        assertFindings(m, "INT-002 Key action 'Training'");
        a.getValuePropositions().add(m.proposition);
        assertFindings(m);
    }

    @Test
    void int003KeyActionWithoutPerformer() {
        CleanCluster m = new CleanCluster();
        KeyAction a = m.action("Training");
        a.getPerformers().clear();
        assertFindings(m, "INT-003 Key action 'Training'");
        m.partnership.getActions().add(a);
        assertFindings(m);
    }

    @Test
    void int004KeyResourceSupportingNoAction() {
        CleanCluster m = new CleanCluster();
        KeyResource r = resource(m, "Pilot line");
        assertFindings(m, "INT-004 Key resource 'Pilot line'");
        m.action.getSupportingResources().add(r);
        assertFindings(m);
    }

    @Test
    void int005KeyResourceWithoutProvider() {
        CleanCluster m = new CleanCluster();
        KeyResource r = resource(m, "Pilot line");
        m.action.getSupportingResources().add(r);
        r.getProviders().clear();
        assertFindings(m, "INT-005 Key resource 'Pilot line'");
        m.partnership.getResources().add(r);
        assertFindings(m);
    }

    @Test
    void int006PartnershipWithoutPartner() {
        CleanCluster m = new CleanCluster();
        Partnership p = partnership(m, "Supply contract");
        p.getResources().add(m.resource);
        assertFindings(m, "INT-006 Partnership 'Supply contract'");
        p.getPartners().add(m.university);
        assertFindings(m);
    }

    @Test
    void int007PartnershipContributingNothing() {
        CleanCluster m = new CleanCluster();
        Partnership p = partnership(m, "Supply contract");
        p.getPartners().add(m.university);
        assertFindings(m, "INT-007 Partnership 'Supply contract'");
        p.getActions().add(m.action);
        assertFindings(m);
    }

    @Test
    void int008CostItemWithoutCause() {
        CleanCluster m = new CleanCluster();
        CostItem c = CleanCluster.F.createCostItem();
        c.setName("Travel");
        m.internal.getCostItems().add(c);
        assertFindings(m, "INT-008 Cost item 'Travel'");
        c.getActions().add(m.action);
        assertFindings(m);
    }

    @Test
    void ext001ValuePropositionAddressingNoSegment() {
        CleanCluster m = new CleanCluster();
        ValueProposition v = proposition(m, "Export support");
        assertFindings(m, "EXT-001 Value proposition 'Export support'");
        v.getSegments().add(m.segment);
        assertFindings(m);
    }

    @Test
    void ext002SegmentAddressedByNoValueProposition() {
        CleanCluster m = new CleanCluster();
        Segment s = m.servedSegment("Startups");
        s.getValuePropositions().get(0).getSegments().clear();
        // its proposition now addresses nobody and covers a need of a segment it does not address
        assertFindings(m, "EXT-002 Segment 'Startups'", "EXT-001 Value proposition 'Certification support for Startups'",
                "EXT-010 Value proposition 'Certification support for Startups'");
        m.proposition.getSegments().add(s);
        m.proposition.getNeeds().add(s.getNeeds().get(0));
        EcoreUtil.delete(m.external.getValuePropositions().get(1));
        assertFindings(m);
    }

    @Test
    void ext003SegmentWithoutChannel() {
        CleanCluster m = new CleanCluster();
        Segment s = m.servedSegment("Startups");
        m.channel.getSegments().remove(s);
        assertFindings(m, "EXT-003 Segment 'Startups'");
        m.channel.getSegments().add(s);
        assertFindings(m);
    }

    @Test
    void ext004SegmentWithoutRelationship() {
        CleanCluster m = new CleanCluster();
        Segment s = m.servedSegment("Startups");
        m.relationship.getSegments().remove(s);
        assertFindings(m, "EXT-004 Segment 'Startups'");
        m.relationship.getSegments().add(s);
        assertFindings(m);
    }

    @Test
    void ext005SegmentWithMembersThatGenerateNoInnovation() {
        CleanCluster m = new CleanCluster();
        m.segment.getMembers().add(m.coordinator);
        assertFindings(m, "EXT-005 Segment 'Pharma SMEs'");
        Finding f = SticValidator.builtIn().validate(m.segment).get(0);
        assertEquals("Segment 'Pharma SMEs' has members that are not innovation generators: 'Kaluga cluster"
                + " development centre'. Give them that role or remove them from the segment.", f.message());
        m.coordinator.getRoles().add(ParticipantRole.INNOVATION_GENERATOR);
        assertFindings(m);
    }

    @Test
    void ext006SegmentWithoutMember() {
        CleanCluster m = new CleanCluster();
        Segment s = m.servedSegment("Startups");
        s.getMembers().clear();
        assertFindings(m, "EXT-006 Segment 'Startups'");
        s.getMembers().add(m.university);
        assertFindings(m);
    }

    @Test
    void ext007RevenueStreamFromNoSegment() {
        CleanCluster m = new CleanCluster();
        RevenueStream r = CleanCluster.F.createRevenueStream();
        r.setName("Membership fees");
        m.external.getRevenueStreams().add(r);
        assertFindings(m, "EXT-007 Revenue stream 'Membership fees'");
        r.getSegments().add(m.segment);
        assertFindings(m);
    }

    @Test
    void ext008ChannelServingNoSegment() {
        CleanCluster m = new CleanCluster();
        Channel c = CleanCluster.F.createChannel();
        c.setName("Cluster portal");
        m.external.getChannels().add(c);
        assertFindings(m, "EXT-008 Channel 'Cluster portal'");
        c.getSegments().add(m.segment);
        assertFindings(m);
    }

    @Test
    void ext009RelationshipWithNoSegment() {
        CleanCluster m = new CleanCluster();
        Relationship r = CleanCluster.F.createRelationship();
        r.setName("Working groups");
        m.external.getRelationships().add(r);
        assertFindings(m, "EXT-009 Relationship 'Working groups'");
        r.getSegments().add(m.segment);
        assertFindings(m);
    }

    @Test
    void ext010ValuePropositionCoveringNeedOfAnotherSegment() {
        CleanCluster m = new CleanCluster();
        Segment s = m.servedSegment("Startups");
        m.proposition.getNeeds().add(s.getNeeds().get(0));
        assertFindings(m, "EXT-010 Value proposition 'Shared GMP laboratory'");
        assertEquals("Value proposition 'Shared GMP laboratory' covers needs of segments it does not address:"
                + " 'Certification'. Address those segments or unlink the needs.",
                SticValidator.builtIn().validate(m.proposition).get(0).message());
        m.proposition.getSegments().add(s);
        assertFindings(m);
    }

    @Test
    void net001InteractionOfAParticipantWithItself() {
        CleanCluster m = new CleanCluster();
        Interaction i = m.interaction(m.sme, m.sme);
        assertFindings(m, "NET-001 Interaction Biotech SME → Biotech SME (cooperation)");
        i.setTarget(m.university);
        assertFindings(m);
    }

    @Test
    void net002InteractionWithoutTarget() {
        CleanCluster m = new CleanCluster();
        Interaction i = m.interaction(m.sme, null);
        assertFindings(m, "NET-002 Interaction Biotech SME → ? (cooperation)");
        i.setTarget(m.coordinator);
        assertFindings(m);
    }

    @Test
    void net003IsolatedParticipant() {
        CleanCluster m = new CleanCluster();
        Participant p = m.participant("Regional bank", ParticipantRole.PARTNER);
        assertFindings(m, "NET-003 Participant 'Regional bank'");
        m.interaction(p, m.sme);
        assertFindings(m);
    }

    @Test
    void net004ParticipantWithoutRole() {
        CleanCluster m = new CleanCluster();
        Participant p = m.participant("Regional bank");
        m.interaction(p, m.sme);
        assertFindings(m, "NET-004 Participant 'Regional bank'");
        p.getRoles().add(ParticipantRole.PARTNER);
        assertFindings(m);
    }

    @Test
    void net005ClusterWithoutCoordinator() {
        CleanCluster m = new CleanCluster();
        m.coordinator.getRoles().remove(ParticipantRole.COORDINATOR);
        assertFindings(m, "NET-005 Cluster 'Kaluga pharma'");
        m.coordinator.getRoles().add(ParticipantRole.COORDINATOR);
        assertFindings(m);
    }

    @Test
    void rdy001NeedNotCoveredByAnyValueProposition() {
        CleanCluster m = new CleanCluster();
        SegmentNeed n = need(m, "Export markets");
        assertFindings(m, "RDY-001 Segment need 'Export markets'");
        assertEquals("Segment need 'Export markets' is not covered by the readiness chain need -> value proposition"
                + " -> key action -> key resource: no value proposition covers it.",
                SticValidator.builtIn().validate(n).get(0).message());
        m.proposition.getNeeds().add(n);
        assertFindings(m);
    }

    @Test
    void rdy001ChainBrokenAtTheKeyActionOrTheResource() {
        CleanCluster m = new CleanCluster();
        m.action.getSupportingResources().clear();
        assertFindings(m, "RDY-001 Segment need 'Access to GMP labs'", "INT-001 Key action 'Prototype testing'",
                "INT-004 Key resource 'Clean room'");
        assertEquals("Segment need 'Access to GMP labs' is not covered by the readiness chain need -> value"
                + " proposition -> key action -> key resource: no key action delivering its value propositions has a"
                + " supporting key resource.", SticValidator.builtIn().validate(m.need).get(0).message());
        m.action.getValuePropositions().clear();
        m.action.getSupportingResources().add(m.resource);
        assertFindings(m, "RDY-001 Segment need 'Access to GMP labs'", "INT-002 Key action 'Prototype testing'",
                "RDY-002 Value proposition 'Shared GMP laboratory'");
        assertEquals("Segment need 'Access to GMP labs' is not covered by the readiness chain need -> value"
                + " proposition -> key action -> key resource: no key action delivers its value propositions.",
                SticValidator.builtIn().validate(m.need).get(0).message());
        m.action.getValuePropositions().add(m.proposition);
        assertFindings(m);
    }

    @Test
    void rdy002ValuePropositionDeliveredByNoKeyAction() {
        CleanCluster m = new CleanCluster();
        ValueProposition v = proposition(m, "Export support");
        v.getSegments().add(m.segment);
        m.action.getValuePropositions().remove(v);
        assertFindings(m, "RDY-002 Value proposition 'Export support'");
        m.action.getValuePropositions().add(v);
        assertFindings(m);
    }

    @Test
    void rdy003SegmentWithoutNeed() {
        CleanCluster m = new CleanCluster();
        Segment s = m.servedSegment("Startups");
        EcoreUtil.delete(s.getNeeds().get(0));
        assertFindings(m, "RDY-003 Segment 'Startups'");
        need(s, "Mentoring", m.proposition);
        m.proposition.getSegments().add(s);
        assertFindings(m);
    }

    @Test
    void itg001ElementWithoutName() {
        CleanCluster m = new CleanCluster();
        m.resource.setName(null);
        m.channel.setName("");
        assertFindings(m, "ITG-001 Key resource", "ITG-001 Channel");
        m.resource.setName("Clean room");
        m.channel.setName("Project office");
        assertFindings(m);
    }

    @Test
    void itg002ParticipantsSharingAName() {
        CleanCluster m = new CleanCluster();
        Participant p = m.participant("Biotech SME", ParticipantRole.SUPPLIER);
        m.interaction(p, m.sme);
        assertFindings(m, "ITG-002 Cluster 'Kaluga pharma'");
        assertEquals("Cluster 'Kaluga pharma' has participants sharing a name: 'Biotech SME'. Rename them so that"
                + " each is unique.", SticValidator.builtIn().validate(m.cluster).get(0).message());
        p.setName("Biotech SME 2");
        assertFindings(m);
    }

    @Test
    void itg003ExternalElementsSharingAName() {
        CleanCluster m = new CleanCluster();
        Channel c = CleanCluster.F.createChannel();
        c.setName("Project office");
        c.getSegments().add(m.segment);
        m.external.getChannels().add(c);
        assertFindings(m, "ITG-003 External contour");
        c.setName("Cluster portal");
        assertFindings(m);
    }

    @Test
    void itg004InternalElementsSharingAName() {
        CleanCluster m = new CleanCluster();
        KeyAction a = m.action("Prototype testing");
        assertFindings(m, "ITG-004 Internal contour");
        a.setName("Training");
        assertFindings(m);
    }

    @Test
    void itg005NeedsSharingANameInASegment() {
        CleanCluster m = new CleanCluster();
        SegmentNeed n = need(m.segment, "Access to GMP labs", m.proposition);
        assertFindings(m, "ITG-005 Segment 'Pharma SMEs'");
        n.setName("Regulatory advice");
        assertFindings(m);
    }

    @Test
    void everyRuleHasATestHere() {
        List<String> tested = List.of(RulesTest.class.getDeclaredMethods()).stream().map(m -> m.getName())
                .filter(n -> n.matches("[a-z]{3}\\d{3}.*")).map(n -> n.substring(0, 3).toUpperCase() + "-"
                        + n.substring(3, 6))
                .distinct().sorted().collect(Collectors.toList());
        assertEquals(RuleCatalogue.builtIn().rules().stream().map(Rule::id).sorted().collect(Collectors.toList()),
                tested);
    }

    private static KeyResource resource(CleanCluster m, String name) {
        KeyResource r = CleanCluster.F.createKeyResource();
        r.setName(name);
        r.getProviders().add(m.university);
        m.internal.getKeyResources().add(r);
        return r;
    }

    private static Partnership partnership(CleanCluster m, String name) {
        Partnership p = CleanCluster.F.createPartnership();
        p.setName(name);
        m.internal.getPartnerships().add(p);
        return p;
    }

    private static ValueProposition proposition(CleanCluster m, String name) {
        ValueProposition v = CleanCluster.F.createValueProposition();
        v.setName(name);
        m.external.getValuePropositions().add(v);
        m.action.getValuePropositions().add(v);
        return v;
    }

    private static SegmentNeed need(CleanCluster m, String name) {
        return need(m.segment, name, null);
    }

    private static SegmentNeed need(Segment s, String name, ValueProposition coveredBy) {
        SegmentNeed n = CleanCluster.F.createSegmentNeed();
        n.setName(name);
        s.getNeeds().add(n);
        if (coveredBy != null) {
            coveredBy.getNeeds().add(n);
        }
        return n;
    }
}
