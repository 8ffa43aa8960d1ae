package org.stic.cli;

import static org.eclipse.osgi.util.NLS.bind;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
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

/** The plain-text form of {@code stic analyze}: one section per part of the analysis, for people. */
final class AnalysisText {

    private final PrintWriter out;

    private AnalysisText(PrintWriter out) {
        this.out = out;
    }

    static void print(Path file, AnalysisResult r, List<AnalysisJson.ScenarioRun> scenarios, PrintWriter out) {
        new AnalysisText(out).all(file, r, scenarios);
    }

    private void all(Path file, AnalysisResult r, List<AnalysisJson.ScenarioRun> scenarios) {
        out.println(bind(AnalyzeMessages.Analyze_title, file, r.options().year()));
        out.println();
        readiness(r);
        loads(r);
        critical(r);
        economics(r.economics());
        findings(r.findings());
        for (AnalysisJson.ScenarioRun run : scenarios) {
            scenario(run, Comparison.of(r, run.result()));
        }
    }

    private void readiness(AnalysisResult r) {
        Coverage t = r.total();
        out.println(bind(AnalyzeMessages.Analyze_readiness, new Object[] {t.ready(), t.needs(), t.readyPercent(),
                t.assumed()}));
        for (Coverage c : r.segments()) {
            out.println("  " + bind(AnalyzeMessages.Analyze_segment, new Object[] {name(c.segment()), c.ready(), c.needs(),
                    c.readyPercent()}));
        }
        out.println();
        out.println(AnalyzeMessages.Analyze_needs);
        for (NeedReadiness n : r.needs()) {
            String from = n.readyFrom() == null || n.level().isReady() ? ""
                    : " (" + bind(AnalyzeMessages.Analyze_readyFrom, n.readyFrom()) + ")";
            out.println("  [" + n.level().label() + "] " + name(n.need()) + " · " + name(n.segment()) + from);
            for (Reason reason : n.reasons()) {
                out.println("      ← " + reason.text());
            }
        }
        if (r.byYear().size() > 1) {
            out.println();
            out.println(AnalyzeMessages.Analyze_byYear);
            for (YearReadiness y : r.byYear()) {
                out.println("  " + bind(AnalyzeMessages.Analyze_yearRow, new Object[] {y.year(), y.ready(), y.needs(),
                        y.readyPercent()}));
            }
        }
        out.println();
    }

    private void loads(AnalysisResult r) {
        out.println(AnalyzeMessages.Analyze_loads);
        if (r.loads().isEmpty()) {
            out.println("  " + AnalyzeMessages.Analyze_noLoads);
        }
        for (ResourceLoad l : r.loads()) {
            String capacity = l.capacity() == null ? "—" : l.capacity().toPlainString();
            String load = l.load() == null ? "—" : l.load().toPlainString();
            BigDecimal percent = l.utilisationPercent();
            out.println("  " + bind(AnalyzeMessages.Analyze_loadRow, new Object[] {name(l.resource()), load, capacity,
                    Units.label(l.unit()), percent == null ? "" : " (" + percent.toPlainString() + " %)", l.needs()})
                    + (l.overLoaded() ? " " + AnalyzeMessages.Analyze_overLoaded : ""));
        }
        out.println();
    }

    private void critical(AnalysisResult r) {
        out.println(AnalyzeMessages.Analyze_critical);
        if (r.criticalElements().isEmpty()) {
            out.println("  " + AnalyzeMessages.Analyze_none);
        }
        for (CriticalElement c : r.criticalElements()) {
            out.println("  " + bind(AnalyzeMessages.Analyze_criticalRow, new Object[] {name(c.element()), c.impact(),
                    names(c.needs())}));
        }
        out.println();
    }

