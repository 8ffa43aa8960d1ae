package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.AmountPeriod;
import org.stic.AvailabilityStatus;
import org.stic.Cluster;
import org.stic.CostItem;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.QuantityUnit;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;
import org.stic.model.edit.Language;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;
import org.stic.model.io.TextFileException;
import org.stic.model.io.TextFiles;

/** Scenario files on real files: read, written, analysed, compared; malformed ones refused with file:line:column. */
class ScenarioTest {

    @TempDir
    Path dir;

    private final Models m = new Models();
    private final Participant org = m.participant("Кластерная организация");
    private final Participant lawFirm = m.participant("Юридическая фирма");
    private final SegmentNeed registration = m.need("Регистрация");
    private final SegmentNeed testing = m.need("Испытания");
    private final ValueProposition help = m.proposition("Помощь в регистрации", registration);
    private final ValueProposition centre = m.proposition("Испытательный центр", testing);
    private final KeyResource lawyers = m.resource("Юристы", lawFirm);
    private final KeyResource lab = m.resource("Лаборатория", org);
    private final KeyAction support = m.action("Сопровождение регистрации", org, help);
    private final KeyAction trials = m.action("Испытания образцов", org, centre, lab);
    private final CostItem rent;
    private Path modelFile;
    private Resource resource;

    ScenarioTest() {
        rent = Models.F.createCostItem();
        rent.setName("Аренда лаборатории");
        rent.setAmount(new BigDecimal(1_000_000));
        rent.setPeriod(AmountPeriod.PER_YEAR);
        rent.getResources().add(lab);
        m.cluster.getInternalContour().getCostItems().add(rent);
        Models.capacity(lab, 100, QuantityUnit.SERVICES_PER_YEAR);
        Models.demand(testing, 80, QuantityUnit.SERVICES_PER_YEAR);
    }

    private Resource saved() throws IOException {
        modelFile = dir.resolve("kaluga.stic");
        resource = SticResources.create(SticResources.newResourceSet(), modelFile, m.cluster);
        SticResources.save(resource);
        return resource;
    }

    private String id(org.eclipse.emf.ecore.EObject e) {
        return resource.getURIFragment(e);
    }

    private Scenario parse(String text) throws TextFileException {
        return ScenarioFile.parse(dir.resolve("kaluga.s.stic-scenario"), text, resource, "s", Language.EN);
    }

    @Test
    void theFileBesideTheModelIsNamedAfterModelAndScenario() {
        Path model = Path.of("models", "kaluga-pharma.stic");
        Path file = ScenarioFile.fileFor(model, "partner-leaves");
        assertEquals(Path.of("models", "kaluga-pharma.partner-leaves.stic-scenario"), file);
        assertEquals("partner-leaves", ScenarioFile.nameOf(file, model));
    }

