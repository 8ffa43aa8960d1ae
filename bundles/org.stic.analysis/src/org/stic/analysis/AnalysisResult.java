package org.stic.analysis;

import static org.stic.analysis.DependencyGraph.NEED;
import static org.stic.analysis.DependencyGraph.PROPOSITION;
import static org.stic.analysis.DependencyGraph.RESOURCE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyResource;
import org.stic.Priority;
import org.stic.QuantityUnit;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.model.edit.Language;

/**
 * What {@link Analysis} found in one model for one year: readiness of every need with its reasons, readiness by
 * year, loads, critical elements, economics and findings. Immutable: a scenario gives a new result
 * ({@link #under(Scenario)}). Critical elements and findings are computed on first use, since not every caller
 * needs them; every other part is computed when the result is made.
 */
public final class AnalysisResult {

    private final Cluster cluster;
    private final AnalysisOptions options;
    private final Scenario scenario;
    final DependencyGraph graph;
    final Evaluation evaluation;
    private final List<NeedReadiness> needs;
    private final Map<SegmentNeed, NeedReadiness> byNeed;
    private final List<Coverage> segments;
    private final Coverage total;
    private final List<YearReadiness> byYear;
    private final List<ResourceLoad> loads;
    private final Economics economics;
    private List<CriticalElement> critical;
    private final Map<Language, List<AnalysisFinding>> findings = new EnumMap<>(Language.class);

    AnalysisResult(Cluster cluster, AnalysisOptions options, DependencyGraph graph, Economics economics,
            Scenario scenario) {
        this.cluster = cluster;
        this.options = options;
        this.scenario = scenario;
        this.graph = graph;
        this.evaluation = Evaluation.of(graph, options.year());
        this.economics = economics;
        int[] readyFrom = new int[graph.size()];
        this.byYear = byYear(readyFrom);
        List<NeedReadiness> list = new ArrayList<>();
        Map<SegmentNeed, NeedReadiness> map = new HashMap<>();
        Map<Segment, int[]> perSegment = new LinkedHashMap<>();
        if (cluster.getExternalContour() != null) {
            // every segment, those without needs too
            cluster.getExternalContour().getSegments().forEach(s -> perSegment.put(s, new int[3]));
        }
        int[] all = new int[3];
        for (int id = graph.start[NEED]; id < graph.start[NEED + 1]; id++) {
            Segment segment = graph.segments[id - graph.start[NEED]];
            int[] counts = perSegment.computeIfAbsent(segment, s -> new int[3]);
            if (graph.removed[id]) {
                continue;
            }
            ReadinessLevel level = ReadinessLevel.of(evaluation.level[id]);
            List<Reason> reasons = level == ReadinessLevel.READY ? List.of() : Reasons.of(evaluation, id);
            NeedReadiness r = new NeedReadiness((SegmentNeed) graph.elements[id], segment, level, reasons,
                    readyFrom[id] == 0 ? null : readyFrom[id]);
            list.add(r);
            map.put(r.need(), r);
            count(counts, level);
            count(all, level);
        }
        this.needs = Collections.unmodifiableList(list);
        this.byNeed = map;
        List<Coverage> coverage = new ArrayList<>();
        perSegment.forEach((s, c) -> coverage.add(new Coverage(s, c[0], c[1], c[2])));
        this.segments = Collections.unmodifiableList(coverage);
        this.total = new Coverage(null, all[0], all[1], all[2]);
        this.loads = computeLoads();
    }

    private static void count(int[] counts, ReadinessLevel level) {
        counts[0]++;
        if (level.isReady()) {
            counts[1]++;
        }
        if (level == ReadinessLevel.ASSUMED) {
            counts[2]++;
        }
    }

    /**
     * Readiness in the analysis year and in each later year in which a planned element becomes available; fills
     * {@code readyFrom} (per need id, 0 = never) with the first of those years in which each need is ready.
     */
    private List<YearReadiness> byYear(int[] readyFrom) {
        TreeSet<Integer> years = new TreeSet<>();
        years.add(options.year());
        for (int id = graph.start[RESOURCE]; id < graph.start[PROPOSITION]; id++) {
            if (graph.status[id] == AvailabilityStatus.PLANNED_VALUE && graph.availableFrom[id] > options.year()
                    && !graph.removed[id]) {
                years.add(graph.availableFrom[id]);
            }
        }
        List<YearReadiness> rows = new ArrayList<>();
        for (int year : years) {
            Evaluation e = year == options.year() ? evaluation : evaluation.inYear(year);
            int needCount = 0;
            int ready = 0;
            int assumed = 0;
            for (int id = graph.start[NEED]; id < graph.start[NEED + 1]; id++) {
                if (graph.removed[id]) {
                    continue;
                }
                needCount++;
                if (e.level[id] != Evaluation.NOT_READY) {
                    ready++;
                    if (readyFrom[id] == 0) {
                        readyFrom[id] = year;
                    }
                }
                if (e.level[id] == Evaluation.ASSUMED) {
                    assumed++;
                }
            }
            rows.add(new YearReadiness(year, needCount, ready, assumed));
        }
        return Collections.unmodifiableList(rows);
    }

