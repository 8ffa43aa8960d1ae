package org.stic.diagram;

/**
 * How to lay a scene out: the strategy, the time ELK layered may take (the automatic choice then falls back to the
 * grid; a chosen layered layout stops with {@link LayoutTimeoutException}), and who hears about progress.
 */
public record LayoutOptions(LayoutStrategy strategy, long timeLimitMillis, LayoutProgress progress) {

    /** Long enough for the layered scenes the automatic choice makes (a few seconds), short of "runs for ever". */
    public static final long DEFAULT_TIME_LIMIT_MILLIS = 60_000;

    public LayoutOptions {
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimitMillis);
        }
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(LayoutStrategy.AUTO, DEFAULT_TIME_LIMIT_MILLIS, LayoutProgress.NONE);
    }

    public LayoutOptions with(LayoutStrategy s) {
        return new LayoutOptions(s, timeLimitMillis, progress);
    }
}
