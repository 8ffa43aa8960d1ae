package org.stic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.RevenueStream;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.SticFactory;
import org.stic.ValueProposition;
import org.stic.cli.CliRun.Result;
import org.stic.model.io.SticResources;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code stic analyze}: exit codes, the JSON schema, scenarios and output files, on real files. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private Path model;
    private Resource resource;
    private Participant org;
    private KeyAction support;
    private KeyResource lawyers;

    /**
     * Two needs: "Испытания" ready (laboratory provided by the organisation), "Регистрация" not ready (its action has
     * no supporting resource); 1 000 000 RUB a year of membership fees.
     */
    @BeforeEach
    void model() throws IOException {
        SticFactory f = SticFactory.eINSTANCE;
        Cluster c = f.createCluster();
        c.setName("Калужский фармкластер");
        c.setExternalContour(f.createExternalContour());
        c.setInternalContour(f.createInternalContour());
        org = f.createParticipant();
        org.setName("Кластерная организация");
        c.getParticipants().add(org);
        Segment segment = f.createSegment();
        segment.setName("Малые фармкомпании");
        c.getExternalContour().getSegments().add(segment);
        SegmentNeed testing = need(f, segment, "Испытания");
        SegmentNeed registration = need(f, segment, "Регистрация");
        KeyResource lab = resource(f, c, "Лаборатория");
        lawyers = resource(f, c, "Юристы");
        action(f, c, "Испытания образцов", vp(f, c, "Испытательный центр", testing), lab);
        support = action(f, c, "Сопровождение регистрации", vp(f, c, "Помощь в регистрации", registration));
        RevenueStream fees = f.createRevenueStream();
        fees.setName("Членские взносы");
        fees.setAmount(new BigDecimal(1_000_000));
        fees.setPeriod(AmountPeriod.PER_YEAR);
        fees.getPayers().add(org);
        c.getExternalContour().getRevenueStreams().add(fees);
        model = dir.resolve("kaluga.stic");
        resource = SticResources.create(SticResources.newResourceSet(), model, c);
        SticResources.save(resource);
    }

    private static SegmentNeed need(SticFactory f, Segment s, String name) {
        SegmentNeed n = f.createSegmentNeed();
        n.setName(name);
        s.getNeeds().add(n);
        return n;
    }

    private static ValueProposition vp(SticFactory f, Cluster c, String name, SegmentNeed need) {
        ValueProposition vp = f.createValueProposition();
        vp.setName(name);
        vp.getNeeds().add(need);
        c.getExternalContour().getValuePropositions().add(vp);
        return vp;
    }

    private KeyResource resource(SticFactory f, Cluster c, String name) {
        KeyResource r = f.createKeyResource();
        r.setName(name);
        r.setStatus(AvailabilityStatus.AVAILABLE);
        r.getProviders().add(org);
        c.getInternalContour().getKeyResources().add(r);
        return r;
    }

    private KeyAction action(SticFactory f, Cluster c, String name, ValueProposition vp, KeyResource... resources) {
        KeyAction a = f.createKeyAction();
        a.setName(name);
        a.setStatus(AvailabilityStatus.AVAILABLE);
        a.getPerformers().add(org);
        a.getValuePropositions().add(vp);
        a.getSupportingResources().addAll(List.of(resources));
        c.getInternalContour().getKeyActions().add(a);
        return a;
    }

    private static JsonObject json(Result r) {
        assertEquals(0, r.exitCode(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void jsonFollowsTheSchema() {
        JsonObject o = json(CliRun.stic("analyze", model.toString(), "--year", "2026", "--format", "json"));
        assertEquals("stic-analysis/1", o.get("schema").getAsString());
        assertEquals(2026, o.get("year").getAsInt());
        JsonObject readiness = o.getAsJsonObject("readiness");
        assertEquals(2, readiness.get("needs").getAsInt());
        assertEquals(1, readiness.get("ready").getAsInt());
        assertEquals(50, readiness.get("readyPercent").getAsInt());
        JsonArray needs = o.getAsJsonArray("needs");
        JsonObject registration = needs.get(1).getAsJsonObject();
        assertEquals("Регистрация", registration.get("name").getAsString());
        assertEquals("not-ready", registration.get("level").getAsString());
        JsonObject reason = registration.getAsJsonArray("reasons").get(0).getAsJsonObject();
        assertEquals("no-supporting-resource", reason.get("cause").getAsString());
        JsonArray path = reason.getAsJsonArray("path");
        assertEquals(resource.getURIFragment(support), path.get(1).getAsJsonObject().get("id").getAsString());
        assertEquals("KeyAction", path.get(1).getAsJsonObject().get("type").getAsString());
        assertTrue(reason.get("text").getAsString().startsWith("Помощь в регистрации ← Сопровождение регистрации: "));
        JsonObject rub = o.getAsJsonObject("economics").getAsJsonArray("totals").get(0).getAsJsonObject();
        assertEquals("RUB", rub.get("currency").getAsString());
        assertEquals(0, new BigDecimal(1_000_000).compareTo(rub.get("revenue").getAsBigDecimal()));
        assertTrue(rub.get("coveragePercent").isJsonNull(), "no cost: coverage undefined");
        assertEquals("ANA-003", o.getAsJsonArray("findings").get(0).getAsJsonObject().get("ruleId").getAsString());
        assertEquals(0, o.getAsJsonArray("scenarios").size());
    }

    @Test
    void failBelowExitsOneUnderTheThresholdAndZeroAtIt() {
        Result below = CliRun.stic("analyze", model.toString(), "--year", "2026", "--fail-below", "60");
        assertEquals(AnalyzeCommand.EXIT_BELOW_THRESHOLD, below.exitCode(), below.err());
        assertTrue(below.err().contains("60") && below.err().contains("50"), below.err());
        assertFalse(below.out().isEmpty(), "the analysis is still printed");
        assertEquals(0, CliRun.stic("analyze", model.toString(), "--year", "2026", "--fail-below", "50").exitCode());
        assertEquals(Cli.EXIT_USAGE, CliRun.stic("analyze", model.toString(), "--fail-below", "101").exitCode());
    }

    @Test
    void unreadableModelOrScenarioExitsTwoAndPrintsNothing() throws IOException {
        Result missing = CliRun.stic("analyze", dir.resolve("none.stic").toString());
        assertEquals(Cli.EXIT_USAGE, missing.exitCode());
        assertTrue(missing.err().contains(dir.resolve("none.stic") + ":0:0: "), missing.err());
        assertEquals("", missing.out());

        Path scenario = dir.resolve("kaluga.bad.stic-scenario");
        Files.writeString(scenario, "stic-scenario 1\nremove _nowhere\n", StandardCharsets.UTF_8);
        Result bad = CliRun.stic("analyze", model.toString(), "--scenario", scenario.toString(), "-o",
                dir.resolve("out.json").toString(), "--format", "json");
        assertEquals(Cli.EXIT_USAGE, bad.exitCode());
        assertTrue(bad.err().contains(scenario + ":2:8: "), bad.err());
        assertFalse(Files.exists(dir.resolve("out.json")), "nothing written");
    }

    @Test
    void aScenarioIsComparedWithTheBaseline() throws IOException {
        Path scenario = dir.resolve("kaluga.lawyers.stic-scenario");
        Files.writeString(scenario, "stic-scenario 1\nadd-resource " + resource.getURIFragment(support) + " "
                + resource.getURIFragment(lawyers) + "\n", StandardCharsets.UTF_8);
        JsonObject o = json(CliRun.stic("analyze", model.toString(), "--year", "2026", "--format", "json",
                "--scenario", scenario.toString()));
        JsonObject s = o.getAsJsonArray("scenarios").get(0).getAsJsonObject();
        assertEquals("lawyers", s.get("name").getAsString());
        assertEquals(100, s.getAsJsonObject("readiness").get("readyPercent").getAsInt());
        JsonObject change = s.getAsJsonArray("needs").get(0).getAsJsonObject();
        assertEquals("Регистрация", change.get("name").getAsString());
        assertEquals("gained", change.get("change").getAsString());

        Result text = CliRun.stic("analyze", model.toString(), "--year", "2026", "--scenario", scenario.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Помощь в регистрации ← Сопровождение регистрации: "), text.out());
        assertTrue(text.out().contains("lawyers"), text.out());
    }

    @Test
    void outputFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path out = dir.resolve("analysis.html");
        Result r = CliRun.stic("analyze", model.toString(), "--year", "2026", "--format", "html", "-o",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Калужский фармкластер") && html.contains("Сопровождение регистрации"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("analysis.html", "kaluga.stic"), files.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary file left");
        }

        Result failed = CliRun.stic("analyze", model.toString(), "-o", dir.resolve("no/such/dir/a.json").toString());
        assertEquals(Cli.EXIT_FAILURE, failed.exitCode());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void theReportComparesEachScenario() throws IOException {
        Path scenario = dir.resolve("kaluga.lawyers.stic-scenario");
        Files.writeString(scenario, "stic-scenario 1\nadd-resource " + resource.getURIFragment(support) + " "
                + resource.getURIFragment(lawyers) + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("report");
        Result r = CliRun.stic("report", model.toString(), "-o", out.toString(), "--scenario", scenario.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"scenario-1\""), "a section for the scenario");
        assertTrue(html.contains("lawyers") && html.contains("Регистрация"), "names the scenario and the need it gains");

        Files.writeString(scenario, "stic-scenario 1\nstatus " + resource.getURIFragment(lawyers) + " LATER\n",
                StandardCharsets.UTF_8);
        Path other = dir.resolve("other");
        Result bad = CliRun.stic("report", model.toString(), "-o", other.toString(), "--scenario", scenario.toString());
        assertEquals(Cli.EXIT_USAGE, bad.exitCode());
        assertTrue(bad.err().contains(scenario + ":2:"), bad.err());
        assertFalse(Files.exists(other), "nothing written");
    }

    @Test
    void inRussian() {
        Result r = CliRun.stic("analyze", model.toString(), "--year", "2026", "--lang", "ru");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Готовность: обеспечены 1 из 2 потребностей (50 %)"), r.out());
        assertTrue(r.out().contains("Помощь в регистрации ← Сопровождение регистрации: нет обеспечивающего ресурса"),
                r.out());
        JsonObject o = json(CliRun.stic("analyze", model.toString(), "--year", "2026", "--format", "json", "--lang",
                "ru"));
        assertEquals("ru", o.get("language").getAsString());
        assertEquals("not-ready", o.getAsJsonArray("needs").get(1).getAsJsonObject().get("level").getAsString(),
                "ids stay language-neutral");
    }
}
