package org.stic.report;

import static org.stic.report.ReportBuilder.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.stic.KeyAction;
import org.stic.NamedElement;
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
import org.stic.model.edit.Language;
import org.stic.model.edit.Vocabulary;
import org.stic.report.Report.Bar;
import org.stic.report.Report.Chart;
import org.stic.report.Report.Row;
import org.stic.report.Report.Section;
import org.stic.report.Report.Table;
import org.stic.validation.Finding;
import org.stic.validation.RuleSettings;

/**
 * The report's sections built on the analysis ({@code org.stic.analysis}): readiness with reasons and by year,
 * capacity and load, critical elements, economics, analysis findings, and one section per what-if scenario. Both the
 * full report and the page of {@code stic analyze --format html} use them.
 */
public final class AnalysisSections {

    private static final String NONE = "—";
    /** Cost bars a chart shows one by one; the others are added up in one bar. */
    private static final int CHART_COSTS = 8;

    private final Language language;

    public AnalysisSections(Language language) {
        this.language = language;
    }

    private String text(String key, Object... arguments) {
        return Messages.get(language, key, arguments);
    }

    /** Every section of one analysis, then one per scenario result (each compared with {@code r}). */
    public List<Section> all(AnalysisResult r, List<AnalysisResult> scenarios) {
        return all(r, scenarios, RatedAnalysisFindings.of(r, RuleSettings.defaults(), language));
    }

    /** The same, listing {@code findings} (the analysis findings as the model's rule settings show them). */
    public List<Section> all(AnalysisResult r, List<AnalysisResult> scenarios, List<Finding> findings) {
        List<Section> sections = new ArrayList<>(List.of(readiness(r), capacity(r), critical(r), economics(r),
                findings(findings)));
        for (int i = 0; i < scenarios.size(); i++) {
            sections.add(scenario(i + 1, Comparison.of(r, scenarios.get(i))));
        }
        return sections;
    }

    public Section readiness(AnalysisResult r) {
        List<Row> coverage = new ArrayList<>();
        for (Coverage c : r.segments()) {
            coverage.add(coverageRow("", name(c.segment()), c));
        }
        coverage.add(coverageRow("total", text("analysis.readiness.total"), r.total()));
        Table bySegment = new Table(text("analysis.readiness.bySegment"), "", List.of(text("analysis.column.segment"),
                text("analysis.column.needs"), text("analysis.column.ready"), text("analysis.column.assumed")), coverage);
        Table needs = table(text("analysis.readiness.needs"), "", r.needs(), List.of(text("analysis.column.segment"),
                text("analysis.column.need"), text("analysis.column.priority"), text("analysis.column.status"),
                text("analysis.column.readyFrom")),
                (NeedReadiness n) -> List.of(name(n.segment()), name(n.need()),
                        Vocabulary.of(language).literal(n.need().getPriority()), n.level().label(language),
                        n.readyFrom() == null ? NONE : n.readyFrom().toString()),
                n -> n.level().id());
        List<Row> reasonRows = new ArrayList<>();
        for (NeedReadiness n : r.needs()) {
            for (Reason reason : n.reasons()) {
                reasonRows.add(new Row(n.level().id(), List.of(name(n.need()), reason.text(language))));
            }
        }
        Table reasons = new Table(text("analysis.readiness.reasons"), reasonRows.isEmpty() ? text("analysis.readiness.noGaps")
                : text("analysis.readiness.reasonsNote"), List.of(text("analysis.column.need"), text("analysis.column.reason")),
                reasonRows);
        Table byYear = table(text("analysis.readiness.byYear"), text("analysis.readiness.byYearNote"), r.byYear(),
                List.of(text("analysis.column.year"), text("analysis.column.ready"), text("analysis.column.share")),
                (YearReadiness y) -> List.of(Integer.toString(y.year()), y.ready() + " / " + y.needs(),
                        y.readyPercent() + " %"), y -> "");
        return new Section("readiness", text("analysis.readiness.title"), text("analysis.readiness.intro",
                r.options().year()), List.of(bySegment, needs, reasons, byYear));
    }

    private Row coverageRow(String kind, String name, Coverage c) {
        return new Row(kind, List.of(name, Integer.toString(c.needs()),
                c.needs() == 0 ? NONE : c.ready() + " (" + c.readyPercent() + " %)", Integer.toString(c.assumed())));
    }

    public Section capacity(AnalysisResult r) {
        Table loads = table(text("analysis.load.table"), r.loads().isEmpty() ? text("analysis.load.none") : "", r.loads(),
                List.of(text("analysis.column.resource"), text("analysis.column.unit"), text("analysis.column.load"),
                        text("analysis.column.capacity"), text("analysis.column.utilisation"),
                        text("analysis.column.needsRouted")),
                (ResourceLoad l) -> List.of(name(l.resource()), Units.label(language, l.unit()), number(l.load()),
                        number(l.capacity()), l.utilisationPercent() == null ? NONE
                                : percent(l.utilisationPercent()), Integer.toString(l.needs())),
                l -> l.overLoaded() ? "over-loaded" : "");
        return new Section("capacity", text("analysis.load.title"), text("analysis.load.intro"), List.of(loads));
    }

