package org.stic.diagram;

/** ELK layered, chosen by the user, did not finish within its time limit; nothing was laid out. */
public final class LayoutTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limitMillis;
    private final int nodes;

    public LayoutTimeoutException(long limitMillis, int nodes) {
        super("ELK layered did not finish " + nodes + " nodes within " + limitMillis / 1000 + " s");
        this.limitMillis = limitMillis;
        this.nodes = nodes;
    }

    public long limitMillis() {
        return limitMillis;
    }

    public int nodes() {
        return nodes;
    }
}
