package org.stic.diagram;

/**
 * Whether the diagram lets the user do something here (create an element, start or end a link), and if not, the
 * sentence that says why, shown to the user as it is.
 */
public record Verdict(boolean allowed, String reason) {

    private static final Verdict YES = new Verdict(true, null);

    public static Verdict yes() {
        return YES;
    }

    public static Verdict no(String reason) {
        return new Verdict(false, reason);
    }
}