    public Section critical(AnalysisResult r) {
        Table t = table(text("analysis.critical.table"), r.criticalElements().isEmpty() ? text("analysis.critical.none")
                : "", r.criticalElements(), List.of(text("analysis.column.element"), text("analysis.column.impact"),
                        text("analysis.column.needsLost")),
                (CriticalElement c) -> List.of(name(c.element()), Integer.toString(c.impact()), names(c.needs())),
                c -> "");
        return new Section("critical", text("analysis.critical.title"), text("analysis.critical.intro"), List.of(t));
    }

    public Section economics(AnalysisResult r) {
        Economics e = r.economics();
        List<Table> tables = new ArrayList<>();
        tables.add(table(text("analysis.money.totals"), e.totals().isEmpty() ? text("analysis.money.none") : "",
                e.totals(), List.of(text("analysis.column.currency"), text("analysis.column.revenue"),
                        text("analysis.column.cost"), text("analysis.column.balance"), text("analysis.column.coverage"),
                        text("analysis.column.stateShare")),
                (Economics.Totals t) -> List.of(t.currency(), money(t.revenue()), money(t.cost()), money(t.balance()),
                        percent(t.coveragePercent()), percent(e.stateSharePercent(t.currency()))),
                t -> t.balance().signum() < 0 ? "deficit" : ""));
        if (e.series().size() > e.totals().size()) {
            tables.add(table(text("analysis.money.series"), "", e.series(), List.of(text("analysis.column.year"),
                    text("analysis.column.currency"), text("analysis.column.revenue"), text("analysis.column.cost"),
                    text("analysis.column.balance")), (Economics.Totals t) -> List.of(Integer.toString(t.year()),
                            t.currency(), money(t.revenue()), money(t.cost()), money(t.balance())), t -> ""));
        }
        tables.add(shares(text("analysis.money.byPayer"), text("analysis.column.payer"), e.revenueByPayer(),
                k -> k.label(language)));
        tables.add(shares(text("analysis.money.revenueByProposition"), text("analysis.column.proposition"),
                e.revenueByProposition(), AnalysisSections::name));
        tables.add(shares(text("analysis.money.costByResource"), text("analysis.column.resource"), e.costByResource(),
                AnalysisSections::name));
        tables.add(shares(text("analysis.money.costByAction"), text("analysis.column.action"), e.costByAction(),
                AnalysisSections::name));
        tables.add(shares(text("analysis.money.costByProposition"), text("analysis.column.proposition"),
                e.costByProposition(), AnalysisSections::name));
        if (!e.indicators().isEmpty()) {
            tables.add(table(text("analysis.money.indicators"), "", e.indicators(), List.of(
                    text("analysis.column.indicator"), text("analysis.column.baseline"), text("analysis.column.target"),
                    text("analysis.column.current"), text("analysis.column.progress"), text("analysis.column.achieved")),
                    (Economics.IndicatorProgress p) -> List.of(name(p.indicator()), number(p.indicator().getBaseline()),
                            number(p.indicator().getTarget()), number(p.indicator().getCurrent()),
                            p.progress() == null ? NONE
                                    : p.progress().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                                            + " %",
                            p.achieved() == null ? NONE : p.achieved() ? text("analysis.yes") : text("analysis.no")),
                    p -> ""));
        }
        return new Section("economics", text("analysis.money.title"), text("analysis.money.intro", e.year()),
                tables, charts(e));
    }

    /** Per currency: revenue against cost, revenue by payer, cost by key action (the largest, then the rest). */
    private List<Chart> charts(Economics e) {
        List<Chart> charts = new ArrayList<>();
        for (Economics.Totals t : e.totals()) {
            String currency = t.currency();
            List<Bar> bars = new ArrayList<>();
            String totals = text("analysis.chart.totals", e.year());
            bars.add(new Bar(totals, text("analysis.column.revenue"), t.revenue().doubleValue(), money(t.revenue()),
                    "revenue"));
            bars.add(new Bar(totals, text("analysis.column.cost"), t.cost().doubleValue(), money(t.cost()), "cost"));
            e.revenueByPayer().stream().filter(s -> s.currency().equals(currency))
                    .forEach(s -> bars.add(new Bar(text("analysis.money.byPayer"), s.key().label(language),
                            s.amount().doubleValue(), money(s.amount()), "revenue")));
            List<Economics.Share<KeyAction>> costs = e.costByAction().stream()
                    .filter(s -> s.currency().equals(currency))
                    .sorted(Comparator.comparing((Economics.Share<KeyAction> s) -> s.amount()).reversed()).toList();
            BigDecimal rest = BigDecimal.ZERO;
            for (int i = 0; i < costs.size(); i++) {
                Economics.Share<KeyAction> s = costs.get(i);
                if (i < CHART_COSTS) {
                    bars.add(new Bar(text("analysis.money.costByAction"), s.key() == null ? text("analysis.notAttributed")
                            : name(s.key()), s.amount().doubleValue(), money(s.amount()), "cost"));
                } else {
                    rest = rest.add(s.amount());
                }
            }
            if (rest.signum() != 0) {
                bars.add(new Bar(text("analysis.money.costByAction"), text("analysis.chart.rest"), rest.doubleValue(),
                        money(rest), "cost"));
            }
            charts.add(new Chart("economics-chart-" + (charts.size() + 1), text("analysis.chart.title", currency,
                    e.year()), bars));
        }
        return charts;
    }