    @Test
    void everyKindOfChangeIsReadAndWrittenBackSortedWithNames() throws Exception {
        saved();
        String text = "stic-scenario 1\n"
                + "status " + id(lab) + " PLANNED 2028\n"
                + "remove " + id(lawFirm) + "   # the law firm leaves\n"
                + "add-resource " + id(support) + " " + id(lawyers) + "\n"
                + "capacity " + id(lab) + " 120 SERVICES_PER_YEAR\n"
                + "demand " + id(testing) + " 90\n"
                + "\n# a comment line\n"
                + "amount " + id(rent) + " 1500000.50\n";
        Scenario s = parse(text);
        assertEquals(List.of(new ScenarioChange.SetStatus(lab, AvailabilityStatus.PLANNED, 2028),
                new ScenarioChange.Remove(lawFirm), new ScenarioChange.AddResource(support, lawyers),
                new ScenarioChange.SetCapacity(lab, new BigDecimal(120), QuantityUnit.SERVICES_PER_YEAR),
                new ScenarioChange.SetDemand(testing, new BigDecimal(90), null),
                new ScenarioChange.SetAmount(rent, new BigDecimal("1500000.50"))), s.changes());

        Path file = ScenarioFile.fileFor(modelFile, "s");
        ScenarioFile.write(file, s, resource, Language.EN);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("# "), lines.get(0));
        assertEquals(List.of("stic-scenario 1",
                "add-resource " + id(support) + " " + id(lawyers) + "  # Сопровождение регистрации ← Юристы",
                "amount " + id(rent) + " 1500000.50  # Аренда лаборатории",
                "capacity " + id(lab) + " 120 SERVICES_PER_YEAR  # Лаборатория",
                "demand " + id(testing) + " 90  # Испытания",
                "remove " + id(lawFirm) + "  # Юридическая фирма",
                "status " + id(lab) + " PLANNED 2028  # Лаборатория"), lines.subList(1, lines.size()));
        Scenario again = ScenarioFile.read(file, resource, modelFile, Language.EN);
        assertEquals("s", again.name());
        assertEquals(s.changes().size(), again.changes().size());
        assertTrue(again.changes().containsAll(s.changes()));
    }

    @Test
    void malformedFilesNameFileLineAndColumnAndNothingElse() throws Exception {
        saved();
        Path f = dir.resolve("kaluga.s.stic-scenario");
        String lab1 = id(lab);
        assertError(f + ":1:1: " + Messages.get(Language.EN, "scenario.empty", "stic-scenario 1"),
                "# nothing\n\n");
        assertError(f + ":1:1: " + Messages.get(Language.EN, "scenario.headerMissing",
                "stic-scenario 1"), "remove " + lab1 + "\n");
        assertError(f + ":1:15: " + Messages.get(Language.EN, "scenario.version", "2", 1),
                "stic-scenario 2\n");
        assertError(f + ":2:1: " + Messages.get(Language.EN, "scenario.unknownChange", "delete"),
                "stic-scenario 1\ndelete " + lab1 + "\n");
        assertError(f + ":2:8: " + Messages.get(Language.EN, "scenario.unknownId", "_nope"),
                "stic-scenario 1\nremove _nope\n");
        assertError(f + ":3:" + (11 + lab1.length()) + ": "
                + Messages.get(Language.EN, "scenario.number", "lots"),
                "stic-scenario 1\n\ncapacity " + lab1 + " lots\n");
        assertError(f + ":2:" + (11 + lab1.length() + 4) + ": "
                + Messages.get(Language.EN, "scenario.unknownUnit", "PARSECS"),
                "stic-scenario 1\ncapacity " + lab1 + " 120 PARSECS\n");
        assertError(f + ":2:" + (9 + lab1.length()) + ": "
                + Messages.get(Language.EN, "scenario.unknownStatus", "SOON"),
                "stic-scenario 1\nstatus " + lab1 + " SOON\n");
        assertError(f + ":2:10: " + Messages.get(Language.EN, "scenario.wrongType", "Испытания",
                Messages.get(Language.EN, "scenario.type.resource")), "stic-scenario 1\ncapacity " + id(testing) + " 5\n");
        assertError(f + ":3:8: " + Messages.get(Language.EN, "scenario.duplicate", 2),
                "stic-scenario 1\nremove " + lab1 + "\nremove " + lab1 + "  # twice\n");
        assertError(f + ":2:1: " + Messages.get(Language.EN, "scenario.form", "remove ID"),
                "stic-scenario 1\nremove\n");
        assertError(f + ":2:8: " + Messages.get(Language.EN, "scenario.cannotRemove", "Сегмент"),
                "stic-scenario 1\nremove " + id(m.segment) + "\n");
        assertError(f + ":2:" + (15 + id(trials).length()) + ": "
                + Messages.get(Language.EN, "scenario.alreadySupports", "Лаборатория",
                        "Испытания образцов"), "stic-scenario 1\nadd-resource " + id(trials) + " " + lab1 + "\n");
    }

    private void assertError(String expected, String text) {
        TextFileException e = assertThrows(TextFileException.class, () -> parse(text), text);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aScenarioIsComparedWithTheBaseline() throws Exception {
        saved();
        AnalysisResult baseline = m.analyse(2026);
        assertEquals(ReadinessLevel.NOT_READY, baseline.need(registration).level());
        assertEquals(ReadinessLevel.READY, baseline.need(testing).level());

        Scenario s = parse("stic-scenario 1\n"
                + "add-resource " + id(support) + " " + id(lawyers) + "\n"
                + "demand " + id(testing) + " 130\n"
                + "amount " + id(rent) + " 1200000\n");
        AnalysisResult under = baseline.under(s);
        Comparison c = Comparison.of(baseline, under);
        assertEquals(List.of(registration), c.gained());
        assertEquals(List.of(testing), c.lost());
        assertEquals(List.of(new Reason(List.of(centre, trials, lab), Cause.OVER_LOADED,
                List.of(new BigDecimal(130), new BigDecimal(100), QuantityUnit.SERVICES_PER_YEAR))),
                under.need(testing).reasons());
        assertEquals("Испытательный центр ← Испытания образцов ← Лаборатория: over-loaded: 130 routed against a"
                + " capacity of 100 services/year", under.need(testing).reasons().get(0).text(Language.EN));
        assertEquals(1, c.money().size());
        assertEquals(0, new BigDecimal(-200_000).compareTo(c.money().get(0).balanceDelta()));
        assertEquals(1, c.loads().size());
        assertEquals(new BigDecimal(130), c.loads().get(0).after().load());

        // the model itself is untouched, and a fresh analysis under the scenario agrees
        assertEquals(List.of(), support.getSupportingResources());
        AnalysisResult fresh = Analysis.of(m.cluster, new AnalysisOptions(2026), s);
        assertEquals(under.needs().stream().map(NeedReadiness::level).toList(),
                fresh.needs().stream().map(NeedReadiness::level).toList());
    }

    @Test
    void removingAProviderOrANeed() throws Exception {
        saved();
        AnalysisResult baseline = m.analyse(2026);
        AnalysisResult noLab = baseline.under(new Scenario("x", List.of(new ScenarioChange.Remove(org))));
        assertEquals(List.of(testing), Comparison.of(baseline, noLab).lost());
        // the organisation was the lab's provider and the action's performer: both paths end at it
        assertEquals(List.of(new Reason(List.of(centre, trials, lab, org), Cause.REMOVED, List.of()),
                new Reason(List.of(centre, trials, org), Cause.REMOVED, List.of())), noLab.need(testing).reasons());

        AnalysisResult noNeed = baseline.under(new Scenario("x", List.of(new ScenarioChange.Remove(testing))));
        assertEquals(1, noNeed.needs().size());
        assertTrue(noNeed.loads().stream().allMatch(l -> l.load() == null), noNeed.loads().toString());
    }

    @Test
    void aScenarioOfAModelLoadedFromItsFile() throws IOException, ModelLoadException, TextFileException {
        saved();
        Path scenario = ScenarioFile.fileFor(modelFile, "law-firm-leaves");
        Files.writeString(scenario, "stic-scenario 1\nremove " + id(lawFirm) + "\n", StandardCharsets.UTF_8);
        Resource loaded = SticResources.loadResource(SticResources.newResourceSet(), modelFile);
        Scenario s = ScenarioFile.read(scenario, loaded, modelFile, Language.EN);
        assertEquals("law-firm-leaves", s.name());
        Cluster c = (Cluster) loaded.getContents().get(0);
        assertEquals("Юридическая фирма", ((Participant) ((ScenarioChange.Remove) s.changes().get(0)).element())
                .getName());
        assertEquals(c, s.changes().get(0).element().eContainer());
    }

    @Test
    void aScenarioFileTooLargeToReadIsCalledSoInTheRunsLanguage() throws IOException, ModelLoadException {
        saved();
        Path scenario = ScenarioFile.fileFor(modelFile, "huge");
        Files.write(scenario, new byte[(int) TextFiles.SETTINGS_LIMIT + 1]);
        Resource loaded = SticResources.loadResource(SticResources.newResourceSet(), modelFile);
        IOException ru = assertThrows(IOException.class, () -> ScenarioFile.read(scenario, loaded, modelFile,
                Language.RU));
        assertTrue(ru.getMessage().contains("файл сценария"), ru.getMessage());
        IOException en = assertThrows(IOException.class, () -> ScenarioFile.read(scenario, loaded, modelFile,
                Language.EN));
        assertTrue(en.getMessage().contains("a scenario file"), en.getMessage());
    }
}
