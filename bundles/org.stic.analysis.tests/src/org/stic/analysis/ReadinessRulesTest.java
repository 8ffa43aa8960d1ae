package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Partnership;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;
import org.stic.model.edit.Language;

/** Each condition of the readiness definition (docs/analysis.md, section 1) on a model as small as it can be. */
class ReadinessRulesTest {

    private final Models m = new Models();
    private final Participant org = m.participant("Кластерная организация");

    private NeedReadiness only(AnalysisResult r) {
        assertEquals(1, r.needs().size());
        return r.needs().get(0);
    }

    private static void assertReason(NeedReadiness n, Cause cause, EObject... path) {
        assertEquals(List.of(new Reason(List.of(path), cause, List.of())), n.reasons(), n.reasons().toString());
    }

    @Test
    void aCompleteChainIsReady() {
        SegmentNeed need = m.need("Регистрация");
        ValueProposition vp = m.proposition("Помощь в регистрации", need);
        m.action("Сопровождение регистрации", org, vp, m.resource("Юристы", org));
        NeedReadiness n = only(m.analyse(2026));
        assertEquals(ReadinessLevel.READY, n.level());
        assertEquals(List.of(), n.reasons());
        assertEquals(2026, n.readyFrom());
    }

    @Test
    void aNeedNoPropositionAddressesIsNotReady() {
        m.need("Регистрация");
        NeedReadiness n = only(m.analyse(2026));
        assertEquals(ReadinessLevel.NOT_READY, n.level());
        assertReason(n, Cause.NO_VALUE_PROPOSITION);
        assertEquals("no value proposition addresses it", n.reasons().get(0).text(Language.EN));
        assertNull(n.readyFrom());
    }

    @Test
    void aPropositionNoActionDeliversIsNotReady() {
        ValueProposition vp = m.proposition("Помощь в регистрации", m.need("Регистрация"));
        assertReason(only(m.analyse(2026)), Cause.NOT_DELIVERED, vp);
    }

    @Test
    void anActionWithoutSupportingResourceIsNotReadyAndTheReasonNamesThePath() {
        ValueProposition vp = m.proposition("Помощь в регистрации", m.need("Регистрация"));
        KeyAction a = m.action("Сопровождение регистрации", org, vp);
        NeedReadiness n = only(m.analyse(2026));
        assertReason(n, Cause.NO_SUPPORTING_RESOURCE, vp, a);
        assertEquals("Помощь в регистрации ← Сопровождение регистрации: no supporting resource",
                n.reasons().get(0).text(Language.EN));
        assertEquals("Помощь в регистрации ← Сопровождение регистрации: нет обеспечивающего ресурса",
                n.reasons().get(0).text(Language.RU));
        assertEquals(a, n.reasons().get(0).element());
    }

