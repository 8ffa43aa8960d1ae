package org.stic.report;

import static org.eclipse.osgi.util.NLS.bind;
import static org.stic.report.ReportBuilder.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.stic.KeyAction;
import org.stic.NamedElement;
import org.stic.analysis.AnalysisFinding;
import org.stic.analysis.AnalysisResult;
import org.stic.analysis.Comparison;
import org.stic.analysis.Coverage;
import org.stic.analysis.CriticalElement;
import org.stic.analysis.Economics;
import org.stic.analysis.NeedReadiness;
import org.stic.analysis.Reason;
import org.stic.analysis.ResourceLoad;
import org.stic.analysis.Units;
import org.stic.analysis.YearReadiness;
import org.stic.report.Report.Bar;
import org.stic.report.Report.Chart;
import org.stic.report.Report.Row;
import org.stic.report.Report.Section;
import org.stic.report.Report.Table;

/**
 * The report's sections built on the analysis ({@code org.stic.analysis}): readiness with reasons and by year,
 * capacity and load, critical elements, economics, analysis findings, and one section per what-if scenario. Both the
 * full report and the page of {@code stic analyze --format html} use them.
 */
public final class AnalysisSections {

    private static final String NONE = "—";
    /** Cost bars a chart shows one by one; the others are added up in one bar. */
    private static final int CHART_COSTS = 8;

    private AnalysisSections() {
    }

    /** Every section of one analysis, then one per scenario result (each compared with {@code r}). */
    public static List<Section> all(AnalysisResult r, List<AnalysisResult> scenarios) {
        List<Section> sections = new ArrayList<>(List.of(readiness(r), capacity(r), critical(r), economics(r),
                findings(r)));
        for (int i = 0; i < scenarios.size(); i++) {
            sections.add(scenario(i + 1, Comparison.of(r, scenarios.get(i))));
        }
        return sections;
    }

    public static Section readiness(AnalysisResult r) {
        List<Row> coverage = new ArrayList<>();
        for (Coverage c : r.segments()) {
            coverage.add(coverageRow("", name(c.segment()), c));
        }
        coverage.add(coverageRow("total", AnalysisTexts.Readiness_total, r.total()));
        Table bySegment = new Table(AnalysisTexts.Readiness_bySegment, "", List.of(AnalysisTexts.Column_segment,
                AnalysisTexts.Column_needs, AnalysisTexts.Column_ready, AnalysisTexts.Column_assumed), coverage);
        Table needs = table(AnalysisTexts.Readiness_needs, "", r.needs(), List.of(AnalysisTexts.Column_segment,
                AnalysisTexts.Column_need, AnalysisTexts.Column_priority, AnalysisTexts.Column_status,
                AnalysisTexts.Column_readyFrom),
                (NeedReadiness n) -> List.of(name(n.segment()), name(n.need()),
                        n.need().getPriority().getName().toLowerCase(Locale.ROOT), n.level().label(),
                        n.readyFrom() == null ? NONE : n.readyFrom().toString()),
                n -> n.level().id());
        List<Row> reasonRows = new ArrayList<>();
        for (NeedReadiness n : r.needs()) {
            for (Reason reason : n.reasons()) {
                reasonRows.add(new Row(n.level().id(), List.of(name(n.need()), reason.text())));
            }
        }
        Table reasons = new Table(AnalysisTexts.Readiness_reasons, reasonRows.isEmpty() ? AnalysisTexts.Readiness_noGaps
                : AnalysisTexts.Readiness_reasonsNote, List.of(AnalysisTexts.Column_need, AnalysisTexts.Column_reason),
                reasonRows);
        Table byYear = table(AnalysisTexts.Readiness_byYear, AnalysisTexts.Readiness_byYearNote, r.byYear(),
                List.of(AnalysisTexts.Column_year, AnalysisTexts.Column_ready, AnalysisTexts.Column_share),
                (YearReadiness y) -> List.of(Integer.toString(y.year()), y.ready() + " / " + y.needs(),
                        y.readyPercent() + " %"), y -> "");
        return new Section("readiness", AnalysisTexts.Readiness_title, bind(AnalysisTexts.Readiness_intro,
                r.options().year()), List.of(bySegment, needs, reasons, byYear));
    }

