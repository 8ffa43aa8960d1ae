package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stic.QuantityUnit;
import org.stic.model.edit.Language;

/** The analysis' words in both languages, as users read them (the bundle's completeness is the l10n test's job). */
class MessagesTest {

    @Test
    void levelsCausesUnitsAndPayersInBothLanguages() {
        assertEquals("ready (assumed)", ReadinessLevel.ASSUMED.label(Language.EN));
        assertEquals("не обеспечена", ReadinessLevel.NOT_READY.label(Language.RU));
        assertEquals("planned from 2028", Cause.PLANNED_LATER.text(Language.EN, 2028));
        assertEquals("планируется с 2028 г.", Cause.PLANNED_LATER.text(Language.RU, 2028));
        assertEquals("м²", Units.label(Language.RU, QuantityUnit.SQUARE_METRES));
        assertEquals("m²", Units.label(Language.EN, QuantityUnit.SQUARE_METRES));
        assertEquals("государство", Economics.PayerClass.STATE.label(Language.RU));
    }

    @Test
    void amountsInReasonsAreWrittenAsEachLanguageWritesNumbers() {
        Object[] figures = {new java.math.BigDecimal("1234.5"), new java.math.BigDecimal(1000),
            QuantityUnit.SERVICES_PER_YEAR};
        assertEquals("over-loaded: 1,234.5 routed against a capacity of 1,000 services/year",
                Cause.OVER_LOADED.text(Language.EN, figures));
        assertEquals("перегружен: спрос 1\u00a0234,5 при мощности 1\u00a0000 услуг/год",
                Cause.OVER_LOADED.text(Language.RU, figures));
    }

    @Test
    void everyCauseHasATextInBothLanguages() {
        for (Cause c : Cause.values()) {
            for (Language l : List.of(Language.EN, Language.RU)) {
                String text = c.text(l, 2028, java.math.BigDecimal.ONE, QuantityUnit.PEOPLE);
                assertFalse(text.isBlank() || text.contains("{"), c + " in " + l + ": " + text);
            }
        }
    }
}
