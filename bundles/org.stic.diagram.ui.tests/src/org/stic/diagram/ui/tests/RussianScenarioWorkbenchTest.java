package org.stic.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stic.model.edit.Language;

/**
 * {@link ScenarioChangesTest}'s story in the workbench started in Russian ({@code -nl ru}): the same menu items,
 * dialogs, banner and Readiness view, all in Russian; screenshots named {@code -ru}.
 */
class RussianScenarioWorkbenchTest {

    private KalugaExample.Open kaluga;

    @AfterEach
    void close() throws Exception {
        if (kaluga != null) {
            kaluga.close();
        }
    }

    @Test
    void everyChangeKindFromTheRussianContextMenu() throws Exception {
        assertEquals(Language.RU, Language.current(), "the workbench runs in Russian");
        kaluga = KalugaExample.openInModelEditor("scenario-changes-ru");
        ScenarioChangesTest.makeEveryChange(kaluga, "ru");
    }
}
