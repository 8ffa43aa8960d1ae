package org.stic.report;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/** The report's own texts ({@code messages.properties} and its Russian variant beside this class). */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/report/messages");

    private Messages() {
    }

    static String get(Language language, String key, Object... arguments) {
        return BUNDLE.get(language, key, arguments);
    }

    static String count(Language language, String key, long count, Object... arguments) {
        return BUNDLE.count(language, key, count, arguments);
    }
}
