package org.stic.diagram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.stic.model.edit.Language;

/** The diagram views of a cluster, with the ids the command line and the editor use. */
public enum View {
    BOTH("both"),
    INTERNAL("internal"),
    EXTERNAL("external"),
    NETWORK("network"),
    /** The business model canvas: fixed blocks of compact cards (Osterwalder and Pigneur, adapted to the cluster). */
    CANVAS("canvas");

    private final String id;

    View(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The view's title in the workbench's language. */
    public String title() {
        return title(Language.current());
    }

    /** "Internal contour", «Внутренний контур». */
    public String title(Language language) {
        return Messages.get(language, "view." + id);
    }

    /** Whether this view draws the given contour region. */
    public boolean shows(ContourRegion region) {
        return switch (this) {
            case BOTH -> true;
            case INTERNAL -> region == ContourRegion.INTERNAL; // indicators need both contours: the both view only
            case EXTERNAL -> region == ContourRegion.EXTERNAL;
            case NETWORK -> false;
            case CANVAS -> region != ContourRegion.GOALS;
        };
    }

    public static Optional<View> byId(String id) {
        String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(key)).findFirst();
    }
}
