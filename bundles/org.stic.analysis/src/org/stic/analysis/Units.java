package org.stic.analysis;

import org.stic.QuantityUnit;
import org.stic.model.edit.Language;

/** Unit labels as quantities are written after a number ("услуг/год", "services/year"). */
public final class Units {

    private Units() {
    }

    public static String label(Language language, QuantityUnit unit) {
        return Messages.get(language, "unit." + unit.getName());
    }
}
