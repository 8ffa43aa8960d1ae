package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/** Planned elements count from their year on; the table by year shows when the cluster becomes ready. */
class ReadinessByYearTest {

    private final Models m = new Models();
    private final Participant org = m.participant("Кластерная организация");

    @Test
    void aPlannedResourceCountsFromItsYear() {
        SegmentNeed early = m.need("Испытания");
        SegmentNeed late = m.need("Серийный выпуск");
        ValueProposition testing = m.proposition("Испытательный центр", early);
        ValueProposition production = m.proposition("Контрактное производство", late);
        KeyResource lab = m.resource("Лаборатория", org);
        lab.setStatus(AvailabilityStatus.PLANNED);
        lab.setAvailableFrom(2027);
        KeyResource plant = m.resource("Чистые помещения", org);
        plant.setStatus(AvailabilityStatus.PLANNED);
        plant.setAvailableFrom(2029);
        m.action("Испытания образцов", org, testing, lab);
        KeyAction make = m.action("Выпуск серий", org, production, plant);

        AnalysisResult r = m.analyse(2026);
        assertEquals(List.of(new YearReadiness(2026, 2, 0, 0), new YearReadiness(2027, 2, 1, 0),
                new YearReadiness(2029, 2, 2, 0)), r.byYear());
        assertEquals(2027, r.need(early).readyFrom());
        assertEquals(2029, r.need(late).readyFrom());
        assertEquals(List.of(new Reason(List.of(production, make, plant), Cause.PLANNED_LATER, List.of("2029"))),
                r.need(late).reasons());

        AnalysisResult in2028 = m.analyse(2028);
        assertEquals(ReadinessLevel.READY, in2028.need(early).level());
        assertEquals(ReadinessLevel.NOT_READY, in2028.need(late).level());
        assertEquals(List.of(new YearReadiness(2028, 2, 1, 0), new YearReadiness(2029, 2, 2, 0)), in2028.byYear());
        assertEquals(ReadinessLevel.READY, m.analyse(2029).need(late).level());
    }

    @Test
    void aPlannedActionWithoutAYearIsNeverReady() {
        SegmentNeed need = m.need("Экспорт");
        ValueProposition vp = m.proposition("Выход на рынки", need);
        KeyAction a = m.action("Экспортная поддержка", org, vp, m.resource("Аналитики", org));
        a.setStatus(AvailabilityStatus.PLANNED);
        AnalysisResult r = m.analyse(2026);
        assertEquals(List.of(new Reason(List.of(vp, a), Cause.PLANNED_WITHOUT_YEAR, List.of())),
                r.need(need).reasons());
        assertNull(r.need(need).readyFrom());
        assertEquals(List.of(new YearReadiness(2026, 1, 0, 0)), r.byYear());
    }

    @Test
    void anAvailableElementIsThereWhateverItsYearSays() {
        SegmentNeed need = m.need("Экспорт");
        KeyResource r = m.resource("Аналитики", org);
        r.setAvailableFrom(2030);
        m.action("Экспортная поддержка", org, m.proposition("Выход на рынки", need), r);
        assertEquals(ReadinessLevel.READY, m.analyse(2026).need(need).level());
    }
}
