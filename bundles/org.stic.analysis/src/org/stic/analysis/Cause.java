package org.stic.analysis;

import org.eclipse.osgi.util.NLS;

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

    /** The cause in words, with its arguments (e.g. "planned from 2028"). */
    public String text(Object... arguments) {
        String template = switch (this) {
            case NO_VALUE_PROPOSITION -> Messages.Cause_noValueProposition;
            case NOT_DELIVERED -> Messages.Cause_notDelivered;
            case NO_PERFORMER -> Messages.Cause_noPerformer;
            case NO_SUPPORTING_RESOURCE -> Messages.Cause_noSupportingResource;
            case NO_PROVIDER -> Messages.Cause_noProvider;
            case NO_PARTNER -> Messages.Cause_noPartner;
            case MISSING -> Messages.Cause_missing;
            case PLANNED_WITHOUT_YEAR -> Messages.Cause_plannedWithoutYear;
            case PLANNED_LATER -> Messages.Cause_plannedLater;
            case OVER_LOADED -> Messages.Cause_overLoaded;
            case REMOVED -> Messages.Cause_removed;
            case STATUS_NOT_ASSESSED -> Messages.Cause_statusNotAssessed;
        };
        return arguments.length == 0 ? template : NLS.bind(template, arguments);
    }

    /** "no-supporting-resource": the form JSON output uses. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
