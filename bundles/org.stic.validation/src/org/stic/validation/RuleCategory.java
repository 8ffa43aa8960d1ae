package org.stic.validation;

/** What part of a cluster's business model a rule looks at. */
public enum RuleCategory {
    /** Key resources, key actions, partnerships, costs: the cluster's readiness to serve its consumers. */
    INTERNAL_CONTOUR,
    /** Segments, value propositions, channels, relationships, revenue streams: the side facing the consumers. */
    EXTERNAL_CONTOUR,
    /** Participants and their network interaction. */
    NETWORK,
    /** The chain that ties both contours: segment need, value proposition, key action, key resource. */
    READINESS,
    /** Names and other basics every model needs. */
    INTEGRITY;

    /** The category as SARIF tags and rule files name it, the same in every language: "internal contour". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The category's name for people: "Internal contour", «Внутренний контур». */
    public String label(org.stic.model.edit.Language language) {
        return Messages.get(language, "category." + name());
    }
}
