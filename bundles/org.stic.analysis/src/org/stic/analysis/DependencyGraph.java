package org.stic.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.ExternalContour;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Partnership;
import org.stic.QuantityUnit;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/**
 * The readiness chain of one model as arrays, read once from the EMF model so that every evaluation after that
 * (readiness by year, critical elements, scenarios) runs on ints instead of EMF lists. Node ids are given kind by
 * kind from the bottom of the chain up (participants, partnerships, resources, actions, propositions, needs), so a
 * node's children always have smaller ids and one ascending pass evaluates the whole graph.
 * <p>
 * Each node has two groups of children: {@code all} (every one must be ready) and {@code any} (at least one must
 * be). The graph is copied, never changed in place, when a scenario edits it.
 */
final class DependencyGraph {

    static final byte PARTICIPANT = 0;
    static final byte PARTNERSHIP = 1;
    static final byte RESOURCE = 2;
    static final byte ACTION = 3;
    static final byte PROPOSITION = 4;
    static final byte NEED = 5;
    static final int KINDS = 6;
    /** {@link #availableFrom} of a node without a year. */
    static final int NO_YEAR = Integer.MIN_VALUE;

    private static final int[] NONE = {};

    final EObject[] elements;
    final byte[] kind;
    /** Ids of kind k are {@code start[k]} (inclusive) to {@code start[k + 1]} (exclusive). */
    final int[] start;
    final Map<EObject, Integer> ids;
    /** Needs only: the segment holding each need (index by need id - start[NEED]). */
    final Segment[] segments;

    final int[][] all;
    final int[][] any;
    /** {@link AvailabilityStatus} value of actions and resources; AVAILABLE for every other node. */
    final byte[] status;
    final int[] availableFrom;
    /** Demand of a need or capacity of a resource; null when not quantified. */
    final BigDecimal[] quantity;
    /** {@link QuantityUnit} value of {@link #quantity}. */
    final byte[] unit;
    final boolean[] removed;

    private DependencyGraph(EObject[] elements, byte[] kind, int[] start, Map<EObject, Integer> ids,
            Segment[] segments, int[][] all, int[][] any, byte[] status, int[] availableFrom, BigDecimal[] quantity,
            byte[] unit, boolean[] removed) {
        this.elements = elements;
        this.kind = kind;
        this.start = start;
        this.ids = ids;
        this.segments = segments;
        this.all = all;
        this.any = any;
        this.status = status;
        this.availableFrom = availableFrom;
        this.quantity = quantity;
        this.unit = unit;
        this.removed = removed;
    }

    int size() {
        return elements.length;
    }

    /** A copy whose per-node values and child lists can be changed without touching this graph. */
    DependencyGraph copy() {
        return new DependencyGraph(elements, kind, start, ids, segments, all.clone(), any.clone(), status.clone(),
                availableFrom.clone(), quantity.clone(), unit.clone(), removed.clone());
    }

    /** The id of a chain element, or -1 when it is not on the chain (or not in this model). */
    int idOf(EObject element) {
        Integer id = ids.get(element);
        return id == null ? -1 : id;
    }

