package org.stic.analysis;

import java.math.BigDecimal;

import org.stic.QuantityUnit;
import org.stic.model.edit.Language;

/**
 * Why an element of the readiness chain is not ready (or only assumed ready): the last step of a {@link Reason}.
 * Each one breaks exactly one condition of the definitions in docs/analysis.md.
 */
public enum Cause {
    /** A need that no value proposition addresses. */
    NO_VALUE_PROPOSITION,
    /** A value proposition that no key action delivers. */
    NOT_DELIVERED,
    /** A key action with no performer (participant, or partnership with a partner). */
    NO_PERFORMER,
    /** A key action with no supporting key resource. */
    NO_SUPPORTING_RESOURCE,
    /** A key resource with no provider (participant, or partnership with a partner). */
    NO_PROVIDER,
    /** A partnership with no partner. */
    NO_PARTNER,
    /** Status MISSING. */
    MISSING,
    /** Status PLANNED with no year it becomes available. */
    PLANNED_WITHOUT_YEAR,
    /** Status PLANNED from a year after the analysis year; argument: that year. */
    PLANNED_LATER,
    /** Demand routed through a key resource beyond its capacity; arguments: load, capacity, unit. */
    OVER_LOADED,
    /** Removed by a what-if scenario. */
    REMOVED,
    /** Status UNSPECIFIED, taken as available: the assumption behind {@link ReadinessLevel#ASSUMED}. */
    STATUS_NOT_ASSESSED;

    int bit() {
        return 1 << ordinal();
    }

    /** False only for {@link #STATUS_NOT_ASSESSED}, which makes an element assumed, not unready. */
    public boolean blocks() {
        return this != STATUS_NOT_ASSESSED;
    }

    /**
     * The cause in words, with its arguments (e.g. "planned from 2028"): amounts written as the language writes
     * numbers, units by their labels in it.
     */
    public String text(Language language, Object... arguments) {
        Object[] words = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            words[i] = a instanceof BigDecimal n ? language.number(n)
                    : a instanceof QuantityUnit u ? Units.label(language, u) : String.valueOf(a);
        }
        return Messages.get(language, "cause." + id(), words);
    }

    /** "no-supporting-resource": the form JSON output uses. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
