package org.stic.ui;

import org.stic.model.edit.Language;
import org.stic.model.edit.MessageBundle;

/**
 * The workbench's texts ({@code messages.properties} and its Russian variant beside this class), in the workbench's
 * language: the system locale, Eclipse's {@code -nl}, or the language preference (applied on restart).
 */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org/stic/ui/messages");

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return BUNDLE.get(Language.current(), key, arguments);
    }

    public static boolean has(String key) {
        return BUNDLE.has(key);
    }

    public static String count(String key, long count, Object... arguments) {
        return BUNDLE.count(Language.current(), key, count, arguments);
    }
}
