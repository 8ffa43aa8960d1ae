package org.stic.model.edit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The languages the product speaks, and how each writes dates, numbers and money. The language of a run is chosen
 * once (the workbench from its locale, {@code -nl} or the language preference; the command line from {@code --lang}
 * or {@code LC_ALL}/{@code LANG}) and handed to whatever renders text; a report can be given its own.
 */
public enum Language {
    EN(Locale.ENGLISH, "d MMMM yyyy", ',', '.'),
    /** Russian typography: a non-breaking space between thousands, a decimal comma, «7 декабря 2026 г.». */
    RU(Locale.forLanguageTag("ru"), "d MMMM yyyy 'г.'", '\u00A0', ',');

    private final Locale locale;
    private final DateTimeFormatter dates;
    /** The format of {@link #number}, made once: each call formats with a clone (DecimalFormat is not thread-safe). */
    private final DecimalFormat numbers;

    Language(Locale locale, String datePattern, char grouping, char decimal) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(datePattern, locale);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign('-');
        this.numbers = new DecimalFormat("#,##0.###", symbols);
        this.numbers.setParseBigDecimal(true);
    }

    public Locale locale() {
        return locale;
    }

    /** The code used on the command line, in preferences and in file names: "en", "ru". */
    public String code() {
        return locale.getLanguage();
    }

    /** The language for a code such as "ru", "ru_RU.UTF-8" or "en-GB"; null when the product does not speak it. */
    public static Language forCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String language = code.strip().split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code().equals(language)) {
                return l;
            }
        }
        return null;
    }

    /** The language a locale asks for; English when the product does not speak it. */
    public static Language of(Locale locale) {
        Language l = locale == null ? null : forCode(locale.getLanguage());
        return l == null ? EN : l;
    }

    /**
     * The language of this run: the JVM's default locale (the workbench sets it from -nl or the preference), or the
     * one a command-line run chose for the metamodel bundle's messages, so that both speak the same.
     */
    public static Language current() {
        Language chosen = forCode(org.stic.model.nls.Messages.language());
        return chosen == null ? EN : chosen;
    }

    /**
     * The language the environment asks for: STIC_LANG (the start script's, from the workbench's language preference)
     * first, then as POSIX programs read it: LC_ALL, then LC_MESSAGES, then LANG; English when none names a language
     * the product speaks ("C" and "POSIX" included).
     */
    public static Language fromEnvironment(Map<String, String> environment) {
        for (String variable : new String[] { "STIC_LANG", "LC_ALL", "LC_MESSAGES", "LANG" }) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                Language l = forCode(value);
                return l == null ? EN : l;
            }
        }
        return EN;
    }

    /**
     * Which of a counted text's forms fits {@code count}: English 0 = one, 1 = other; Russian 0 = one (1, 21, 101),
     * 1 = few (2-4, 22-24), 2 = many (0, 5-20, 25-30).
     */
    public int pluralForm(long count) {
        long n = Math.abs(count);
        if (this == EN) {
            return n == 1 ? 0 : 1;
        }
        long tens = n % 100;
        long units = n % 10;
        if (units == 1 && tens != 11) {
            return 0;
        }
        return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? 1 : 2;
    }

    /** "7 December 2026", «7 декабря 2026 г.». */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** "1,234.5", «1 234,5»: grouped, as many decimals as the value has. */
    public String number(BigDecimal value) {
        DecimalFormat format = (DecimalFormat) numbers.clone();
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /**
     * An amount with its currency: «1 234,5 ₽», "₽1,234.5"; currencies other than the rouble keep their ISO code after
     * the number ("12,000 EUR").
     */
    public String money(BigDecimal amount, String currency) {
        String number = number(amount);
        if (currency == null || currency.isBlank()) {
            return number;
        }
        String code = currency.strip();
        if (code.equalsIgnoreCase("RUB")) {
            return this == RU ? number + "\u00A0\u20BD" : "\u20BD" + number;
        }
        return number + "\u00A0" + code;
    }
}