    private void economics(Economics e) {
        out.println(bind(AnalyzeMessages.Analyze_economics, e.year()));
        if (e.totals().isEmpty()) {
            out.println("  " + AnalyzeMessages.Analyze_none);
        }
        for (Economics.Totals t : e.totals()) {
            BigDecimal coverage = t.coveragePercent();
            BigDecimal state = e.stateSharePercent(t.currency());
            out.println("  " + bind(AnalyzeMessages.Analyze_totals, new Object[] {t.currency(), plain(t.revenue()),
                    plain(t.cost()), plain(t.balance()), coverage == null ? "—" : coverage.toPlainString() + " %",
                    state == null ? "—" : state.toPlainString() + " %"}));
        }
        shares(AnalyzeMessages.Analyze_revenueByPayer, e.revenueByPayer(), k -> k.label());
        shares(AnalyzeMessages.Analyze_revenueByProposition, e.revenueByProposition(), AnalysisText::name);
        shares(AnalyzeMessages.Analyze_costByResource, e.costByResource(), AnalysisText::name);
        shares(AnalyzeMessages.Analyze_costByAction, e.costByAction(), AnalysisText::name);
        shares(AnalyzeMessages.Analyze_costByProposition, e.costByProposition(), AnalysisText::name);
        if (!e.indicators().isEmpty()) {
            out.println("  " + AnalyzeMessages.Analyze_indicators);
            for (Economics.IndicatorProgress p : e.indicators()) {
                String progress = p.progress() == null ? "—"
                        : p.progress().multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP)
                                + " %";
                String achieved = p.achieved() == null ? AnalyzeMessages.Analyze_unknown
                        : p.achieved() ? AnalyzeMessages.Analyze_achieved : AnalyzeMessages.Analyze_notAchieved;
                out.println("    " + bind(AnalyzeMessages.Analyze_indicatorRow, new Object[] {name(p.indicator()), progress,
                        achieved}));
            }
        }
        out.println();
    }

    private <K> void shares(String title, List<Economics.Share<K>> shares,
            java.util.function.Function<K, String> label) {
        if (shares.isEmpty()) {
            return;
        }
        out.println("  " + title);
        for (Economics.Share<K> s : shares) {
            String key = s.key() == null ? AnalyzeMessages.Analyze_notAttributed : label.apply(s.key());
            out.println("    " + key + ": " + plain(s.amount()) + " " + s.currency());
        }
    }

    private void findings(List<AnalysisFinding> findings) {
        out.println(AnalyzeMessages.Analyze_findings);
        if (findings.isEmpty()) {
            out.println("  " + AnalyzeMessages.Analyze_none);
        }
        for (AnalysisFinding f : findings) {
            out.println("  " + f.severity().label() + " " + f.ruleId() + " " + f.message());
        }
        out.println();
    }

    private void scenario(AnalysisJson.ScenarioRun run, Comparison c) {
        Coverage t = run.result().total();
        out.println(bind(AnalyzeMessages.Analyze_scenario, new Object[] {run.result().scenario().name(), run.file(),
                t.ready(), t.needs(), t.readyPercent()}));
        out.println("  " + bind(AnalyzeMessages.Analyze_gained, orNone(names(c.gained()))));
        out.println("  " + bind(AnalyzeMessages.Analyze_lost, orNone(names(c.lost()))));
        for (Comparison.NeedChange n : c.needs()) {
            if (!n.gained() && !n.lost()) {
                out.println("  " + bind(AnalyzeMessages.Analyze_levelChanged, new Object[] {name(n.need()),
                        n.before().label(), n.after().label()}));
            }
        }
        for (Comparison.LoadChange l : c.loads()) {
            ResourceLoad any = l.after() != null ? l.after() : l.before();
            out.println("  " + bind(AnalyzeMessages.Analyze_loadChanged, new Object[] {name(any.resource()),
                    Units.label(any.unit()), load(l.before()), load(l.after())}));
        }
        for (Comparison.MoneyChange m : c.money()) {
            out.println("  " + bind(AnalyzeMessages.Analyze_money, new Object[] {m.currency(),
                    m.before() == null ? "—" : plain(m.before().balance()),
                    m.after() == null ? "—" : plain(m.after().balance()), plain(m.balanceDelta())}));
        }
        out.println();
    }

    private static String load(ResourceLoad l) {
        if (l == null || l.load() == null) {
            return "—";
        }
        return l.load().toPlainString() + (l.capacity() == null ? "" : " / " + l.capacity().toPlainString());
    }

    private static String orNone(String names) {
        return names.isEmpty() ? AnalyzeMessages.Analyze_none : names;
    }

    private static String names(List<? extends EObject> elements) {
        return elements.stream().map(AnalysisText::name).collect(Collectors.joining(", "));
    }

    static String name(EObject e) {
        return e instanceof NamedElement n && n.getName() != null && !n.getName().isBlank() ? n.getName()
                : e == null ? "" : "(" + e.eClass().getName() + ")";
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
