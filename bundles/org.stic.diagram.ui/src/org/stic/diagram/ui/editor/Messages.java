package org.stic.diagram.ui.editor;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/** The diagram editor's own texts ({@code messages.properties} and its Russian variant beside this class). */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/diagram/ui/editor/messages");

    private Messages() {
    }

    /** The text in the workbench's language. */
    static String get(String key, Object... arguments) {
        return BUNDLE.get(Language.current(), key, arguments);
    }
}
