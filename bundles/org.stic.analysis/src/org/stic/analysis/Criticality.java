package org.stic.analysis;

import static org.stic.analysis.DependencyGraph.NEED;
import static org.stic.analysis.DependencyGraph.PROPOSITION;

import java.util.Arrays;

/**
 * For every participant, partnership, resource and action, the ready needs that stop being ready without it.
 * <p>
 * Incremental, in one pass over the graph: the <em>failure set</em> of a ready node, the nodes whose loss alone
 * makes it unready, is the node itself, plus the union of the failure sets of its {@code all} children, plus the
 * intersection of the failure sets of its ready {@code any} children (losing an alternative matters only when it
 * takes every ready alternative with it). Unready children stay unready, loads do not move when an element is lost,
 * so this is exact; {@link #naive} re-evaluates the whole graph per element and must agree with it.
 */
final class Criticality {

    private Criticality() {
    }

    /** Indexed by node id below {@code start[PROPOSITION]}: the need ids (ascending) that lose readiness. */
    static int[][] lostNeeds(Evaluation e) {
        DependencyGraph g = e.graph;
        int n = g.size();
        int[][] failure = new int[n][];
        int[] stamp = new int[n];
        int[] keep = new int[n];
        int round = 0;
        int[] buffer = new int[64];
        int[] counts = new int[g.start[PROPOSITION]];
        for (int id = 0; id < n; id++) {
            if (e.level[id] == Evaluation.NOT_READY) {
                continue;
            }
            round++;
            int size = 0;
            stamp[id] = round;
            buffer[size++] = id;
            for (int c : g.all[id]) {
                for (int x : failure[c]) {
                    if (stamp[x] != round) {
                        stamp[x] = round;
                        if (size == buffer.length) {
                            buffer = Arrays.copyOf(buffer, size * 2);
                        }
                        buffer[size++] = x;
                    }
                }
            }
            int[] common = intersection(g.any[id], e.level, failure, keep);
            if (common != null) {
                for (int x : common) {
                    if (stamp[x] != round) {
                        stamp[x] = round;
                        if (size == buffer.length) {
                            buffer = Arrays.copyOf(buffer, size * 2);
                        }
                        buffer[size++] = x;
                    }
                }
            }
            int[] set = Arrays.copyOf(buffer, size);
            Arrays.sort(set);
            failure[id] = set;
            if (g.kind[id] == NEED) {
                for (int x : set) {
                    if (x < counts.length) {
                        counts[x]++;
                    }
                }
            }
        }
        int[][] lost = new int[counts.length][];
        for (int x = 0; x < counts.length; x++) {
            lost[x] = new int[counts[x]];
            counts[x] = 0;
        }
        for (int need = g.start[NEED]; need < g.start[NEED + 1]; need++) {
            if (failure[need] != null) {
                for (int x : failure[need]) {
                    if (x < lost.length) {
                        lost[x][counts[x]++] = need;
                    }
                }
            }
        }
        return lost;
    }

    /** The common members of the failure sets of the ready children; null when none is ready. */
    private static int[] intersection(int[] children, byte[] level, int[][] failure, int[] keep) {
        int[] common = null;
        for (int c : children) {
            if (level[c] == Evaluation.NOT_READY) {
                continue;
            }
            if (common == null) {
                common = failure[c];
                continue;
            }
            for (int x : failure[c]) {
                keep[x] = c + 1;
            }
            int size = 0;
            int[] next = new int[common.length];
            for (int x : common) {
                if (keep[x] == c + 1) {
                    next[size++] = x;
                }
            }
            common = Arrays.copyOf(next, size);
            if (size == 0) {
                break;
            }
        }
        return common;
    }

    /** The baseline: the whole graph evaluated again with each element taken away in turn. */
    static int[][] naive(Evaluation e) {
        DependencyGraph g = e.graph;
        byte[] levels = new byte[g.size()];
        int[] causes = new int[g.size()];
        int[][] lost = new int[g.start[PROPOSITION]][];
        int[] buffer = new int[g.start[NEED + 1] - g.start[NEED]];
        for (int x = 0; x < lost.length; x++) {
            if (e.level[x] == Evaluation.NOT_READY) {
                lost[x] = new int[0];
                continue;
            }
            e.evaluate(x, levels, causes);
            int size = 0;
            for (int need = g.start[NEED]; need < g.start[NEED + 1]; need++) {
                if (e.level[need] != Evaluation.NOT_READY && levels[need] == Evaluation.NOT_READY) {
                    buffer[size++] = need;
                }
            }
            lost[x] = Arrays.copyOf(buffer, size);
        }
        return lost;
    }
}
