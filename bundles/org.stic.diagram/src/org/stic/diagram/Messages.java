package org.stic.diagram;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/** The diagram engine's own texts ({@code messages.properties} and its Russian variant beside this class). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/diagram/messages");

    private Messages() {
    }

    public static String get(Language language, String key, Object... arguments) {
        return BUNDLE.get(language, key, arguments);
    }

    public static String count(Language language, String key, long count, Object... arguments) {
        return BUNDLE.count(language, key, count, arguments);
    }
}