    private static Row coverageRow(String kind, String name, Coverage c) {
        return new Row(kind, List.of(name, Integer.toString(c.needs()),
                c.needs() == 0 ? NONE : c.ready() + " (" + c.readyPercent() + " %)", Integer.toString(c.assumed())));
    }

    public static Section capacity(AnalysisResult r) {
        Table loads = table(AnalysisTexts.Load_table, r.loads().isEmpty() ? AnalysisTexts.Load_none : "", r.loads(),
                List.of(AnalysisTexts.Column_resource, AnalysisTexts.Column_unit, AnalysisTexts.Column_load,
                        AnalysisTexts.Column_capacity, AnalysisTexts.Column_utilisation,
                        AnalysisTexts.Column_needsRouted),
                (ResourceLoad l) -> List.of(name(l.resource()), Units.label(l.unit()), number(l.load()),
                        number(l.capacity()), l.utilisationPercent() == null ? NONE
                                : l.utilisationPercent().toPlainString() + " %", Integer.toString(l.needs())),
                l -> l.overLoaded() ? "over-loaded" : "");
        return new Section("capacity", AnalysisTexts.Load_title, AnalysisTexts.Load_intro, List.of(loads));
    }

    public static Section critical(AnalysisResult r) {
        Table t = table(AnalysisTexts.Critical_table, r.criticalElements().isEmpty() ? AnalysisTexts.Critical_none
                : "", r.criticalElements(), List.of(AnalysisTexts.Column_element, AnalysisTexts.Column_impact,
                        AnalysisTexts.Column_needsLost),
                (CriticalElement c) -> List.of(name(c.element()), Integer.toString(c.impact()), names(c.needs())),
                c -> "");
        return new Section("critical", AnalysisTexts.Critical_title, AnalysisTexts.Critical_intro, List.of(t));
    }

    public static Section economics(AnalysisResult r) {
        Economics e = r.economics();
        List<Table> tables = new ArrayList<>();
        tables.add(table(AnalysisTexts.Money_totals, e.totals().isEmpty() ? AnalysisTexts.Money_none : "",
                e.totals(), List.of(AnalysisTexts.Column_currency, AnalysisTexts.Column_revenue,
                        AnalysisTexts.Column_cost, AnalysisTexts.Column_balance, AnalysisTexts.Column_coverage,
                        AnalysisTexts.Column_stateShare),
                (Economics.Totals t) -> List.of(t.currency(), money(t.revenue()), money(t.cost()), money(t.balance()),
                        percent(t.coveragePercent()), percent(e.stateSharePercent(t.currency()))),
                t -> t.balance().signum() < 0 ? "deficit" : ""));
        if (e.series().size() > e.totals().size()) {
            tables.add(table(AnalysisTexts.Money_series, "", e.series(), List.of(AnalysisTexts.Column_year,
                    AnalysisTexts.Column_currency, AnalysisTexts.Column_revenue, AnalysisTexts.Column_cost,
                    AnalysisTexts.Column_balance), (Economics.Totals t) -> List.of(Integer.toString(t.year()),
                            t.currency(), money(t.revenue()), money(t.cost()), money(t.balance())), t -> ""));
        }
        tables.add(shares(AnalysisTexts.Money_byPayer, AnalysisTexts.Column_payer, e.revenueByPayer(),
                Economics.PayerClass::label));
        tables.add(shares(AnalysisTexts.Money_revenueByProposition, AnalysisTexts.Column_proposition,
                e.revenueByProposition(), AnalysisSections::name));
        tables.add(shares(AnalysisTexts.Money_costByResource, AnalysisTexts.Column_resource, e.costByResource(),
                AnalysisSections::name));
        tables.add(shares(AnalysisTexts.Money_costByAction, AnalysisTexts.Column_action, e.costByAction(),
                AnalysisSections::name));
        tables.add(shares(AnalysisTexts.Money_costByProposition, AnalysisTexts.Column_proposition,
                e.costByProposition(), AnalysisSections::name));
        if (!e.indicators().isEmpty()) {
            tables.add(table(AnalysisTexts.Money_indicators, "", e.indicators(), List.of(
                    AnalysisTexts.Column_indicator, AnalysisTexts.Column_baseline, AnalysisTexts.Column_target,
                    AnalysisTexts.Column_current, AnalysisTexts.Column_progress, AnalysisTexts.Column_achieved),
                    (Economics.IndicatorProgress p) -> List.of(name(p.indicator()), number(p.indicator().getBaseline()),
                            number(p.indicator().getTarget()), number(p.indicator().getCurrent()),
                            p.progress() == null ? NONE
                                    : p.progress().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                                            + " %",
                            p.achieved() == null ? NONE : p.achieved() ? AnalysisTexts.Yes : AnalysisTexts.No),
                    p -> ""));
        }
        return new Section("economics", AnalysisTexts.Money_title, bind(AnalysisTexts.Money_intro, e.year()),
                tables, charts(e));
    }