    private <K> Table shares(String title, String keyColumn, List<Economics.Share<K>> shares,
            Function<K, String> label) {
        return table(title, "", shares, List.of(keyColumn, text("analysis.column.currency"),
                text("analysis.column.amount")), (Economics.Share<K> s) -> List.of(s.key() == null
                        ? text("analysis.notAttributed") : label.apply(s.key()), s.currency(), money(s.amount())),
                s -> "");
    }

    /** The analysis findings, at the severity the rule settings give them (switched-off rules left out). */
    public Section findings(List<Finding> findings) {
        Table t = table(text("analysis.findings.table"), findings.isEmpty() ? text("analysis.findings.none") : "",
                findings, List.of(text("analysis.column.rule"), text("analysis.column.severity"),
                        text("analysis.column.element"), text("analysis.column.finding")),
                (Finding f) -> List.of(f.ruleId(), text("severity." + f.severity().label()), name(f.element()),
                        f.message()),
                f -> f.severity().label());
        return new Section("analysis-findings", text("analysis.findings.title"), text("analysis.findings.intro"),
                List.of(t));
    }

    public Section scenario(int number, Comparison c) {
        AnalysisResult s = c.scenario();
        Table needs = table(text("analysis.scenario.needs"), c.needs().isEmpty() ? text("analysis.scenario.noNeeds") : "",
                c.needs(), List.of(text("analysis.column.need"), text("analysis.column.baselineVariant"),
                        text("analysis.column.scenario")),
                (Comparison.NeedChange n) -> List.of(name(n.need()), n.before().label(language),
                        n.after() == null ? text("analysis.scenario.removed") : n.after().label(language)),
                n -> n.gained() ? "gained" : n.lost() ? "lost" : "");
        Table money = table(text("analysis.scenario.money"), c.money().isEmpty() ? text("analysis.scenario.noMoney") : "",
                c.money(), List.of(text("analysis.column.currency"), text("analysis.column.baselineVariant"),
                        text("analysis.column.scenario"), text("analysis.column.change")),
                (Comparison.MoneyChange m) -> List.of(m.currency(),
                        m.before() == null ? NONE : money(m.before().balance()),
                        m.after() == null ? NONE : money(m.after().balance()), money(m.balanceDelta())), m -> "");
        Table loads = table(text("analysis.scenario.loads"), "", c.loads(), List.of(text("analysis.column.resource"),
                text("analysis.column.unit"), text("analysis.column.baselineVariant"), text("analysis.column.scenario")),
                (Comparison.LoadChange l) -> {
                    ResourceLoad any = l.after() != null ? l.after() : l.before();
                    return List.of(name(any.resource()), Units.label(language, any.unit()), load(l.before()), load(l.after()));
                }, l -> l.after() != null && l.after().overLoaded() ? "over-loaded" : "");
        return new Section("scenario-" + number, text("analysis.scenario.title", s.scenario().name()),
                text("analysis.scenario.intro", c.baseline().total().readyPercent(),
                        s.total().readyPercent(), s.total().ready(), s.total().needs()),
                List.of(needs, money, loads));
    }

    private String load(ResourceLoad l) {
        return l == null ? NONE : number(l.load()) + " / " + number(l.capacity());
    }

    static String name(EObject e) {
        return e instanceof NamedElement n && n.getName() != null && !n.getName().isBlank() ? n.getName()
                : e == null ? NONE : "(" + e.eClass().getName() + ")";
    }

    private String names(List<? extends EObject> elements) {
        return elements.stream().map(AnalysisSections::name).collect(Collectors.joining(", "));
    }

    private String number(BigDecimal n) {
        return n == null ? NONE : language.number(n);
    }

    /** An amount as the language writes numbers (grouped digits); the currency has its own column or title. */
    private String money(BigDecimal n) {
        return language.number(n);
    }

    private String percent(BigDecimal p) {
        return p == null ? NONE : language.number(p) + " %";
    }
}
