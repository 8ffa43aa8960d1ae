package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.model.edit.Language;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.CostItem;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.Priority;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;

/** Each rule of the analysis catalogue found on a model made to break it, and the catalogue as data. */
class FindingsTest {

    private final Models m = new Models();
    private final Participant org = m.participant("Кластерная организация");

    private List<String> rules(AnalysisResult r) {
        return r.findings(Language.EN).stream().map(f -> f.ruleId() + " " + Names.of(f.element())).toList();
    }

    @Test
    void eachRuleOnItsOwnModel() {
        SegmentNeed single = m.need("Регистрация", Priority.HIGH);
        m.action("Сопровождение", org, m.proposition("Помощь", single), m.resource("Юристы", org));

        SegmentNeed loaded = m.need("Испытания", Priority.LOW);
        KeyResource lab = m.resource("Лаборатория", org);
        Models.capacity(lab, 10, QuantityUnit.SERVICES_PER_YEAR);
        Models.demand(loaded, 12, QuantityUnit.SERVICES_PER_YEAR);
        m.action("Испытания образцов", org, m.proposition("Центр", loaded), lab);

        SegmentNeed assumed = m.need("Кадры", Priority.LOW);
        KeyResource teachers = m.resource("Преподаватели", m.participant("Университет"), org);
        teachers.setStatus(AvailabilityStatus.UNSPECIFIED);
        m.action("Обучение", org, m.proposition("Учебный центр", assumed), teachers).getPerformers()
                .add(m.cluster.getParticipants().get(1));

        CostItem rent = Models.F.createCostItem();
        rent.setName("Аренда");
        rent.setAmount(new BigDecimal(100));
        rent.setPeriod(AmountPeriod.PER_YEAR);
        m.cluster.getInternalContour().getCostItems().add(rent);

        AnalysisResult r = m.analyse(2026);
        assertEquals(List.of("ANA-001 Регистрация", "ANA-002 Лаборатория", "ANA-003 Испытания", "ANA-004 Кадры",
                "ANA-005 Тестовый кластер"), rules(r));
        AnalysisFinding first = r.findings(Language.EN).get(0);
        assertEquals(Severity.WARNING, first.severity());
        assertTrue(first.message().contains("Регистрация") && first.message().contains("Кластерная организация"),
                first.message());
        assertTrue(r.findings(Language.EN).get(1).message().contains("12"), r.findings(Language.EN).get(1).message());
    }

    @Test
    void aSecondProviderAndPerformerRemovesTheSinglePointOfFailure() {
        Participant other = m.participant("Второй участник");
        SegmentNeed need = m.need("Регистрация", Priority.HIGH);
        KeyResource lawyers = m.resource("Юристы", org, other);
        m.action("Сопровождение", org, m.proposition("Помощь", need), lawyers).getPerformers().add(other);
        assertFalse(rules(m.analyse(2026)).stream().anyMatch(f -> f.startsWith("ANA-001")));
    }

    @Test
    void theCatalogueHoldsEnglishAndRussianTexts() throws Exception {
        FindingCatalogue en;
        FindingCatalogue ru;
        try (InputStream in = FindingCatalogue.class.getResourceAsStream(FindingCatalogue.RESOURCE)) {
            en = FindingCatalogue.parse(in, Language.EN);
        }
        try (InputStream in = FindingCatalogue.class.getResourceAsStream(FindingCatalogue.RESOURCE)) {
            ru = FindingCatalogue.parse(in, Language.RU);
        }
        assertEquals(List.of("ANA-001", "ANA-002", "ANA-003", "ANA-004", "ANA-005"),
                en.rules().stream().map(FindingRule::id).toList());
        for (int i = 0; i < en.rules().size(); i++) {
            FindingRule e = en.rules().get(i);
            FindingRule r = ru.rules().get(i);
            assertEquals(e.severity(), r.severity());
            assertTrue(e.message().contains("{0}") && r.message().contains("{0}"), e.id());
            assertTrue(r.title().chars().anyMatch(c -> c >= 'А' && c <= 'я'), r.id() + " in Russian");
            assertFalse(e.title().chars().anyMatch(c -> c >= 'А' && c <= 'я'), e.id() + " in English");
        }
    }

    /** README.md lists the analysis rules beside the validation's, saying that no OCL tool can see them. */
    @Test
    void theReadmeTableIsTheCatalogues() throws Exception {
        String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
        String table = FindingCatalogue.builtIn(Language.EN).markdownTable();
        assertTrue(readme.contains(table), "README.md's table of the analysis rules differs from the catalogue;"
                + " replace it with:\n" + table);
    }
}
