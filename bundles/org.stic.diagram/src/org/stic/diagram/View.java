package org.stic.diagram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The diagram views of a cluster, with the ids the command line and the editor use. */
public enum View {
    BOTH("both", "Business model, both contours"),
    INTERNAL("internal", "Internal contour"),
    EXTERNAL("external", "External contour"),
    NETWORK("network", "Network of participants");

    private final String id;
    private final String title;

    View(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Whether this view draws the given contour region. */
    public boolean shows(ContourRegion region) {
        return switch (this) {
            case BOTH -> true;
            case INTERNAL -> region == ContourRegion.INTERNAL;
            case EXTERNAL -> region == ContourRegion.EXTERNAL;
            case NETWORK -> false;
        };
    }

    public static Optional<View> byId(String id) {
        String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(key)).findFirst();
    }
}
