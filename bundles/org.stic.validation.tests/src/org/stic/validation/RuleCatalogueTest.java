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
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;

class RuleCatalogueTest {

    @Test
    void builtInCatalogueLoadsEveryRuleWithoutProblem() {
        RuleCatalogue c = RuleCatalogue.builtIn();
        assertEquals(List.of(), c.problems());
        assertEquals(31, c.rules().size());
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

    @Test
    void readmeTableIsTheCatalogue() throws IOException {
        Path readme = Path.of("../../README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        assertTrue(text.contains(RuleCatalogue.builtIn().markdownTable()),
                "README.md's 'Validation rules' table differs from the catalogue; replace it with:\n"
                        + RuleCatalogue.builtIn().markdownTable());
    }
}
