package org.stic.validation;

/** What part of a cluster's business model a rule looks at. */
public enum RuleCategory {
    /** Key resources, key actions, partnerships, costs: the cluster's readiness to serve its consumers. */
    INTERNAL_CONTOUR("internal contour"),
    /** Segments, value propositions, channels, relationships, revenue streams: the side facing the consumers. */
    EXTERNAL_CONTOUR("external contour"),
    /** Participants and their network interaction. */
    NETWORK("network"),
    /** The chain that ties both contours: segment need, value proposition, key action, key resource. */
    READINESS("readiness"),
    /** Names and other basics every model needs. */
    INTEGRITY("integrity");

    private final String label;

    RuleCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
