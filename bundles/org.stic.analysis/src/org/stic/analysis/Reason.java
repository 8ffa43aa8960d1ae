package org.stic.analysis;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.stic.model.edit.Language;

/**
 * Why a need is not ready, as the path from the need down to the element at fault: {@code path} starts with the
 * value proposition addressing the need (empty when the need itself is at fault) and ends with the element to fix;
 * {@code cause} says what is wrong with that last element; {@code arguments} are its figures (a year, an amount as
 * BigDecimal, a QuantityUnit), put in words by {@link #text(Language)}.
 */
public record Reason(List<EObject> path, Cause cause, List<?> arguments) {

    public Reason {
        path = List.copyOf(path);
        arguments = List.copyOf(arguments);
    }

    /** The element to fix: the last one on the path, or null when the need itself is at fault. */
    public EObject element() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }

    /** e.g. "Помощь в регистрации ← Сопровождение регистрации: no supporting resource". */
    public String text(Language language) {
        String what = cause.text(language, arguments.toArray());
        return path.isEmpty() ? what
                : path.stream().map(Names::of).collect(Collectors.joining(" ← ")) + ": " + what;
    }

    @Override
    public String toString() {
        return text(Language.EN);
    }
}
