package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.NamedElement;
import org.stic.examples.Examples;
import org.stic.model.io.SticResources;

/**
 * The bundled examples come out with the readiness their texts state. The expected values are the hand-derived
 * table of {@code bundles/org.stic.examples/README.md} ("Readiness each example should come out with"), copied here
 * need by need; none of them comes from this code.
 */
class ExamplesReadinessTest {

    /** Need name, then: level in 2026, first year ready (null: never), and the element to fix with its cause. */
    private record Expected(ReadinessLevel level, Integer readyFrom, String fix, Cause cause) {
    }

    private static Expected ready() {
        return new Expected(ReadinessLevel.READY, 2026, null, null);
    }

    private static Expected from2028(String fix) {
        return new Expected(ReadinessLevel.NOT_READY, 2028, fix, Cause.PLANNED_LATER);
    }

    private static Expected never(String fix, Cause cause) {
        return new Expected(ReadinessLevel.NOT_READY, null, fix, cause);
    }

    private static AnalysisResult analyse(String example, int year) throws Exception {
        Cluster c = SticResources.load(Examples.path(example));
        return Analysis.of(c, new AnalysisOptions(year));
    }

    private static void check(AnalysisResult r, Map<String, Expected> table) {
        assertEquals(table.keySet().stream().toList(), r.needs().stream().map(n -> name(n.need())).toList());
        for (NeedReadiness n : r.needs()) {
            Expected e = table.get(name(n.need()));
            assertEquals(e.level(), n.level(), name(n.need()) + ": " + n.reasons());
            assertEquals(e.readyFrom(), n.readyFrom(), name(n.need()));
            if (e.fix() != null) {
                assertTrue(n.reasons().stream().anyMatch(x -> x.cause() == e.cause() && name(x.element()).equals(e.fix())),
                        name(n.need()) + ": " + n.reasons());
            }
        }
    }

    private static String name(EObject e) {
        return e instanceof NamedElement n ? n.getName() : String.valueOf(e);
    }

    @Test
    void kalugaPharma() throws Exception {
        Map<String, Expected> table = new LinkedHashMap<>();
        table.put("Кадры для GMP-производства", ready());
        table.put("Площадки с инженерной инфраструктурой", ready());
        table.put("Ускоренная регистрация лекарственных средств",
                never("Сопровождение регистрации лекарственных средств", Cause.NO_SUPPORTING_RESOURCE));
        table.put("Доступ к лабораторному оборудованию", ready());
        table.put("Пилотное производство опытных партий",
                never("Чистые помещения пилотного участка", Cause.OVER_LOADED));
        table.put("Доклинические исследования кандидатов в лекарства", ready());
        table.put("Финансирование ранних стадий", ready());
        table.put("Клиническая апробация разработок ядерной медицины", from2028("Центр трансляционной медицины"));
        table.put("Индустриальные партнёры для результатов исследований", ready());
        AnalysisResult r = analyse(Examples.KALUGA_PHARMA, 2026);
        check(r, table);
        // 9 needs; 6 ready now (67 %), 7 from 2028 (78 %)
        assertEquals(new Coverage(null, 9, 6, 0), r.total());
        assertEquals(66, r.total().readyPercent(), "rounded down");
        assertEquals(List.of(6, 7), r.byYear().stream().map(YearReadiness::ready).toList());
        assertEquals(List.of(2026, 2028), r.byYear().stream().map(YearReadiness::year).toList());
        // the contract research organisation alone holds the preclinical studies
        assertEquals(List.of("Доклинические исследования кандидатов в лекарства"), lostWithout(r,
                "Контрактная исследовательская организация"));
        assertEquals(List.of("Клиническая апробация разработок ядерной медицины"), lostWithout(
                analyse(Examples.KALUGA_PHARMA, 2028), "Проектная компания центра трансляционной медицины"));
    }

    @Test
    void defenceRadioelectronics() throws Exception {
        Map<String, Expected> table = new LinkedHashMap<>();
        table.put("Выход на гражданские рынки связи", never("Исследования гражданских рынков", Cause.NO_PROVIDER));
        table.put("Сертификация гражданской продукции",
                never("Аккредитованная испытательная лаборатория", Cause.OVER_LOADED));
        table.put("Производственные площади для гражданских изделий",
                from2028("Завод радиоэлектронной аппаратуры в индустриальном парке «Масловский»"));
        table.put("Инженеры для гражданских проектов", ready());
        table.put("Льготное финансирование проектов диверсификации", ready());
        table.put("Лицензии на технологии двойного назначения", ready());
        table.put("Испытательная база", never("Аккредитованная испытательная лаборатория", Cause.OVER_LOADED));
        table.put("Заказы на прикладные исследования", ready());
        AnalysisResult r = analyse(Examples.DEFENCE_RADIOELECTRONICS, 2026);
        check(r, table);
        // 8 needs; 4 ready now (50 %), 5 from 2028 (63 %)
        assertEquals(new Coverage(null, 8, 4, 0), r.total());
        assertEquals(List.of(4, 5), r.byYear().stream().map(YearReadiness::ready).toList());
        // the laboratory: 50 against 40 + 20
        ResourceLoad lab = r.overLoaded().get(0);
        assertEquals("Аккредитованная испытательная лаборатория", lab.resource().getName());
        assertEquals(0, lab.load().compareTo(java.math.BigDecimal.valueOf(60)));
        assertEquals(0, lab.capacity().compareTo(java.math.BigDecimal.valueOf(50)));
        assertEquals(1, r.overLoaded().size());
        assertEquals(List.of("Лицензии на технологии двойного назначения"), lostWithout(r,
                "АО «Концерн «Созвездие»"));
    }

    @Test
    void starter() throws Exception {
        AnalysisResult r = analyse(Examples.STARTER, 2026);
        assertEquals(new Coverage(null, 1, 1, 0), r.total());
    }

    private static List<String> lostWithout(AnalysisResult r, String element) {
        return r.criticalElements().stream().filter(c -> name(c.element()).equals(element)).findFirst()
                .map(c -> c.needs().stream().map(n -> n.getName()).toList())
                .orElseThrow(() -> new AssertionError(element + " is not critical: " + r.criticalElements()));
    }
}
