package org.stic.model.nls;

import java.util.Locale;

/**
 * The metamodel bundle's own texts: load, save and migration messages ({@code messages.properties} and its Russian
 * variant beside this class). The bundle knows no {@code Language} (that sits above it, in model.edit), so the
 * language is the JVM's default locale (the workbench sets it from {@code -nl} or its language preference), or the
 * one a command-line run asks for through {@link #use(String)}.
 */
public final class Messages {

    private static final Texts TEXTS = new Texts(Messages.class, "org/stic/model/nls/messages");
    private static final String[] SPOKEN = { "en", "ru" };

    private static volatile String chosen;

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return TEXTS.get(language(), key, arguments);
    }

    /**
     * Speak {@code code} ("ru", "en") from now on, whatever the default locale; null follows the default locale again.
     * Returns the language chosen before, for the caller to put back.
     */
    public static String use(String code) {
        String before = chosen;
        chosen = code;
        return before;
    }

    /** The code of the language the model's messages are written in now: "en" or "ru". */
    public static String language() {
        String code = chosen != null ? chosen : Locale.getDefault().getLanguage();
        for (String spoken : SPOKEN) {
            if (spoken.equals(code)) {
                return spoken;
            }
        }
        return "en";
    }
}
