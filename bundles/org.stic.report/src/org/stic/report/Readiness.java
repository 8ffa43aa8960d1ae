package org.stic.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/**
 * The readiness analysis: for every segment need, how far the chain need -> value proposition -> key action -> key
 * resource reaches. A need is ready only when one path reaches a resource: a value proposition covering it, delivered
 * by a key action that a key resource supports.
 */
public final class Readiness {

    /** How far the chain reaches for one need, from nothing to a complete chain; the report words each status. */
    public enum Status {
        NOT_COVERED,
        NOT_DELIVERED,
        NOT_RESOURCED,
        READY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One need and its chain. */
    public record NeedChain(SegmentNeed need, Segment segment, List<ValueProposition> valuePropositions,
            List<KeyAction> keyActions, List<KeyResource> resources, List<KeyAction> unresourcedActions,
            Status status) {
    }

    /** Coverage counts for a set of needs (one segment or the whole cluster). */
    public record Coverage(String name, int needs, int covered, int delivered, int ready) {

        public int coveredPercent() {
            return percent(covered);
        }

        public int deliveredPercent() {
            return percent(delivered);
        }

        public int readyPercent() {
            return percent(ready);
        }

        /** Rounded down, so that 100% means every need, never "nearly all". */
        private int percent(int n) {
            return needs == 0 ? 0 : (int) (100L * n / needs);
        }
    }

    private final List<NeedChain> chains;
    private final List<Coverage> segments;
    private final Coverage total;

    private Readiness(List<NeedChain> chains, List<Coverage> segments, Coverage total) {
        this.chains = chains;
        this.segments = segments;
        this.total = total;
    }

    public static Readiness of(Cluster cluster) {
        List<NeedChain> chains = new ArrayList<>();
        List<Coverage> perSegment = new ArrayList<>();
        int[] all = new int[4];
        if (cluster.getExternalContour() != null) {
            for (Segment segment : cluster.getExternalContour().getSegments()) {
                int[] counts = new int[4];
                for (SegmentNeed need : segment.getNeeds()) {
                    NeedChain chain = chain(segment, need);
                    chains.add(chain);
                    count(counts, chain.status());
                    count(all, chain.status());
                }
                perSegment.add(coverage(org.stic.model.edit.Vocabulary.current().label(segment), counts));
            }
        }
        return new Readiness(Collections.unmodifiableList(chains), Collections.unmodifiableList(perSegment),
                coverage("", all)); // the total row: the report words its name
    }

    private static NeedChain chain(Segment segment, SegmentNeed need) {
        Set<KeyAction> actions = new LinkedHashSet<>();
        for (ValueProposition vp : need.getValuePropositions()) {
            actions.addAll(vp.getKeyActions());
        }
        Set<KeyResource> resources = new LinkedHashSet<>();
        List<KeyAction> unresourced = new ArrayList<>();
        for (KeyAction action : actions) {
            if (action.getSupportingResources().isEmpty()) {
                unresourced.add(action);
            }
            resources.addAll(action.getSupportingResources());
        }
        Status status;
        if (need.getValuePropositions().isEmpty()) {
            status = Status.NOT_COVERED;
        } else if (actions.isEmpty()) {
            status = Status.NOT_DELIVERED;
        } else if (resources.isEmpty()) {
            status = Status.NOT_RESOURCED;
        } else {
            status = Status.READY;
        }
        return new NeedChain(need, segment, List.copyOf(need.getValuePropositions()), List.copyOf(actions),
                List.copyOf(resources), List.copyOf(unresourced), status);
    }

    /** counts[0] needs, [1] covered, [2] delivered, [3] ready: each status implies the ones before it. */
    private static void count(int[] counts, Status status) {
        counts[0]++;
        for (int level = 1; level <= status.ordinal(); level++) {
            counts[level]++;
        }
    }

    private static Coverage coverage(String name, int[] c) {
        return new Coverage(name, c[0], c[1], c[2], c[3]);
    }

    /** Every need in model order. */
    public List<NeedChain> chains() {
        return chains;
    }

    /** The needs whose chain is incomplete. */
    public List<NeedChain> gaps() {
        return chains.stream().filter(c -> c.status() != Status.READY).toList();
    }

    public List<Coverage> segments() {
        return segments;
    }

    public Coverage total() {
        return total;
    }
}
