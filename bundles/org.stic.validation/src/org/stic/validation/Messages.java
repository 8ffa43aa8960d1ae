package org.stic.validation;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/**
 * Validation's own texts ({@code messages.properties} and its Russian variant beside this class): problems of the
 * rule catalogue, of user rule files and of rule settings, in the language of the run. The rules' titles, messages
 * and rationales are catalogue data ({@code rules/catalogue_ru.json}).
 */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/validation/messages");

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return BUNDLE.get(Language.current(), key, arguments);
    }

    static String get(Language language, String key, Object... arguments) {
        return BUNDLE.get(language, key, arguments);
    }
}
