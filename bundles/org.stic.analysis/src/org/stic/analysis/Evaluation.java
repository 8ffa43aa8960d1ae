package org.stic.analysis;

import static org.stic.analysis.DependencyGraph.ACTION;
import static org.stic.analysis.DependencyGraph.NEED;
import static org.stic.analysis.DependencyGraph.NO_YEAR;
import static org.stic.analysis.DependencyGraph.PARTICIPANT;
import static org.stic.analysis.DependencyGraph.PROPOSITION;
import static org.stic.analysis.DependencyGraph.RESOURCE;

import java.math.BigDecimal;
import java.util.Arrays;

import org.stic.AvailabilityStatus;
import org.stic.QuantityUnit;

/**
 * The readiness of every node of a {@link DependencyGraph} in one year: one ascending pass, each node's level
 * being the minimum of its own condition, of its {@code all} children and of the best of its {@code any} children
 * (docs/analysis.md, "Readiness"). The load of each resource is computed first: it depends only on the links and
 * demands, never on readiness, so it is the same in every year and under every removal.
 */
final class Evaluation {

    static final byte NOT_READY = 0;
    static final byte ASSUMED = 1;
    static final byte READY = 2;

    private static final int UNIT_COUNT = QuantityUnit.VALUES.size();

    final DependencyGraph graph;
    final int year;
    /** Per resource id and {@link QuantityUnit} value, the demand routed through it; null where none. */
    final BigDecimal[][] load;
    /** Per resource id, how many needs are routed through it (quantified or not). */
    final int[] routedNeeds;
    final byte[] level;
    /** Per node, the bits ({@link Cause#bit()}) of its own failed conditions. */
    final int[] causes;

    private Evaluation(DependencyGraph graph, int year, BigDecimal[][] load, int[] routedNeeds) {
        this.graph = graph;
        this.year = year;
        this.load = load;
        this.routedNeeds = routedNeeds;
        this.level = new byte[graph.size()];
        this.causes = new int[graph.size()];
        evaluate(-1, level, causes);
    }

    static Evaluation of(DependencyGraph graph, int year) {
        int[] routed = new int[graph.size()];
        return new Evaluation(graph, year, loads(graph, routed), routed);
    }

    /** The same graph in another year (the loads do not change with the year). */
    Evaluation inYear(int otherYear) {
        return new Evaluation(graph, otherYear, load, routedNeeds);
    }

    /**
     * Levels with node {@code failed} taken away as well (-1: none), written into {@code levels} and
     * {@code causeBits}: the naive critical-element baseline calls it once per element.
     */
    void evaluate(int failed, byte[] levels, int[] causeBits) {
        DependencyGraph g = graph;
        for (int id = 0, n = g.size(); id < n; id++) {
            int bits = 0;
            int lv = READY;
            byte kind = g.kind[id];
            if (g.removed[id] || id == failed) {
                bits |= Cause.REMOVED.bit();
                lv = NOT_READY;
            }
            if (kind == RESOURCE || kind == ACTION) {
                switch (g.status[id]) {
                    case AvailabilityStatus.UNSPECIFIED_VALUE -> {
                        bits |= Cause.STATUS_NOT_ASSESSED.bit();
                        lv = Math.min(lv, ASSUMED);
                    }
                    case AvailabilityStatus.PLANNED_VALUE -> {
                        if (g.availableFrom[id] == NO_YEAR) {
                            bits |= Cause.PLANNED_WITHOUT_YEAR.bit();
                            lv = NOT_READY;
                        } else if (g.availableFrom[id] > year) {
                            bits |= Cause.PLANNED_LATER.bit();
                            lv = NOT_READY;
                        }
                    }
                    case AvailabilityStatus.MISSING_VALUE -> {
                        bits |= Cause.MISSING.bit();
                        lv = NOT_READY;
                    }
                    default -> {
                        // AVAILABLE: whatever its year says, it is there now
                    }
                }
                if (kind == RESOURCE && overLoaded(id)) {
                    bits |= Cause.OVER_LOADED.bit();
                    lv = NOT_READY;
                }
            }
            int[] all = g.all[id];
            if (all.length == 0 && (kind == ACTION || kind == PROPOSITION)) {
                bits |= (kind == ACTION ? Cause.NO_SUPPORTING_RESOURCE : Cause.NOT_DELIVERED).bit();
                lv = NOT_READY;
            }
            for (int c : all) {
                lv = Math.min(lv, levels[c]);
            }
            int[] any = g.any[id];
            if (any.length > 0) {
                int best = NOT_READY;
                for (int c : any) {
                    best = Math.max(best, levels[c]);
                }
                lv = Math.min(lv, best);
            } else if (kind != PARTICIPANT && kind != PROPOSITION) {
                bits |= switch (kind) {
                    case NEED -> Cause.NO_VALUE_PROPOSITION.bit();
                    case ACTION -> Cause.NO_PERFORMER.bit();
                    case RESOURCE -> Cause.NO_PROVIDER.bit();
                    default -> Cause.NO_PARTNER.bit();
                };
                lv = NOT_READY;
            }
            levels[id] = (byte) lv;
            causeBits[id] = bits;
        }
    }

    /** Capacity quantified, and the demand routed through it in the same unit above it. */
    boolean overLoaded(int resource) {
        BigDecimal capacity = graph.quantity[resource];
        int unit = graph.unit[resource];
        if (capacity == null || unit == QuantityUnit.UNSPECIFIED_VALUE) {
            return false;
        }
        BigDecimal[] byUnit = load[resource];
        return byUnit != null && byUnit[unit] != null && byUnit[unit].compareTo(capacity) > 0;
    }

    /**
     * Routes each need's demand in full onto every resource its chains reach (each resource counted once per
     * need): the conservative reading of a model that says nothing about shares (docs/analysis.md, "Load").
     */
    private static BigDecimal[][] loads(DependencyGraph g, int[] routed) {
        BigDecimal[][] load = new BigDecimal[g.size()][];
        int[] lastNeed = new int[g.size()];
        Arrays.fill(lastNeed, -1);
        for (int need = g.start[NEED]; need < g.start[NEED + 1]; need++) {
            if (g.removed[need]) {
                continue;
            }
            BigDecimal demand = g.quantity[need];
            int unit = g.unit[need];
            boolean quantified = demand != null && unit != QuantityUnit.UNSPECIFIED_VALUE;
            for (int vp : g.any[need]) {
                for (int action : g.all[vp]) {
                    for (int resource : g.all[action]) {
                        if (lastNeed[resource] == need) {
                            continue;
                        }
                        lastNeed[resource] = need;
                        routed[resource]++;
                        if (quantified) {
                            BigDecimal[] byUnit = load[resource];
                            if (byUnit == null) {
                                byUnit = load[resource] = new BigDecimal[UNIT_COUNT];
                            }
                            byUnit[unit] = byUnit[unit] == null ? demand : byUnit[unit].add(demand);
                        }
                    }
                }
            }
        }
        return load;
    }
}
