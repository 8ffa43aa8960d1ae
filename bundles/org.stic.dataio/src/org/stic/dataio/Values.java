package org.stic.dataio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;

/**
 * Turns cell text into attribute values: enum literals by their name or their words in either language
 * («вуз», "university", UNIVERSITY), lists of literals separated by ';' or ',', yes/no in either language, numbers
 * with a decimal comma or point and spaces between thousands. A cell that cannot be read throws {@link Invalid} with
 * the sentence to show at its position.
 */
final class Values {

    /** The cell's text does not give a value of the attribute; the message says why, in the import's language. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private final Language language;
    private final Map<EEnum, Map<String, Enumerator>> literals = new HashMap<>();
    /** Yes and no by their words in either language (the first language's word wins, as it is asked first). */
    private Map<String, Boolean> yesNo;
    /** Each literal by the exact text of a cell that named it: a registry repeats a few words thousands of times. */
    private final Map<EEnum, Map<String, Enumerator>> seen = new HashMap<>();

    Values(Language language) {
        this.language = language;
    }

    /** The value of {@code attribute} that {@code text} (not blank) gives: a list for a many-valued attribute. */
    Object parse(EAttribute attribute, String text) throws Invalid {
        if (attribute.isMany()) {
            Set<Object> values = new LinkedHashSet<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == ',' || text.charAt(i) == '\n') {
                    String part = text.substring(start, i);
                    if (!part.isBlank()) {
                        values.add(single(attribute.getEAttributeType(), part.strip()));
                    }
                    start = i + 1;
                }
            }
            return new ArrayList<>(values);
        }
        return single(attribute.getEAttributeType(), text.strip());
    }

    private Object single(EDataType type, String text) throws Invalid {
        if (type instanceof EEnum eEnum) {
            return literal(eEnum, text);
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return text;
        }
        if (c == boolean.class || c == Boolean.class) {
            return bool(text);
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class || c == BigInteger.class) {
            BigDecimal d = number(text);
            try {
                BigInteger i = d.toBigIntegerExact();
                if (c == BigInteger.class) {
                    return i;
                }
                if (c == long.class || c == Long.class) {
                    return i.longValueExact();
                }
                return c == short.class || c == Short.class ? i.shortValueExact() : i.intValueExact();
            } catch (ArithmeticException e) {
                throw new Invalid(Messages.get(language, "value.notWholeNumber", text));
            }
        }
        if (c == double.class || c == Double.class) {
            return number(text).doubleValue();
        }
        if (c == float.class || c == Float.class) {
            return number(text).floatValue();
        }
        if (c == BigDecimal.class) {
            return number(text);
        }
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            throw new Invalid(Messages.get(language, "value.unreadable", text, type.getName()));
        }
    }

    /** "1 234,5", "1234.5", "1,7E9" → a number; a comma is decimal unless a point is there too. */
    BigDecimal number(String text) throws Invalid {
        String t = text.replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
        if (t.contains(",") && !t.contains(".")) {
            t = t.replace(',', '.');
        } else {
            t = t.replace(",", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Invalid(Messages.get(language, "value.notNumber", text));
        }
    }

    private Boolean bool(String text) throws Invalid {
        if (yesNo == null) {
            yesNo = new HashMap<>();
            for (Language l : Language.values()) {
                for (String word : Messages.get(l, "value.yes").split("\\|")) {
                    yesNo.putIfAbsent(word, true);
                }
                for (String word : Messages.get(l, "value.no").split("\\|")) {
                    yesNo.putIfAbsent(word, false);
                }
            }
        }
        Boolean value = yesNo.get(Headers.normalise(text));
        if (value == null) {
            throw new Invalid(Messages.get(language, "value.notYesNo", text, Messages.get(language, "value.yes")
                    .split("\\|")[0], Messages.get(language, "value.no").split("\\|")[0]));
        }
        return value;
    }

    /** The literal {@code text} names, by its name or its words in either language. */
    Enumerator literal(EEnum eEnum, String text) throws Invalid {
        Map<String, Enumerator> cells = seen.computeIfAbsent(eEnum, k -> new HashMap<>());
        Enumerator e = cells.get(text);
        if (e != null) {
            return e;
        }
        Map<String, Enumerator> byText = literals.computeIfAbsent(eEnum, Values::literalsOf);
        e = byText.get(Headers.normalise(text).replace('-', ' ').replace('_', ' '));
        if (e != null && cells.size() < 1000) {
            cells.put(text, e);
        }
        if (e == null) {
            Vocabulary v = Vocabulary.of(language);
            String choices = eEnum.getELiterals().stream().map(l -> "«" + v.literal(l.getInstance()) + "»")
                    .collect(Collectors.joining(", "));
            throw new Invalid(Messages.get(language, "value.notLiteral", text, choices));
        }
        return e;
    }

    private static Map<String, Enumerator> literalsOf(EEnum eEnum) {
        Map<String, Enumerator> map = new HashMap<>();
        for (EEnumLiteral l : eEnum.getELiterals()) {
            Enumerator e = l.getInstance();
            map.put(Headers.normalise(l.getName()).replace('_', ' '), e);
            for (Language language : Language.values()) {
                map.putIfAbsent(Headers.normalise(Vocabulary.of(language).literal(e)).replace('-', ' '), e);
            }
        }
        return map;
    }
}