    @Test
    void anActionWithoutPerformerIsNotReady() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyAction a = m.action("Сопровождение", null, vp, m.resource("Юристы", org));
        assertReason(only(m.analyse(2026)), Cause.NO_PERFORMER, vp, a);
    }

    @Test
    void everyActionOfAPropositionMustBeReadyNotJustOne() {
        // the 1.0 report called this ready: one action of the proposition had a resource
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        m.action("Консультации", org, vp, m.resource("Юристы", org));
        KeyAction bare = m.action("Подача документов", org, vp);
        assertReason(only(m.analyse(2026)), Cause.NO_SUPPORTING_RESOURCE, vp, bare);
    }

    @Test
    void everySupportingResourceMustBeReady() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyResource unprovided = m.resource("Лаборатория");
        KeyAction a = m.action("Испытания", org, vp, m.resource("Юристы", org), unprovided);
        assertReason(only(m.analyse(2026)), Cause.NO_PROVIDER, vp, a, unprovided);
    }

    @Test
    void oneReadyPropositionIsEnoughForANeed() {
        SegmentNeed need = m.need("Регистрация");
        ValueProposition weak = m.proposition("Без действий", need);
        ValueProposition good = m.proposition("Помощь", need);
        m.action("Сопровождение", org, good, m.resource("Юристы", org));
        AnalysisResult r = m.analyse(2026);
        assertEquals(ReadinessLevel.READY, only(r).level());
        assertEquals(ReadinessLevel.NOT_READY, r.levelOf(weak));
    }

    @Test
    void whenNoPropositionIsReadyEveryAlternativeIsAReason() {
        SegmentNeed need = m.need("Регистрация");
        ValueProposition first = m.proposition("Первое", need);
        ValueProposition second = m.proposition("Второе", need);
        KeyAction a = m.action("Без ресурса", org, second);
        NeedReadiness n = only(m.analyse(2026));
        assertEquals(List.of(new Reason(List.of(first), Cause.NOT_DELIVERED, List.of()),
                new Reason(List.of(second, a), Cause.NO_SUPPORTING_RESOURCE, List.of())), n.reasons());
    }

    @Test
    void aPartnershipProvidesOnlyWithAPartner() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyResource r = m.resource("Лаборатория");
        Partnership empty = m.partnership("Соглашение без сторон");
        r.getPartnerships().add(empty);
        KeyAction a = m.action("Испытания", org, vp, r);
        assertReason(only(m.analyse(2026)), Cause.NO_PARTNER, vp, a, r, empty);

        empty.getPartners().add(m.participant("Университет"));
        assertEquals(ReadinessLevel.READY, only(m.analyse(2026)).level());
    }

    @Test
    void aMissingResourceIsNotReady() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyResource r = m.resource("Чистые помещения", org);
        r.setStatus(AvailabilityStatus.MISSING);
        KeyAction a = m.action("Производство", org, vp, r);
        assertReason(only(m.analyse(2026)), Cause.MISSING, vp, a, r);
    }

    @Test
    void aMissingActionIsNotReady() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyAction a = m.action("Производство", org, vp, m.resource("Цех", org));
        a.setStatus(AvailabilityStatus.MISSING);
        assertReason(only(m.analyse(2026)), Cause.MISSING, vp, a);
    }

    @Test
    void anUnassessedStatusIsAssumedAvailableAndReportedAsTheAssumption() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyResource r = m.resource("Юристы", org);
        r.setStatus(AvailabilityStatus.UNSPECIFIED);
        KeyAction a = m.action("Сопровождение", org, vp, r);
        AnalysisResult result = m.analyse(2026);
        NeedReadiness n = only(result);
        assertEquals(ReadinessLevel.ASSUMED, n.level());
        assertTrue(n.level().isReady());
        assertReason(n, Cause.STATUS_NOT_ASSESSED, vp, a, r);
        assertEquals(new Coverage(null, 1, 1, 1), result.total());
        assertEquals(100, result.total().readyPercent());
    }

    @Test
    void aFailureOutranksAnAssumptionInTheReasons() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyResource assumed = m.resource("Юристы", org);
        assumed.setStatus(AvailabilityStatus.UNSPECIFIED);
        KeyResource missing = m.resource("Лаборатория", org);
        missing.setStatus(AvailabilityStatus.MISSING);
        KeyAction a = m.action("Сопровождение", org, vp, assumed, missing);
        assertReason(only(m.analyse(2026)), Cause.MISSING, vp, a, missing);
    }

    @Test
    void coverageIsCountedPerSegmentAndRoundedDown() {
        SegmentNeed ready = m.need("Готовая");
        m.need("Вторая");
        m.need("Третья");
        m.action("Сопровождение", org, m.proposition("Помощь", ready), m.resource("Юристы", org));
        AnalysisResult r = m.analyse(2026);
        assertEquals(List.of(new Coverage(m.segment, 3, 1, 0)), r.segments());
        org.stic.Segment empty = Models.F.createSegment();
        m.cluster.getExternalContour().getSegments().add(empty);
        assertEquals(new Coverage(empty, 0, 0, 0), m.analyse(2026).segments().get(1));
        assertEquals(33, r.total().readyPercent());
    }

    @Test
    void anyChainElementExplainsItself() {
        ValueProposition vp = m.proposition("Помощь", m.need("Регистрация"));
        KeyResource unprovided = m.resource("Лаборатория");
        KeyAction a = m.action("Испытания", org, vp, unprovided);
        AnalysisResult r = m.analyse(2026);
        assertEquals(ReadinessLevel.NOT_READY, r.levelOf(a));
        assertEquals(List.of(new Reason(List.of(a, unprovided), Cause.NO_PROVIDER, List.of())), r.reasonsOf(a));
        assertEquals(List.of(new Reason(List.of(unprovided), Cause.NO_PROVIDER, List.of())),
                r.reasonsOf(unprovided));
        assertEquals(List.of(), r.reasonsOf(org));
        assertEquals(ReadinessLevel.READY, r.levelOf(org));
        assertNull(r.levelOf(m.segment));
    }
}
