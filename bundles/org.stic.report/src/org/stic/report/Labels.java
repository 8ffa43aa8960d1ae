package org.stic.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.stic.NamedElement;

/** How model values read in a report: names, enum literals as words, lists, amounts. */
final class Labels {

    /** Shown for an empty value, so that a blank cell never looks like a rendering fault. */
    static final String NONE = "—";

    private Labels() {
    }

    static String name(EObject element) {
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
            return n.getName();
        }
        return "(unnamed " + typeOf(element).toLowerCase(Locale.ROOT) + ")";
    }

    static String names(Collection<? extends EObject> elements) {
        return elements.isEmpty() ? NONE : elements.stream().map(Labels::name).collect(Collectors.joining(", "));
    }

    /** "KeyAction" as "Key action". */
    static String typeOf(EObject element) {
        String name = element.eClass().getName();
        StringBuilder words = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            words.append(i > 0 && Character.isUpperCase(c) ? " " + Character.toLowerCase(c) : String.valueOf(c));
        }
        return words.toString();
    }

    /** "RD_SUPPORT" as "R&D support", "SME" as "SME", "LARGE_ENTERPRISE" as "Large enterprise". */
    static String literal(Enumerator value) {
        if (value == null) {
            return NONE;
        }
        String[] words = value.getName().split("_");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String word = switch (w) {
                case "RD" -> "R&D";
                case "SME" -> "SME";
                default -> i == 0 ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT);
            };
            b.append(i == 0 ? "" : " ").append(word);
        }
        return b.toString();
    }

    static String literals(Collection<? extends Enumerator> values) {
        return values.isEmpty() ? NONE : values.stream().map(Labels::literal).collect(Collectors.joining(", "));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }

    static String amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        return amount.toPlainString() + (currency == null || currency.isBlank() ? "" : " " + currency);
    }
}
