package org.stic.diagram;

/** The two labelled regions of the contour views: internal on the left, external on the right. */
public enum ContourRegion {
    INTERNAL("Internal contour"),
    EXTERNAL("External contour");

    private final String label;

    ContourRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
