package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.stic.AvailabilityStatus;
import org.stic.SticPackage;
import org.stic.model.edit.Language;

class RuleCatalogueTest {

    @Test
    void builtInCatalogueLoadsEveryRuleWithoutProblem() {
        RuleCatalogue c = RuleCatalogue.builtIn();
        assertEquals(List.of(), c.problems());
        assertEquals(42, c.rules().size());
        for (Rule r : c.rules()) {
            assertTrue(c.isLoaded(r.id()), r.id());
            assertTrue(r.id().matches("(INT|EXT|NET|RDY|ITG)-\\d{3}"), r.id());
            assertFalse(c.title(r).isBlank());
            assertTrue(r.messageTemplate().contains("{label}"), r.id() + " names the element");
            EClass context = (EClass) SticPackage.eINSTANCE.getEClassifier(r.contextClass());
            assertEquals(EcoreUtil.getAnnotation(context, RuleCatalogue.OCL_ANNOTATION, r.oclName()), r.ocl());
        }
    }

    @Test
    void constraintNamesAreUniqueSoThatEmfMessagesMapToOneRule() {
        Set<String> names = new HashSet<>();
        for (Rule r : RuleCatalogue.builtIn().rules()) {
            assertTrue(names.add(r.oclName()), r.oclName());
        }
    }

    @Test
    void brokenExpressionsAreReportedWithIdAndPositionAndTheOtherRulesRun() throws IOException {
        RuleCatalogue c;
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/models/broken-catalogue.json")) {
            c = RuleCatalogue.load(SticPackage.eINSTANCE, "broken-catalogue.json",
                    new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> problems = c.problems().stream().map(Object::toString).collect(Collectors.toList());
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("broken-catalogue.json: rule BAD-001, OCL 1:1: invariant: Cannot find"
                + " operation (notEmty())"), problems.get(0));
        assertTrue(problems.get(1).startsWith("broken-catalogue.json: rule BAD-002, OCL 2:"), problems.get(1));
        assertEquals("broken-catalogue.json: rule BAD-003: no class 'Nonexistent' in " + SticPackage.eNS_URI,
                problems.get(2));
        assertEquals(List.of("OWN-001", "OWN-002"), c.rules().stream().map(Rule::id).filter(c::isLoaded)
                .collect(Collectors.toList()));

        CleanCluster m = new CleanCluster();
        m.action.getSupportingResources().clear();
        m.sme.setLocation("Obninsk");
        m.university.setLocation("Kaluga");
        List<String> findings = new SticValidator(c).validate(m.cluster).stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.message()).collect(Collectors.toList());
        assertEquals(List.of("OWN-002 INFO Participant 'Kaluga cluster development centre' has no location.",
                "OWN-001 ERROR Key action 'Prototype testing' has no supporting key resource."), findings);
    }

    @Test
    void malformedJsonIsOneProblemNotACrash() {
        RuleCatalogue c = RuleCatalogue.load(SticPackage.eINSTANCE, "x.json", new StringReader("{\"rules\": [ {"));
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).toString().startsWith("x.json: not valid JSON"), c.problems().toString());
        assertEquals(List.of(), new SticValidator(c).validate(new CleanCluster().cluster));
    }

    /** INT-012 is INT-011 on key actions: one category, severity, message and rationale, the same invariant. */
    @Test
    void aPlannedActionWithoutYearIsTheRuleOfAPlannedResourceWithoutYear() {
        RuleCatalogue c = RuleCatalogue.builtIn();
        Rule resource = c.rule("INT-011").orElseThrow();
        Rule action = c.rule("INT-012").orElseThrow();
        assertEquals(Optional.of(resource), c.sameAs(action));
        assertEquals(Optional.empty(), c.sameAs(resource));
        assertEquals(List.of("KeyResource", "KeyAction"), List.of(resource.contextClass(), action.contextClass()));
        assertEquals(List.of("plannedResourceHasYear", "plannedActionHasYear"),
                List.of(resource.oclName(), action.oclName()));
        assertEquals("status = AvailabilityStatus::PLANNED implies not availableFrom.oclIsUndefined()", action.ocl());
        assertEquals(resource.ocl(), action.ocl());
        assertEquals(resource.category(), action.category());
        assertEquals(resource.defaultSeverity(), action.defaultSeverity());
        assertEquals(resource.messageTemplate(), action.messageTemplate());
        assertEquals(resource.rationale(), action.rationale());
        assertEquals("A planned key action says from which year it is available.", c.title(action));
        // Russian: the action's own title and message (its grammatical gender), the resource rule's rationale
        assertEquals("Для планируемого ключевого действия указан год, с которого оно доступно.",
                c.title(action, Language.RU));
        assertTrue(c.messageTemplate(action, Language.RU).contains("с которого оно доступно"));
        assertEquals(c.rationale(resource, Language.RU), c.rationale(action, Language.RU));
        assertTrue(c.rationale(action, Language.RU).startsWith("План без срока"));
    }

    @Test
    void aSameAsEntryNamesAnEarlierRuleAndReadsAsIt() {
        String json = """
                {"rules": [
                  {"id": "OWN-001", "category": "internal_contour", "severity": "error", "context": "KeyResource",
                   "constraint": "plannedResourceHasYear", "title": "Planned resources have a year.",
                   "message": "{label}: planned, no year.", "rationale": "Plans need dates."},
                  {"id": "OWN-002", "sameAs": "OWN-001", "context": "KeyAction", "constraint": "plannedActionHasYear",
                   "title": "Planned actions have a year."},
                  {"id": "OWN-003", "sameAs": "OWN-001", "context": "KeyAction",
                   "constraint": "availableOnlyWithAvailableResources", "title": "Not the same invariant."},
                  {"id": "OWN-004", "sameAs": "OWN-005", "context": "KeyAction", "constraint": "plannedActionHasYear",
                   "title": "Names a later rule."},
                  {"id": "OWN-005", "sameAs": "OWN-005", "context": "KeyAction", "constraint": "plannedActionHasYear",
                   "title": "Names itself."}
                ]}
                """;
        RuleCatalogue c = RuleCatalogue.load(SticPackage.eINSTANCE, "same.json", new StringReader(json));
        assertEquals(List.of(
                "same.json: rule OWN-003: its invariant on KeyAction does not read as that of OWN-001, which it is the"
                        + " same as",
                "same.json: rule OWN-004: \"sameAs\": no rule 'OWN-005' before this entry",
                "same.json: rule OWN-005: \"sameAs\": no rule 'OWN-005' before this entry"),
                c.problems().stream().map(Object::toString).toList());
        assertEquals(List.of("OWN-001", "OWN-002"), c.rules().stream().map(Rule::id).filter(c::isLoaded).toList());
        Rule own2 = c.rule("OWN-002").orElseThrow();
        assertEquals(Severity.ERROR, own2.defaultSeverity());
        assertEquals("Planned actions have a year.", c.title(own2));

        CleanCluster m = new CleanCluster();
        m.action.setStatus(AvailabilityStatus.PLANNED);
        assertEquals(List.of("OWN-002 ERROR Key action 'Prototype testing': planned, no year."),
                new SticValidator(c).validate(m.cluster).stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " " + f.message()).toList());
    }

    @Test
    void readmeTableIsTheCatalogue() throws IOException {
        Path readme = Path.of("../../README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        assertTrue(text.contains(RuleCatalogue.builtIn().markdownTable()),
                "README.md's 'Validation rules' table differs from the catalogue; replace it with:\n"
                        + RuleCatalogue.builtIn().markdownTable());
    }
}
