package org.stic.validation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.stic.Interaction;
import org.stic.NamedElement;
import org.stic.model.edit.Vocabulary;

/**
 * A rule violated by one model element. {@link #label()} and {@link #path()} describe the element for people, in the
 * words of the {@link Vocabulary}; both walk only up the containment chain, so they cost the element's depth, never
 * the size of a list.
 */
public record Finding(String ruleId, Severity severity, EObject element, String message) {

    /** e.g. "Key action 'Prototype testing'", in the workbench's language. */
    public String label() {
        return labelOf(element, Vocabulary.current());
    }

    /** e.g. "Kaluga cluster / Internal contour / Prototype testing", in the workbench's language. */
    public String path() {
        return pathOf(element, Vocabulary.current());
    }

    public String label(Vocabulary vocabulary) {
        return labelOf(element, vocabulary);
    }

    public String path(Vocabulary vocabulary) {
        return pathOf(element, vocabulary);
    }

    /** The element's name, or "" when it has none. */
    public String name() {
        return element instanceof NamedElement n && n.getName() != null ? n.getName() : "";
    }

    /** "Key action 'Prototype testing'", «Ключевое действие «Испытания»», an interaction by its ends. */
    public static String labelOf(EObject element, Vocabulary vocabulary) {
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()) {
            return vocabulary.typed(element);
        }
        if (element instanceof Interaction) {
            return vocabulary.typeInSentence(element.eClass()) + " " + vocabulary.label(element);
        }
        return vocabulary.typeInSentence(element.eClass());
    }

    /** {@link #labelOf(EObject, Vocabulary)} in the workbench's language. */
    public static String labelOf(EObject element) {
        return labelOf(element, Vocabulary.current());
    }

    /** {@link #pathOf(EObject, Vocabulary)} in the workbench's language. */
    public static String pathOf(EObject element) {
        return pathOf(element, Vocabulary.current());
    }

    /** The names from the root down to the element; an unnamed step by its label. */
    public static String pathOf(EObject element, Vocabulary vocabulary) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            segments.addFirst(e instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()
                    ? n.getName()
                    : labelOf(e, vocabulary));
        }
        return String.join(" / ", segments);
    }
}
