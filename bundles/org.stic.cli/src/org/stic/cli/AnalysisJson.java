package org.stic.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
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
import org.stic.analysis.YearReadiness;
import org.stic.model.edit.Language;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The JSON document of {@code stic analyze --format json}, schema {@value #SCHEMA}: documented field by field in
 * the README (section "stic analyze"). Elements are named by id (their xmi:id in the file), name and type.
 */
final class AnalysisJson {

    static final String SCHEMA = "stic-analysis/1";

    private final Function<EObject, String> ids;
    private final Language language;

    private AnalysisJson(Resource resource, Language language) {
        this.ids = resource::getURIFragment;
        this.language = language;
    }

    /** The scenarios' results, each with the file it was read from. */
    record ScenarioRun(Path file, AnalysisResult result) {
    }

    /** The document; texts (reasons, finding messages) in {@code language}, keys and ids language-neutral. */
    static String toJson(Path file, Resource resource, AnalysisResult r, List<ScenarioRun> scenarios,
            Language language) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                .toJson(new AnalysisJson(resource, language).document(file, r, scenarios));
    }

    private JsonObject document(Path file, AnalysisResult r, List<ScenarioRun> scenarios) {
        JsonObject o = new JsonObject();
        o.addProperty("schema", SCHEMA);
        o.addProperty("file", file.toString());
        o.addProperty("year", r.options().year());
        o.addProperty("language", language.code());
        o.add("readiness", readiness(r));
        o.add("needs", needs(r));
        o.add("loads", loads(r.loads()));
        o.add("critical", critical(r));
        o.add("economics", economics(r.economics()));
        o.add("findings", findings(r.findings(language)));
        JsonArray s = new JsonArray();
        for (ScenarioRun run : scenarios) {
            s.add(scenario(run, Comparison.of(r, run.result())));
        }
        o.add("scenarios", s);
        return o;
    }

    private JsonObject element(EObject e) {
        JsonObject o = new JsonObject();
        o.addProperty("id", e == null ? null : ids.apply(e));
        o.addProperty("name", e instanceof NamedElement n ? n.getName() : null);
        o.addProperty("type", e == null ? null : e.eClass().getName());
        return o;
    }

    private JsonObject readiness(AnalysisResult r) {
        JsonObject o = coverage(r.total());
        JsonArray segments = new JsonArray();
        for (Coverage c : r.segments()) {
            JsonObject s = element(c.segment());
            coverage(c).entrySet().forEach(e -> s.add(e.getKey(), e.getValue()));
            segments.add(s);
        }
        o.add("segments", segments);
        JsonArray years = new JsonArray();
        for (YearReadiness y : r.byYear()) {
            JsonObject row = new JsonObject();
            row.addProperty("year", y.year());
            row.addProperty("needs", y.needs());
            row.addProperty("ready", y.ready());
            row.addProperty("assumed", y.assumed());
            row.addProperty("readyPercent", y.readyPercent());
            years.add(row);
        }
        o.add("byYear", years);
        return o;
    }

    private static JsonObject coverage(Coverage c) {
        JsonObject o = new JsonObject();
        o.addProperty("needs", c.needs());
        o.addProperty("ready", c.ready());
        o.addProperty("assumed", c.assumed());
        o.addProperty("readyPercent", c.readyPercent());
        return o;
    }

    private JsonArray needs(AnalysisResult r) {
        JsonArray a = new JsonArray();
        for (NeedReadiness n : r.needs()) {
            JsonObject o = element(n.need());
            o.addProperty("segment", ids.apply(n.segment()));
            o.addProperty("priority", n.need().getPriority().getName());
            o.addProperty("level", n.level().id());
            o.addProperty("readyFrom", n.readyFrom());
            JsonArray reasons = new JsonArray();
            for (Reason reason : n.reasons()) {
                JsonObject ro = new JsonObject();
                ro.addProperty("cause", reason.cause().id());
                ro.addProperty("text", reason.text(language));
                JsonArray path = new JsonArray();
                reason.path().forEach(e -> path.add(element(e)));
                ro.add("path", path);
                reasons.add(ro);
            }
            o.add("reasons", reasons);
            a.add(o);
        }
        return a;
    }

    private JsonArray loads(List<ResourceLoad> loads) {
        JsonArray a = new JsonArray();
        for (ResourceLoad l : loads) {
            JsonObject o = element(l.resource());
            o.addProperty("unit", l.unit().getName());
            o.add("load", number(l.load()));
            o.add("capacity", number(l.capacity()));
            o.add("utilisationPercent", number(l.utilisationPercent()));
            o.addProperty("needs", l.needs());
            o.addProperty("overLoaded", l.overLoaded());
            a.add(o);
        }
        return a;
    }

    private JsonArray critical(AnalysisResult r) {
        JsonArray a = new JsonArray();
        for (CriticalElement c : r.criticalElements()) {
            JsonObject o = element(c.element());
            o.addProperty("impact", c.impact());
            JsonArray needs = new JsonArray();
            c.needs().forEach(n -> needs.add(ids.apply(n)));
            o.add("needs", needs);
            a.add(o);
        }
        return a;
    }

    private JsonObject economics(Economics e) {
        JsonObject o = new JsonObject();
        o.addProperty("year", e.year());
        JsonArray totals = new JsonArray();
        for (Economics.Totals t : e.totals()) {
            JsonObject row = totals(t);
            row.add("balance", number(t.balance()));
            row.add("coveragePercent", number(t.coveragePercent()));
            row.add("stateSharePercent", number(e.stateSharePercent(t.currency())));
            totals.add(row);
        }
        o.add("totals", totals);
        JsonArray series = new JsonArray();
        e.series().forEach(t -> series.add(totals(t)));
        o.add("series", series);
        JsonArray payers = new JsonArray();
        for (Economics.Share<Economics.PayerClass> s : e.revenueByPayer()) {
            JsonObject row = new JsonObject();
            row.addProperty("payer", s.key().name());
            row.addProperty("currency", s.currency());
            row.add("amount", number(s.amount()));
            payers.add(row);
        }
        o.add("revenueByPayer", payers);
        o.add("revenueByProposition", shares(e.revenueByProposition()));
        o.add("costByResource", shares(e.costByResource()));
        o.add("costByAction", shares(e.costByAction()));
        o.add("costByProposition", shares(e.costByProposition()));
        JsonArray indicators = new JsonArray();
        for (Economics.IndicatorProgress p : e.indicators()) {
            JsonObject row = element(p.indicator());
            row.add("progress", number(p.progress()));
            row.add("achieved", p.achieved() == null ? JsonNull.INSTANCE : new JsonPrimitive(p.achieved()));
            indicators.add(row);
        }
        o.add("indicators", indicators);
        return o;
    }

    private static JsonObject totals(Economics.Totals t) {
        JsonObject row = new JsonObject();
        row.addProperty("currency", t.currency());
        row.addProperty("year", t.year());
        row.add("revenue", number(t.revenue()));
        row.add("cost", number(t.cost()));
        return row;
    }

    /** Shares by element; the element fields are null for the part attributed to none. */
    private <K extends EObject> JsonArray shares(List<Economics.Share<K>> shares) {
        JsonArray a = new JsonArray();
        for (Economics.Share<K> s : shares) {
            JsonObject row = element(s.key());
            row.addProperty("currency", s.currency());
            row.add("amount", number(s.amount()));
            a.add(row);
        }
        return a;
    }

    private JsonArray findings(List<AnalysisFinding> findings) {
        JsonArray a = new JsonArray();
        for (AnalysisFinding f : findings) {
            JsonObject o = element(f.element());
            o.addProperty("ruleId", f.ruleId());
            o.addProperty("severity", f.severity().label());
            o.addProperty("message", f.message());
            a.add(o);
        }
        return a;
    }

    private JsonObject scenario(ScenarioRun run, Comparison c) {
        JsonObject o = new JsonObject();
        o.addProperty("name", run.result().scenario().name());
        o.addProperty("file", run.file().toString());
        o.add("readiness", coverage(run.result().total()));
        JsonArray needs = new JsonArray();
        for (Comparison.NeedChange n : c.needs()) {
            JsonObject row = element(n.need());
            row.addProperty("before", n.before().id());
            row.addProperty("after", n.after() == null ? null : n.after().id());
            row.addProperty("change", n.gained() ? "gained" : n.lost() ? "lost" : "level");
            needs.add(row);
        }
        o.add("needs", needs);
        JsonArray loads = new JsonArray();
        for (Comparison.LoadChange l : c.loads()) {
            JsonObject row = new JsonObject();
            row.add("before", l.before() == null ? JsonNull.INSTANCE : loads(List.of(l.before())).get(0));
            row.add("after", l.after() == null ? JsonNull.INSTANCE : loads(List.of(l.after())).get(0));
            loads.add(row);
        }
        o.add("loads", loads);
        JsonArray money = new JsonArray();
        for (Comparison.MoneyChange m : c.money()) {
            JsonObject row = new JsonObject();
            row.addProperty("currency", m.currency());
            row.add("before", m.before() == null ? JsonNull.INSTANCE : totals(m.before()));
            row.add("after", m.after() == null ? JsonNull.INSTANCE : totals(m.after()));
            row.add("balanceDelta", number(m.balanceDelta()));
            money.add(row);
        }
        o.add("money", money);
        return o;
    }

    private static JsonElement number(BigDecimal n) {
        return n == null ? JsonNull.INSTANCE : new JsonPrimitive(n);
    }
}
