package org.stic.diagram;

import org.stic.model.edit.Language;

/** The two labelled regions of the contour views: internal on the left, external on the right. */
public enum ContourRegion {
    INTERNAL,
    EXTERNAL;

    /** The region's title in the workbench's language. */
    public String label() {
        return label(Language.current());
    }

    /** "Internal contour", «Внутренний контур». */
    public String label(Language language) {
        return Messages.get(language, "region." + name());
    }
}
