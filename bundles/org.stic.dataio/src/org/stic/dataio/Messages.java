package org.stic.dataio;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/** The texts of data import and export ({@code messages.properties} and its Russian variant beside this class). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/dataio/messages");

    private Messages() {
    }

    public static String get(Language language, String key, Object... arguments) {
        return BUNDLE.get(language, key, arguments);
    }

    public static String count(Language language, String key, long count, Object... arguments) {
        return BUNDLE.count(language, key, count, arguments);
    }
}