    static DependencyGraph of(Cluster cluster) {
        Analysis.countModelRead();
        List<EObject> order = new ArrayList<>();
        int[] start = new int[KINDS + 1];
        InternalContour internal = cluster.getInternalContour();
        ExternalContour external = cluster.getExternalContour();
        start[PARTICIPANT] = order.size();
        order.addAll(cluster.getParticipants());
        start[PARTNERSHIP] = order.size();
        if (internal != null) {
            order.addAll(internal.getPartnerships());
        }
        start[RESOURCE] = order.size();
        if (internal != null) {
            order.addAll(internal.getKeyResources());
        }
        start[ACTION] = order.size();
        if (internal != null) {
            order.addAll(internal.getKeyActions());
        }
        start[PROPOSITION] = order.size();
        if (external != null) {
            order.addAll(external.getValuePropositions());
        }
        start[NEED] = order.size();
        List<Segment> needSegments = new ArrayList<>();
        if (external != null) {
            for (Segment segment : external.getSegments()) {
                for (SegmentNeed need : segment.getNeeds()) {
                    order.add(need);
                    needSegments.add(segment);
                }
            }
        }
        int n = order.size();
        start[KINDS] = n;
        EObject[] elements = order.toArray(new EObject[0]);
        Map<EObject, Integer> ids = new HashMap<>(n * 2);
        byte[] kind = new byte[n];
        for (int k = 0; k < KINDS; k++) {
            for (int id = start[k]; id < start[k + 1]; id++) {
                kind[id] = (byte) k;
                ids.put(elements[id], id);
            }
        }
        int[][] all = new int[n][];
        int[][] any = new int[n][];
        byte[] status = new byte[n];
        int[] availableFrom = new int[n];
        BigDecimal[] quantity = new BigDecimal[n];
        byte[] unit = new byte[n];
        Arrays.fill(status, (byte) AvailabilityStatus.AVAILABLE_VALUE);
        Arrays.fill(availableFrom, NO_YEAR);
        Builder b = new Builder(ids);
        for (int id = 0; id < n; id++) {
            all[id] = NONE;
            any[id] = NONE;
            switch (kind[id]) {
                case PARTNERSHIP -> any[id] = b.ids(((Partnership) elements[id]).getPartners(), null);
                case RESOURCE -> {
                    KeyResource r = (KeyResource) elements[id];
                    any[id] = b.ids(r.getProviders(), r.getPartnerships());
                    status[id] = (byte) r.getStatus().getValue();
                    availableFrom[id] = year(r.getAvailableFrom());
                    quantity[id] = r.getCapacity();
                    unit[id] = (byte) r.getCapacityUnit().getValue();
                }
                case ACTION -> {
                    KeyAction a = (KeyAction) elements[id];
                    all[id] = b.ids(a.getSupportingResources(), null);
                    any[id] = b.ids(a.getPerformers(), a.getPartnerships());
                    status[id] = (byte) a.getStatus().getValue();
                    availableFrom[id] = year(a.getAvailableFrom());
                }
                case PROPOSITION -> all[id] = b.ids(((ValueProposition) elements[id]).getKeyActions(), null);
                case NEED -> {
                    SegmentNeed need = (SegmentNeed) elements[id];
                    any[id] = b.ids(need.getValuePropositions(), null);
                    quantity[id] = need.getDemand();
                    unit[id] = (byte) need.getDemandUnit().getValue();
                }
                default -> {
                    // participants are leaves
                }
            }
        }
        return new DependencyGraph(elements, kind, start, ids, needSegments.toArray(new Segment[0]), all, any,
                status, availableFrom, quantity, unit, new boolean[n]);
    }

    private static int year(Integer year) {
        return year == null ? NO_YEAR : year;
    }

    /** Turns reference lists into child ids, dropping elements outside the chain (proxies, other models). */
    private static final class Builder {
        private final Map<EObject, Integer> ids;
        private int[] buffer = new int[16];

        Builder(Map<EObject, Integer> ids) {
            this.ids = ids;
        }

        int[] ids(List<? extends EObject> first, List<? extends EObject> second) {
            int count = 0;
            count = add(first, count);
            if (second != null) {
                count = add(second, count);
            }
            return count == 0 ? NONE : Arrays.copyOf(buffer, count);
        }

        private int add(List<? extends EObject> list, int count) {
            for (int i = 0, size = list.size(); i < size; i++) {
                Integer id = ids.get(list.get(i));
                if (id != null) {
                    if (count == buffer.length) {
                        buffer = Arrays.copyOf(buffer, count * 2);
                    }
                    buffer[count++] = id;
                }
            }
            return count;
        }
    }
}
