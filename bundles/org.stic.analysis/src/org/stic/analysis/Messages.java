package org.stic.analysis;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/** The analysis' texts ({@code messages.properties} and its Russian variant beside this class). */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/analysis/messages");

    private Messages() {
    }

    static String get(Language language, String key, Object... arguments) {
        return BUNDLE.get(language, key, arguments);
    }
}
