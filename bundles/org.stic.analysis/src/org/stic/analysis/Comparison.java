package org.stic.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.stic.SegmentNeed;

/**
 * What a scenario changes against the baseline: needs that gain or lose readiness (or only change level), resources
 * whose over-load starts or ends, and the totals that change, per currency of the analysis year.
 */
public record Comparison(AnalysisResult baseline, AnalysisResult scenario, List<NeedChange> needs,
        List<LoadChange> loads, List<MoneyChange> money) {

    /** A need whose level differs; {@code after} null when the scenario removed the need. */
    public record NeedChange(SegmentNeed need, ReadinessLevel before, ReadinessLevel after) {

        public boolean gained() {
            return !before.isReady() && after != null && after.isReady();
        }

        public boolean lost() {
            return before.isReady() && (after == null || !after.isReady());
        }
    }

    /** A resource row whose load or capacity differs (either side null when it has no row there). */
    public record LoadChange(ResourceLoad before, ResourceLoad after) {
    }

    /** The totals of one currency, before and after (either null when there is no money of it on that side). */
    public record MoneyChange(String currency, Economics.Totals before, Economics.Totals after) {

        public BigDecimal balanceDelta() {
            return balance(after).subtract(balance(before));
        }

        private static BigDecimal balance(Economics.Totals t) {
            return t == null ? BigDecimal.ZERO : t.balance();
        }
    }

    public static Comparison of(AnalysisResult baseline, AnalysisResult scenario) {
        List<NeedChange> needs = new ArrayList<>();
        for (NeedReadiness b : baseline.needs()) {
            NeedReadiness s = scenario.need(b.need());
            ReadinessLevel after = s == null ? null : s.level();
            if (after != b.level()) {
                needs.add(new NeedChange(b.need(), b.level(), after));
            }
        }
        List<LoadChange> loads = new ArrayList<>();
        Map<List<Object>, ResourceLoad> before = byRow(baseline.loads());
        Map<List<Object>, ResourceLoad> after = byRow(scenario.loads());
        for (ResourceLoad b : baseline.loads()) {
            ResourceLoad a = after.get(row(b));
            if (a == null || !Objects.equals(a.load(), b.load()) || !Objects.equals(a.capacity(), b.capacity())) {
                loads.add(new LoadChange(b, a));
            }
        }
        for (ResourceLoad a : scenario.loads()) {
            if (!before.containsKey(row(a))) {
                loads.add(new LoadChange(null, a));
            }
        }
        List<MoneyChange> money = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        baseline.economics().totals().forEach(t -> currencies.add(t.currency()));
        scenario.economics().totals().stream().map(Economics.Totals::currency).filter(c -> !currencies.contains(c))
                .forEach(currencies::add);
        for (String c : currencies) {
            Economics.Totals b = baseline.economics().totals(c);
            Economics.Totals a = scenario.economics().totals(c);
            if (b == null || a == null || b.revenue().compareTo(a.revenue()) != 0
                    || b.cost().compareTo(a.cost()) != 0) {
                money.add(new MoneyChange(c, b, a));
            }
        }
        return new Comparison(baseline, scenario, List.copyOf(needs), List.copyOf(loads), List.copyOf(money));
    }

    private static Map<List<Object>, ResourceLoad> byRow(List<ResourceLoad> rows) {
        Map<List<Object>, ResourceLoad> map = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> map.put(row(r), r));
        return map;
    }

    private static List<Object> row(ResourceLoad r) {
        return List.of(r.resource(), r.unit());
    }

    public List<SegmentNeed> gained() {
        return needs.stream().filter(NeedChange::gained).map(NeedChange::need).toList();
    }

    public List<SegmentNeed> lost() {
        return needs.stream().filter(NeedChange::lost).map(NeedChange::need).toList();
    }
}