    /** Per currency: revenue against cost, revenue by payer, cost by key action (the largest, then the rest). */
    private static List<Chart> charts(Economics e) {
        List<Chart> charts = new ArrayList<>();
        for (Economics.Totals t : e.totals()) {
            String currency = t.currency();
            List<Bar> bars = new ArrayList<>();
            String totals = bind(AnalysisTexts.Chart_totals, e.year());
            bars.add(new Bar(totals, AnalysisTexts.Column_revenue, t.revenue().doubleValue(), money(t.revenue()),
                    "revenue"));
            bars.add(new Bar(totals, AnalysisTexts.Column_cost, t.cost().doubleValue(), money(t.cost()), "cost"));
            e.revenueByPayer().stream().filter(s -> s.currency().equals(currency))
                    .forEach(s -> bars.add(new Bar(AnalysisTexts.Money_byPayer, s.key().label(),
                            s.amount().doubleValue(), money(s.amount()), "revenue")));
            List<Economics.Share<KeyAction>> costs = e.costByAction().stream()
                    .filter(s -> s.currency().equals(currency))
                    .sorted(Comparator.comparing((Economics.Share<KeyAction> s) -> s.amount()).reversed()).toList();
            BigDecimal rest = BigDecimal.ZERO;
            for (int i = 0; i < costs.size(); i++) {
                Economics.Share<KeyAction> s = costs.get(i);
                if (i < CHART_COSTS) {
                    bars.add(new Bar(AnalysisTexts.Money_costByAction, s.key() == null ? AnalysisTexts.NotAttributed
                            : name(s.key()), s.amount().doubleValue(), money(s.amount()), "cost"));
                } else {
                    rest = rest.add(s.amount());
                }
            }
            if (rest.signum() != 0) {
                bars.add(new Bar(AnalysisTexts.Money_costByAction, AnalysisTexts.Chart_rest, rest.doubleValue(),
                        money(rest), "cost"));
            }
            charts.add(new Chart("economics-chart-" + (charts.size() + 1), bind(AnalysisTexts.Chart_title, currency,
                    e.year()), bars));
        }
        return charts;
    }

    private static <K> Table shares(String title, String keyColumn, List<Economics.Share<K>> shares,
            Function<K, String> label) {
        return table(title, "", shares, List.of(keyColumn, AnalysisTexts.Column_currency,
                AnalysisTexts.Column_amount), (Economics.Share<K> s) -> List.of(s.key() == null
                        ? AnalysisTexts.NotAttributed : label.apply(s.key()), s.currency(), money(s.amount())),
                s -> "");
    }

