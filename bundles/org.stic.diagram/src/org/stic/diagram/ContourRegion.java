package org.stic.diagram;

import org.stic.model.edit.Language;

/**
 * The labelled regions of the contour views: internal on the left, external on the right and the cluster's goals (its
 * indicators) at the far right of the both-contours view (on the canvas, a block across the foot of the sheet): an
 * indicator may measure elements of either contour, so it lives beside both rather than inside one.
 */
public enum ContourRegion {
    INTERNAL,
    EXTERNAL,
    GOALS;

    /** The region's title in the workbench's language. */
    public String label() {
        return label(Language.current());
    }

    /** "Internal contour", «Внутренний контур». */
    public String label(Language language) {
        return Messages.get(language, "region." + name());
    }
}
