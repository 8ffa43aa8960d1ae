package org.stic.diagram;

/**
 * What a long layout tells the caller while it runs (the command line prints it on stderr). Called on the thread
 * that asked for the layout.
 */
public interface LayoutProgress {

    /** Says nothing. */
    LayoutProgress NONE = new LayoutProgress() {
    };

    /** The strategy chosen for a scene of this size, before it starts. */
    default void started(LayoutStrategy strategy, int nodes, int edges) {
    }

    /** Still laying out after {@code elapsedMillis}; called every {@link DiagramLayout#HEARTBEAT_MILLIS}. */
    default void running(LayoutStrategy strategy, long elapsedMillis) {
    }

    /** The automatic choice's layered layout ran out of time; the grid of groups takes over. */
    default void fellBack(long elapsedMillis) {
    }

    /** The layout is done. */
    default void finished(LayoutStrategy strategy, long elapsedMillis) {
    }
}