    public static Section findings(AnalysisResult r) {
        Table t = table(AnalysisTexts.Findings_table, r.findings().isEmpty() ? AnalysisTexts.Findings_none : "",
                r.findings(), List.of(AnalysisTexts.Column_rule, AnalysisTexts.Column_severity,
                        AnalysisTexts.Column_element, AnalysisTexts.Column_finding),
                (AnalysisFinding f) -> List.of(f.ruleId(), f.severity().label(), name(f.element()), f.message()),
                f -> f.severity().label());
        return new Section("analysis-findings", AnalysisTexts.Findings_title, AnalysisTexts.Findings_intro,
                List.of(t));
    }

    public static Section scenario(int number, Comparison c) {
        AnalysisResult s = c.scenario();
        Table needs = table(AnalysisTexts.Scenario_needs, c.needs().isEmpty() ? AnalysisTexts.Scenario_noNeeds : "",
                c.needs(), List.of(AnalysisTexts.Column_need, AnalysisTexts.Column_baselineVariant,
                        AnalysisTexts.Column_scenario),
                (Comparison.NeedChange n) -> List.of(name(n.need()), n.before().label(),
                        n.after() == null ? AnalysisTexts.Scenario_removed : n.after().label()),
                n -> n.gained() ? "gained" : n.lost() ? "lost" : "");
        Table money = table(AnalysisTexts.Scenario_money, c.money().isEmpty() ? AnalysisTexts.Scenario_noMoney : "",
                c.money(), List.of(AnalysisTexts.Column_currency, AnalysisTexts.Column_baselineVariant,
                        AnalysisTexts.Column_scenario, AnalysisTexts.Column_change),
                (Comparison.MoneyChange m) -> List.of(m.currency(),
                        m.before() == null ? NONE : money(m.before().balance()),
                        m.after() == null ? NONE : money(m.after().balance()), money(m.balanceDelta())), m -> "");
        Table loads = table(AnalysisTexts.Scenario_loads, "", c.loads(), List.of(AnalysisTexts.Column_resource,
                AnalysisTexts.Column_unit, AnalysisTexts.Column_baselineVariant, AnalysisTexts.Column_scenario),
                (Comparison.LoadChange l) -> {
                    ResourceLoad any = l.after() != null ? l.after() : l.before();
                    return List.of(name(any.resource()), Units.label(any.unit()), load(l.before()), load(l.after()));
                }, l -> l.after() != null && l.after().overLoaded() ? "over-loaded" : "");
        return new Section("scenario-" + number, bind(AnalysisTexts.Scenario_title, s.scenario().name()),
                bind(AnalysisTexts.Scenario_intro, new Object[] {c.baseline().total().readyPercent(),
                        s.total().readyPercent(), s.total().ready(), s.total().needs()}),
                List.of(needs, money, loads));
    }

    private static String load(ResourceLoad l) {
        return l == null ? NONE : number(l.load()) + " / " + number(l.capacity());
    }

    static String name(EObject e) {
        return e instanceof NamedElement n && n.getName() != null && !n.getName().isBlank() ? n.getName()
                : e == null ? NONE : "(" + e.eClass().getName() + ")";
    }

    private static String names(List<? extends EObject> elements) {
        return elements.stream().map(AnalysisSections::name).collect(Collectors.joining(", "));
    }

    private static String number(BigDecimal n) {
        return n == null ? NONE : n.stripTrailingZeros().toPlainString();
    }

    /** Groups of three digits, so that millions read at a glance (the same in both languages' reports). */
    private static String money(BigDecimal n) {
        String text = String.format(Locale.ROOT, "%,.2f", n).replace(',', '\u00A0');
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    private static String percent(BigDecimal p) {
        return p == null ? NONE : p.toPlainString() + " %";
    }
}
