package org.stic.extensions;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/**
 * The project settings' texts ({@code messages.properties} and its Russian variant beside this class): problems of
 * stic-project.json, of extension metamodels and of rule files, in the language of the run.
 */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/extensions/messages");

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return BUNDLE.get(Language.current(), key, arguments);
    }
}
