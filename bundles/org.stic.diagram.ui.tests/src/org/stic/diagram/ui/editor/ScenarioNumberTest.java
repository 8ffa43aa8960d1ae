package org.stic.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.stic.model.edit.Language;

/**
 * Numbers typed in the scenario's value dialogs, as each language writes them, and what a scenario file would refuse
 * (docs/analysis.md: plain decimals, zero or more).
 */
class ScenarioNumberTest {

    @Test
    void englishGroupsWithCommasAndRussianWritesADecimalComma() {
        assertEquals(new BigDecimal("1234.5"), ScenarioValueDialog.parse("1,234.5", Language.EN));
        assertEquals(new BigDecimal("2500000"), ScenarioValueDialog.parse("2,500,000", Language.EN));
        assertEquals(new BigDecimal("1234.5"), ScenarioValueDialog.parse("1 234,5", Language.RU));
        assertEquals(new BigDecimal("1234.5"), ScenarioValueDialog.parse("1\u00A0234,5", Language.RU));
        assertEquals(new BigDecimal("12.5"), ScenarioValueDialog.parse("12.5", Language.RU), "a plain point too");
        assertEquals(new BigDecimal("0"), ScenarioValueDialog.parse(" 0 ", Language.EN));
    }

    @Test
    void whatAScenarioFileWouldRefuseIsNoNumber() {
        assertNull(ScenarioValueDialog.parse("12,5", Language.EN), "in English a comma only groups thousands");
        assertNull(ScenarioValueDialog.parse("1,23", Language.EN));
        assertNull(ScenarioValueDialog.parse("1,234,5", Language.RU), "two decimal commas");
        assertNull(ScenarioValueDialog.parse("-5", Language.EN), "negative");
        assertNull(ScenarioValueDialog.parse("", Language.RU));
        assertNull(ScenarioValueDialog.parse("1e3", Language.EN));
        assertNull(ScenarioValueDialog.parse("12.", Language.EN));
        assertNull(ScenarioValueDialog.parse("десять", Language.RU));
    }
}
