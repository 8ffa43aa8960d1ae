package org.stic.model.edit;

import java.util.Set;

import org.stic.model.nls.Texts;

/**
 * The texts of one bundle in every language: {@code <base>.properties} (English) and {@code <base>_ru.properties}
 * beside it, read as UTF-8 by the metamodel bundle's {@link Texts}. Arguments fill {0}, {1} ... as in Eclipse's
 * {@code NLS.bind} (apostrophes are plain text, numbers are formatted by the caller through {@link Language}). A key
 * missing in Russian falls back to English (the completeness test fails on it first). Counted texts hold their forms
 * separated by '|': English "one|other", Russian "one|few|many" (1 замечание, 2 замечания, 5 замечаний).
 */
public final class MessageBundle {

    private final Texts texts;

    /** {@code base} is the resource path without suffix, e.g. "org/stic/report/messages". */
    public MessageBundle(Class<?> owner, String base) {
        this.texts = new Texts(owner, base);
    }

    /** The text for {@code key} in {@code language} with its {0}-style arguments filled in. */
    public String get(Language language, String key, Object... arguments) {
        return texts.get(language.code(), key, arguments);
    }

    /** The form of a counted text for {@code count}; {0} is the count, further arguments follow as {1} .... */
    public String count(Language language, String key, long count, Object... arguments) {
        String[] forms = get(language, key).split("\\|");
        Object[] all = new Object[arguments.length + 1];
        all[0] = language.number(java.math.BigDecimal.valueOf(count));
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return fill(forms[Math.min(forms.length - 1, language.pluralForm(count))], all);
    }

    static String fill(String pattern, Object... arguments) {
        return Texts.fill(pattern, arguments);
    }

    public boolean has(String key) {
        return texts.has(key);
    }

    public Set<String> keys() {
        return texts.keys();
    }
}
