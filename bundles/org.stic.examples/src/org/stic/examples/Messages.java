package org.stic.examples;

import org.stic.model.nls.Texts;

/**
 * The examples' own texts ({@code messages.properties} and its Russian variant beside this class): the descriptions
 * of synthetic models and the examples' error messages, in the language of the run. The bundle stands on the
 * metamodel alone, so it uses the metamodel's {@link Texts} and its choice of language.
 */
final class Messages {

    private static final Texts TEXTS = new Texts(Messages.class, "org/stic/examples/messages");

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return TEXTS.get(org.stic.model.nls.Messages.language(), key, arguments);
    }
}
