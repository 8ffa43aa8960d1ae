package org.stic.diagram.ui;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/** The diagram editor's texts ({@code messages.properties} and its Russian variant beside this class). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/diagram/ui/messages");

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return BUNDLE.get(Language.current(), key, arguments);
    }
}
