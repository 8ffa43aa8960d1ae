package org.stic.cli;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/**
 * The command line's messages ({@code messages.properties} and its Russian variant beside this class); the --help
 * texts are picocli's resource bundle {@code help.properties}.
 */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/cli/messages");

    private Messages() {
    }

    static String get(Language language, String key, Object... arguments) {
        return BUNDLE.get(language, key, arguments);
    }
}