    private List<ResourceLoad> computeLoads() {
        List<ResourceLoad> list = new ArrayList<>();
        for (int id = graph.start[RESOURCE]; id < graph.start[RESOURCE + 1]; id++) {
            BigDecimal[] byUnit = evaluation.load[id];
            int capacityUnit = graph.unit[id];
            BigDecimal capacity = capacityUnit == QuantityUnit.UNSPECIFIED_VALUE ? null : graph.quantity[id];
            for (QuantityUnit unit : QuantityUnit.VALUES) {
                BigDecimal load = byUnit == null ? null : byUnit[unit.getValue()];
                boolean capacityHere = capacity != null && unit.getValue() == capacityUnit;
                if (load != null || capacityHere) {
                    list.add(new ResourceLoad((KeyResource) graph.elements[id], unit, load,
                            capacityHere ? capacity : null, evaluation.routedNeeds[id]));
                }
            }
        }
        return Collections.unmodifiableList(list);
    }

    public Cluster cluster() {
        return cluster;
    }

    public AnalysisOptions options() {
        return options;
    }

    /** The scenario this result was computed under, or null for the model as it is. */
    public Scenario scenario() {
        return scenario;
    }

    /** Every need in model order (segment by segment), but those a scenario removed. */
    public List<NeedReadiness> needs() {
        return needs;
    }

    /** The readiness of one need; null when it is not in this model or a scenario removed it. */
    public NeedReadiness need(SegmentNeed need) {
        return byNeed.get(need);
    }

    /**
     * The readiness of any element of the chain (participant, partnership, key resource, key action, value
     * proposition, need) in the analysis year; null for other elements.
     */
    public ReadinessLevel levelOf(EObject element) {
        int id = graph.idOf(element);
        return id < 0 ? null : ReadinessLevel.of(evaluation.level[id]);
    }

    /**
     * Why any chain element is not ready (or only assumed ready), as paths starting at the element itself and
     * ending at each element to fix; empty when it is ready or not on the chain. For a need, {@link #need}'s reasons.
     */
    public List<Reason> reasonsOf(EObject element) {
        int id = graph.idOf(element);
        return id < 0 ? List.of() : Reasons.of(evaluation, id);
    }

    /** The critical-element entry of one element, if its loss makes a ready need unready. */
    public Optional<CriticalElement> criticality(EObject element) {
        return criticalElements().stream().filter(c -> c.element() == element).findFirst();
    }

    /** Per segment, in model order. */
    public List<Coverage> segments() {
        return segments;
    }

    /** The whole cluster. */
    public Coverage total() {
        return total;
    }

    /** The analysis year, then each later year in which a planned element becomes available. */
    public List<YearReadiness> byYear() {
        return byYear;
    }

    /** For each resource, one row per unit in which it has a capacity or a routed demand, resources in order. */
    public List<ResourceLoad> loads() {
        return loads;
    }

    public List<ResourceLoad> overLoaded() {
        return loads.stream().filter(ResourceLoad::overLoaded).toList();
    }

    public Economics economics() {
        return economics;
    }

    /**
     * Every participant, partnership, key resource and key action whose loss makes a ready need unready, the
     * highest impact first (then the most needs, then model order).
     */
    public synchronized List<CriticalElement> criticalElements() {
        if (critical == null) {
            critical = critical(Criticality.lostNeeds(evaluation));
        }
        return critical;
    }

    List<CriticalElement> critical(int[][] lost) {
        List<CriticalElement> list = new ArrayList<>();
        for (int x = 0; x < lost.length; x++) {
            if (lost[x].length == 0) {
                continue;
            }
            List<SegmentNeed> lostNeeds = new ArrayList<>(lost[x].length);
            int impact = 0;
            for (int need : lost[x]) {
                SegmentNeed n = (SegmentNeed) graph.elements[need];
                lostNeeds.add(n);
                impact += weight(n.getPriority());
            }
            list.add(new CriticalElement(graph.elements[x], List.copyOf(lostNeeds), impact));
        }
        list.sort(Comparator.comparingInt(CriticalElement::impact).reversed()
                .thenComparing(Comparator.comparingInt((CriticalElement c) -> c.needs().size()).reversed()));
        return Collections.unmodifiableList(list);
    }

    /** A need's weight in the ranking of critical elements: high 3, medium 2, low or not assessed 1. */
    static int weight(Priority priority) {
        return switch (priority) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            default -> 1;
        };
    }

    /** The analysis findings (ids ANA-...) with their messages in {@code language}, in catalogue then model order. */
    public synchronized List<AnalysisFinding> findings(Language language) {
        return findings.computeIfAbsent(language, l -> Findings.of(this, FindingCatalogue.builtIn(l), l));
    }

    /** This model under a scenario: the same year, the changes applied on a copy of the dependency graph. */
    public AnalysisResult under(Scenario changes) {
        return Analysis.apply(cluster, options, graph, changes);
    }
}
