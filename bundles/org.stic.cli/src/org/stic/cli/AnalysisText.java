package org.stic.cli;

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
import org.stic.model.edit.Language;

/** The plain-text form of {@code stic analyze}: one section per part of the analysis, for people. */
final class AnalysisText {

    private final PrintWriter out;
    private final Language language;

    private AnalysisText(PrintWriter out, Language language) {
        this.out = out;
        this.language = language;
    }

    static void print(Path file, AnalysisResult r, List<AnalysisJson.ScenarioRun> scenarios, PrintWriter out,
            Language language) {
        new AnalysisText(out, language).all(file, r, scenarios);
    }

    private String text(String key, Object... arguments) {
        return Messages.get(language, key, arguments);
    }

    private void all(Path file, AnalysisResult r, List<AnalysisJson.ScenarioRun> scenarios) {
        out.println(text("analyze.title", file, r.options().year()));
        out.println();
        readiness(r);
        loads(r);
        critical(r);
        economics(r.economics());
        findings(r.findings(language));
        for (AnalysisJson.ScenarioRun run : scenarios) {
            scenario(run, Comparison.of(r, run.result()));
        }
    }

    private void readiness(AnalysisResult r) {
        Coverage t = r.total();
        out.println(text("analyze.readiness", new Object[] {t.ready(), t.needs(), t.readyPercent(),
                t.assumed()}));
        for (Coverage c : r.segments()) {
            out.println("  " + text("analyze.segment", new Object[] {name(c.segment()), c.ready(), c.needs(),
                    c.readyPercent()}));
        }
        out.println();
        out.println(text("analyze.needs"));
        for (NeedReadiness n : r.needs()) {
            String from = n.readyFrom() == null || n.level().isReady() ? ""
                    : " (" + text("analyze.readyFrom", n.readyFrom()) + ")";
            out.println("  [" + n.level().label(language) + "] " + name(n.need()) + " · " + name(n.segment()) + from);
            for (Reason reason : n.reasons()) {
                out.println("      ← " + reason.text(language));
            }
        }
        if (r.byYear().size() > 1) {
            out.println();
            out.println(text("analyze.byYear"));
            for (YearReadiness y : r.byYear()) {
                out.println("  " + text("analyze.yearRow", new Object[] {y.year(), y.ready(), y.needs(),
                        y.readyPercent()}));
            }
        }
        out.println();
    }

    private void loads(AnalysisResult r) {
        out.println(text("analyze.loads"));
        if (r.loads().isEmpty()) {
            out.println("  " + text("analyze.noLoads"));
        }
        for (ResourceLoad l : r.loads()) {
            String capacity = l.capacity() == null ? "—" : plain(l.capacity());
            String load = l.load() == null ? "—" : plain(l.load());
            BigDecimal percent = l.utilisationPercent();
            out.println("  " + text("analyze.loadRow", new Object[] {name(l.resource()), load, capacity,
                    Units.label(language, l.unit()), percent == null ? "" : " (" + plain(percent) + " %)", l.needs()})
                    + (l.overLoaded() ? " " + text("analyze.overLoaded") : ""));
        }
        out.println();
    }

    private void critical(AnalysisResult r) {
        out.println(text("analyze.critical"));
        if (r.criticalElements().isEmpty()) {
            out.println("  " + text("analyze.none"));
        }
        for (CriticalElement c : r.criticalElements()) {
            out.println("  " + text("analyze.criticalRow", new Object[] {name(c.element()), c.impact(),
                    names(c.needs())}));
        }
        out.println();
    }

    private void economics(Economics e) {
        out.println(text("analyze.economics", e.year()));
        if (e.totals().isEmpty()) {
            out.println("  " + text("analyze.none"));
        }
        for (Economics.Totals t : e.totals()) {
            BigDecimal coverage = t.coveragePercent();
            BigDecimal state = e.stateSharePercent(t.currency());
            out.println("  " + text("analyze.totals", new Object[] {t.currency(), plain(t.revenue()),
                    plain(t.cost()), plain(t.balance()), coverage == null ? "—" : plain(coverage) + " %",
                    state == null ? "—" : plain(state) + " %"}));
        }
        shares(text("analyze.revenueByPayer"), e.revenueByPayer(), k -> k.label(language));
        shares(text("analyze.revenueByProposition"), e.revenueByProposition(), AnalysisText::name);
        shares(text("analyze.costByResource"), e.costByResource(), AnalysisText::name);
        shares(text("analyze.costByAction"), e.costByAction(), AnalysisText::name);
        shares(text("analyze.costByProposition"), e.costByProposition(), AnalysisText::name);
        if (!e.indicators().isEmpty()) {
            out.println("  " + text("analyze.indicators"));
            for (Economics.IndicatorProgress p : e.indicators()) {
                String progress = p.progress() == null ? "—"
                        : p.progress().multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP)
                                + " %";
                String achieved = p.achieved() == null ? text("analyze.unknown")
                        : p.achieved() ? text("analyze.achieved") : text("analyze.notAchieved");
                out.println("    " + text("analyze.indicatorRow", new Object[] {name(p.indicator()), progress,
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
            String key = s.key() == null ? text("analyze.notAttributed") : label.apply(s.key());
            out.println("    " + key + ": " + plain(s.amount()) + " " + s.currency());
        }
    }

    private void findings(List<AnalysisFinding> findings) {
        out.println(text("analyze.findings"));
        if (findings.isEmpty()) {
            out.println("  " + text("analyze.none"));
        }
        for (AnalysisFinding f : findings) {
            out.println("  " + f.severity().label() + " " + f.ruleId() + " " + f.message());
        }
        out.println();
    }

    private void scenario(AnalysisJson.ScenarioRun run, Comparison c) {
        Coverage t = run.result().total();
        out.println(text("analyze.scenario", new Object[] {run.result().scenario().name(), run.file(),
                t.ready(), t.needs(), t.readyPercent()}));
        out.println("  " + text("analyze.gained", orNone(names(c.gained()))));
        out.println("  " + text("analyze.lost", orNone(names(c.lost()))));
        for (Comparison.NeedChange n : c.needs()) {
            if (!n.gained() && !n.lost()) {
                out.println("  " + text("analyze.levelChanged", new Object[] {name(n.need()),
                        n.before().label(language), n.after().label(language)}));
            }
        }
        for (Comparison.LoadChange l : c.loads()) {
            ResourceLoad any = l.after() != null ? l.after() : l.before();
            out.println("  " + text("analyze.loadChanged", new Object[] {name(any.resource()),
                    Units.label(language, any.unit()), load(l.before()), load(l.after())}));
        }
        for (Comparison.MoneyChange m : c.money()) {
            out.println("  " + text("analyze.money", new Object[] {m.currency(),
                    m.before() == null ? "—" : plain(m.before().balance()),
                    m.after() == null ? "—" : plain(m.after().balance()), plain(m.balanceDelta())}));
        }
        out.println();
    }

    private String load(ResourceLoad l) {
        if (l == null || l.load() == null) {
            return "—";
        }
        return plain(l.load()) + (l.capacity() == null ? "" : " / " + plain(l.capacity()));
    }

    private String orNone(String names) {
        return names.isEmpty() ? text("analyze.none") : names;
    }

    private static String names(List<? extends EObject> elements) {
        return elements.stream().map(AnalysisText::name).collect(Collectors.joining(", "));
    }

    static String name(EObject e) {
        return e instanceof NamedElement n && n.getName() != null && !n.getName().isBlank() ? n.getName()
                : e == null ? "" : "(" + e.eClass().getName() + ")";
    }

    private String plain(BigDecimal n) {
        return language.number(n);
    }
}
