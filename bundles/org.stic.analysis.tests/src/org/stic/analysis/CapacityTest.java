package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/** Load and capacity (docs/analysis.md, section 2): demand routed in full, compared only within one unit. */
class CapacityTest {

    private final Models m = new Models();
    private final Participant org = m.participant("Кластерная организация");

    private static ResourceLoad row(AnalysisResult r, KeyResource resource, QuantityUnit unit) {
        return r.loads().stream().filter(l -> l.resource() == resource && l.unit() == unit).findFirst()
                .orElseThrow(() -> new AssertionError("no load row for " + resource.getName() + " in " + unit));
    }

    @Test
    void demandBeyondCapacityInTheSameUnitMakesTheResourceAndItsNeedsUnready() {
        SegmentNeed a = m.need("Испытания препаратов");
        SegmentNeed b = m.need("Испытания изделий");
        KeyResource lab = m.resource("Лаборатория", org);
        Models.capacity(lab, 100, QuantityUnit.SERVICES_PER_YEAR);
        Models.demand(a, 60, QuantityUnit.SERVICES_PER_YEAR);
        Models.demand(b, 50, QuantityUnit.SERVICES_PER_YEAR);
        ValueProposition vp = m.proposition("Испытательный центр", a, b);
        KeyAction testing = m.action("Испытания", org, vp, lab);

        AnalysisResult r = m.analyse(2026);
        ResourceLoad load = row(r, lab, QuantityUnit.SERVICES_PER_YEAR);
        assertEquals(new ResourceLoad(lab, QuantityUnit.SERVICES_PER_YEAR, new BigDecimal(110), new BigDecimal(100), 2),
                load);
        assertTrue(load.overLoaded());
        assertEquals(new BigDecimal(110), load.utilisationPercent());
        assertEquals(List.of(load), r.overLoaded());
        Reason expected = new Reason(List.of(vp, testing, lab), Cause.OVER_LOADED,
                List.of(new BigDecimal(110), new BigDecimal(100), QuantityUnit.SERVICES_PER_YEAR));
        assertEquals(List.of(expected), r.need(a).reasons());
        assertEquals(List.of(expected), r.need(b).reasons());

        Models.capacity(lab, 110, QuantityUnit.SERVICES_PER_YEAR);
        AnalysisResult enough = m.analyse(2026);
        assertFalse(row(enough, lab, QuantityUnit.SERVICES_PER_YEAR).overLoaded());
        assertEquals(2, enough.total().ready());
    }

    @Test
    void quantitiesInDifferentUnitsOrWithoutUnitAreNotCompared() {
        SegmentNeed people = m.need("Подготовка кадров");
        SegmentNeed unitless = m.need("Консультации");
        KeyResource lab = m.resource("Лаборатория", org);
        Models.capacity(lab, 10, QuantityUnit.SERVICES_PER_YEAR);
        Models.demand(people, 500, QuantityUnit.PEOPLE);
        unitless.setDemand(new BigDecimal(900));
        m.action("Обучение", org, m.proposition("Учебный центр", people, unitless), lab);

        AnalysisResult r = m.analyse(2026);
        assertEquals(2, r.total().ready());
        assertEquals(List.of(new ResourceLoad(lab, QuantityUnit.PEOPLE, new BigDecimal(500), null, 2),
                new ResourceLoad(lab, QuantityUnit.SERVICES_PER_YEAR, null, new BigDecimal(10), 2)), r.loads());
        assertTrue(r.overLoaded().isEmpty());
    }

    @Test
    void aCapacityWithoutUnitIsNotCompared() {
        SegmentNeed need = m.need("Испытания");
        KeyResource lab = m.resource("Лаборатория", org);
        lab.setCapacity(BigDecimal.ONE);
        Models.demand(need, 50, QuantityUnit.SERVICES_PER_YEAR);
        m.action("Испытания", org, m.proposition("Центр", need), lab);
        AnalysisResult r = m.analyse(2026);
        assertEquals(ReadinessLevel.READY, r.need(need).level());
        assertEquals(List.of(new ResourceLoad(lab, QuantityUnit.SERVICES_PER_YEAR, new BigDecimal(50), null, 1)),
                r.loads());
    }

    @Test
    void everyResourceAPropositionReliesOnCarriesTheWholeDemand() {
        SegmentNeed need = m.need("Испытания");
        Models.demand(need, 40, QuantityUnit.SERVICES_PER_YEAR);
        KeyResource lab = m.resource("Лаборатория", org);
        KeyResource experts = m.resource("Эксперты", org);
        ValueProposition vp = m.proposition("Центр", need);
        m.action("Испытания", org, vp, lab);
        m.action("Экспертиза", org, vp, experts, lab);
        AnalysisResult r = m.analyse(2026);
        // in full on each resource, and once per need however many paths reach it
        assertEquals(new BigDecimal(40), row(r, lab, QuantityUnit.SERVICES_PER_YEAR).load());
        assertEquals(new BigDecimal(40), row(r, experts, QuantityUnit.SERVICES_PER_YEAR).load());
    }

    @Test
    void eachAlternativePropositionCarriesTheWholeDemand() {
        SegmentNeed need = m.need("Испытания");
        Models.demand(need, 40, QuantityUnit.SERVICES_PER_YEAR);
        KeyResource own = m.resource("Своя лаборатория", org);
        KeyResource partner = m.resource("Лаборатория партнёра", org);
        Models.capacity(own, 30, QuantityUnit.SERVICES_PER_YEAR);
        m.action("Испытания у себя", org, m.proposition("Свой центр", need), own);
        m.action("Испытания у партнёра", org, m.proposition("Центр партнёра", need), partner);
        AnalysisResult r = m.analyse(2026);
        assertEquals(new BigDecimal(40), row(r, own, QuantityUnit.SERVICES_PER_YEAR).load());
        assertEquals(new BigDecimal(40), row(r, partner, QuantityUnit.SERVICES_PER_YEAR).load());
        // the over-loaded alternative fails, the other one serves the need
        assertTrue(row(r, own, QuantityUnit.SERVICES_PER_YEAR).overLoaded());
        assertEquals(ReadinessLevel.READY, r.need(need).level());
    }
}
