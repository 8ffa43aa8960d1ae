package org.stic.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.stic.Interaction;
import org.stic.NamedElement;

/**
 * A rule violated by one model element. {@link #label()} and {@link #path()} describe the element for people;
 * both walk only up the containment chain, so they cost the element's depth, never the size of a list.
 */
public record Finding(String ruleId, Severity severity, EObject element, String message) {

    /** e.g. "Key action 'Prototype testing'". */
    public String label() {
        return labelOf(element);
    }

    /** e.g. "Kaluga cluster / internal contour / Prototype testing". */
    public String path() {
        return pathOf(element);
    }

    /** The element's name, or "" when it has none. */
    public String name() {
        return element instanceof NamedElement n && n.getName() != null ? n.getName() : "";
    }

    /** "Key action" for KeyAction: the class name as words. */
    public static String typeOf(EObject element) {
        String name = element.eClass().getName();
        StringBuilder words = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    public static String labelOf(EObject element) {
        return typeOf(element) + nameSuffix(element);
    }

    public static String pathOf(EObject element) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            segments.addFirst(e instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()
                    ? n.getName()
                    : typeOf(e).toLowerCase(Locale.ROOT) + nameSuffix(e));
        }
        return String.join(" / ", segments);
    }

    private static String nameSuffix(EObject element) {
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()) {
            return " '" + n.getName() + "'";
        }
        if (element instanceof Interaction i) {
            return " " + quoted(i.getSource()) + " -> " + quoted(i.getTarget());
        }
        return "";
    }

    private static String quoted(NamedElement end) {
        return end == null || end.getName() == null ? "?" : "'" + end.getName() + "'";
    }
}
