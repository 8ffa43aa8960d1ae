package org.stic.analysis;

import org.stic.Segment;

/**
 * Ready needs of one segment (or of the cluster: {@code segment} null). {@code ready} includes the {@code assumed}
 * ones.
 */
public record Coverage(Segment segment, int needs, int ready, int assumed) {

    /** Percentage of ready needs, rounded down so that 100 % means every need; 0 when there is no need. */
    public int readyPercent() {
        return needs == 0 ? 0 : (int) (100L * ready / needs);
    }
}
