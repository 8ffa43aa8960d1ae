package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;

/** User rules from Complete OCL documents, checked beside the built-in catalogue. */
class OclDocumentRulesTest {

    private static final String DESCRIBED = """
            package stic
            context KeyAction
            -- @rule USR-001 severity=error message="{label} has no description" title="A key action is described."
            inv described: not self.description.oclIsUndefined()

            context Segment
            inv shortName: self.name.size() < 40
            endpackage
            """;

    private static EPackage.Registry registry() {
        EPackage.Registry r = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        r.put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        return r;
    }

    private static RuleCatalogue withDocuments(String... nameAndText) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            documents.put(nameAndText[i], nameAndText[i + 1]);
        }
        return RuleCatalogue.builtIn().withOclDocuments(registry(), documents);
    }

    private static List<String> findings(RuleCatalogue catalogue, CleanCluster m) {
        return new SticValidator(catalogue).validate(m.cluster).stream()
                .map(f -> f.ruleId() + " " + f.severity().label() + " " + f.message()).sorted()
                .collect(Collectors.toList());
    }

    @Test
    void userRulesRunBesideTheBuiltInOnesWithTheirIdSeverityAndMessage() {
        RuleCatalogue catalogue = withDocuments("rules/methodology.ocl", DESCRIBED);
        assertEquals(List.of(), catalogue.problems());
        assertEquals(RuleCatalogue.builtIn().rules().size() + 2, catalogue.rules().size());
        Rule described = catalogue.rule("USR-001").orElseThrow();
        assertEquals(Severity.ERROR, described.defaultSeverity());
        assertEquals(RuleCategory.INTERNAL_CONTOUR, described.category());
        assertEquals("not self.description.oclIsUndefined()", described.ocl());
        assertEquals("A key action is described.", catalogue.title(described));

        CleanCluster m = new CleanCluster();
        m.action.setDescription("Tests prototypes for the SMEs");
        assertEquals(List.of(), findings(catalogue, m));
        m.action.setDescription(null);
        m.action.getSupportingResources().clear();
        List<String> expected = new ArrayList<>(findings(RuleCatalogue.builtIn(), m));
        assertTrue(expected.stream().anyMatch(f -> f.startsWith("INT-001 ")), expected.toString());
        expected.add("USR-001 error Key action 'Prototype testing' has no description");
        Collections.sort(expected);
        assertEquals(expected, findings(catalogue, m));
    }

    @Test
    void anImportIsReportedAsIgnoredAndTheRulesStillRun() {
        String importing = "  import 'http://example.org/other.ecore'\n" + DESCRIBED;
        RuleCatalogue catalogue = withDocuments("rules/importing.ocl", importing);
        assertEquals(List.of("rules/importing.ocl:1:3: 'import' is not supported and is ignored: rules see the STIC"
                + " metamodel and the extensions declared in stic-project.json"),
                catalogue.problems().stream().map(Object::toString).toList());
        assertTrue(catalogue.isLoaded("USR-001"));
        assertTrue(catalogue.isLoaded("Segment.shortName"));
    }

    @Test
    void anInvariantWithoutCommentGetsDefaultIdSeverityAndMessage() {
        RuleCatalogue catalogue = withDocuments("rules/methodology.ocl", DESCRIBED);
        Rule shortName = catalogue.rule("Segment.shortName").orElseThrow();
        assertEquals(Severity.WARNING, shortName.defaultSeverity());
        assertEquals(RuleCategory.EXTERNAL_CONTOUR, shortName.category());
        CleanCluster m = new CleanCluster();
        m.action.setDescription("described");
        m.segment.setName("Pharmaceutical manufacturers of the Central Federal District");
        assertEquals(List.of("Segment.shortName warning Segment '" + m.segment.getName()
                + "' violates the rule 'shortName'."), findings(catalogue, m));
    }

    @Test
    void settingsSwitchUserRulesOffLikeBuiltInOnes() {
        RuleCatalogue catalogue = withDocuments("rules/methodology.ocl", DESCRIBED);
        CleanCluster m = new CleanCluster();
        RuleSettings settings = RuleSettings.defaults().disable("USR-001");
        assertEquals(List.of(), new SticValidator(catalogue).validate(m.cluster, settings));
        assertEquals(List.of(), settings.problems(catalogue));
    }

    @Test
    void aBrokenDocumentIsReportedWithFileLineAndColumnAndTheRestStillRuns() {
        String broken = """
                package stic
                context KeyAction
                  inv supported: self.supportingResources->notEmty()
                endpackage
                """;
        RuleCatalogue catalogue = withDocuments("rules/broken.ocl", broken, "rules/methodology.ocl", DESCRIBED);
        assertEquals(List.of("rules/broken.ocl:3:18: Cannot find operation (notEmty()) for the type"
                + " (OrderedSet(KeyResource)); the rules of this file are not checked"),
                catalogue.problems().stream().map(Object::toString).toList());
        assertTrue(catalogue.isLoaded("USR-001"));
        assertTrue(catalogue.isLoaded("INT-001"));
        CleanCluster m = new CleanCluster();
        m.action.getSupportingResources().clear();
        List<String> expected = new ArrayList<>(findings(RuleCatalogue.builtIn(), m));
        expected.add("USR-001 error Key action 'Prototype testing' has no description");
        Collections.sort(expected);
        assertEquals(expected, findings(catalogue, m));
    }

    @Test
    void oneBrokenInvariantCostsOnlyItselfAndIsReportedWhereItIs() {
        String document = """
                package stic
                context KeyAction
                -- @rule USR-001 severity=error message="{label} has no description"
                inv described: not self.description.oclIsUndefined()

                context KeyAction
                -- @rule USR-002 severity=warning
                inv broken: self.supportingResources->size( > 0

                context Segment
                inv shortName: self.name.size() < 40
                endpackage
                """;
        RuleCatalogue catalogue = withDocuments("rules/mixed.ocl", document);
        assertEquals(1, catalogue.problems().size(), catalogue.problems().toString());
        String problem = catalogue.problems().get(0).toString();
        assertTrue(problem.startsWith("rules/mixed.ocl:8:"), problem);
        assertTrue(problem.endsWith("; that rule is not checked, the others are"), problem);
        assertTrue(catalogue.isLoaded("USR-001"));
        assertTrue(catalogue.isLoaded("Segment.shortName"));
        assertFalse(catalogue.rule("USR-002").isPresent());
        CleanCluster m = new CleanCluster();
        assertEquals(List.of("USR-001 error Key action 'Prototype testing' has no description"), findings(catalogue, m),
                "the invariants before and after the broken one run");
    }

    /** A document of {@code count} invariants on KeyAction, the one numbered {@code broken} with a syntax error. */
    private static String manyInvariants(int count, int broken) {
        StringBuilder d = new StringBuilder("package stic\ncontext KeyAction\n");
        for (int i = 0; i < count; i++) {
            d.append(i == broken ? "inv r" + i + ": self.name.size( > " + i + "\n" : "inv r" + i + ": self.name.size() > -" + i + "\n");
        }
        return d.append("endpackage\n").toString();
    }

    @Test
    void aBrokenInvariantFarDownIsPlacedAtItsLineAndTheOthersStillRun() {
        RuleCatalogue catalogue = withDocuments("many.ocl", manyInvariants(600, 555));
        assertEquals(1, catalogue.problems().size(), catalogue.problems().toString());
        String problem = catalogue.problems().get(0).toString();
        // line 1 package, line 2 context, invariant i on line i + 3; the error is at the stray '>'
        assertTrue(problem.startsWith("many.ocl:558:"), problem);
        assertTrue(catalogue.isLoaded("KeyAction.r554") && catalogue.isLoaded("KeyAction.r556"));
        assertFalse(catalogue.rule("KeyAction.r555").isPresent());
    }

    @Test
    void aBrokenDocumentWithTooManyInvariantsToParseOneByOneIsReportedOnce() {
        RuleCatalogue catalogue = withDocuments("huge.ocl", manyInvariants(OclDocumentRules.MAX_SINGLE_PARSES + 1, 7));
        assertEquals(1, catalogue.problems().size(), catalogue.problems().toString());
        String problem = catalogue.problems().get(0).toString();
        assertTrue(problem.startsWith("huge.ocl:10:"), problem);
        assertTrue(problem.endsWith("; the file has more than 1000 invariants to check one by one, so none of its rules"
                + " are checked"), problem);
        assertFalse(catalogue.rule("KeyAction.r0").isPresent());
    }

    @Test
    void aSyntaxErrorAndAnUnknownClassAreReportedWhereTheyAre() {
        RuleCatalogue syntax = withDocuments("a.ocl", "package stic\ncontext KeyAction\ninv a: self.name.size( > 1\nendpackage\n");
        assertEquals(1, syntax.problems().size());
        assertTrue(syntax.problems().get(0).toString().startsWith("a.ocl:3:"), syntax.problems().toString());
        RuleCatalogue unknown = withDocuments("b.ocl", "package stic\n\ncontext KeyActon\ninv a: true\nendpackage\n");
        assertEquals("b.ocl:3:1: Unrecognized context: (KeyActon); the rules of this file are not checked",
                unknown.problems().get(0).toString());
    }

    @Test
    void idsTakenOrBadMetadataLeaveTheRuleOutWithAProblem() {
        String clash = """
                package stic
                context KeyAction
                -- @rule INT-001 severity=warning
                inv mine: true
                context KeyAction
                -- @rule USR-9 severity=fatal
                inv other: true
                endpackage
                """;
        RuleCatalogue catalogue = withDocuments("c.ocl", clash);
        List<String> problems = catalogue.problems().stream().map(Object::toString).toList();
        assertEquals(List.of("c.ocl:6:1: rule USR-9: unknown severity 'fatal' (error, warning or info); the rule"
                + " is not checked", "c.ocl:3:1: rule INT-001: the id is already used by another rule; this one is not"
                + " checked"), problems);
        assertEquals(Severity.ERROR, catalogue.rule("INT-001").orElseThrow().defaultSeverity());
        assertFalse(catalogue.isLoaded("USR-9"));
    }

    /** What the rule editor uses: the reading problems alone, and the @rule comments as the catalogue reads them. */
    @Test
    void anEditorGetsTheReadingProblemsAndTheRuleCommentsApart() {
        String broken = DESCRIBED.replace("self.name.size() < 40", "self.name.size() < )")
                .replace("severity=error", "severity=fatal colour=\"red\"");
        List<RuleCatalogue.Problem> problems = RuleCatalogue.oclDocumentProblems(registry(), "r.ocl", broken);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(7, problems.get(0).line(), "the broken invariant's line");
        assertTrue(RuleCatalogue.oclDocumentProblems(registry(), "r.ocl", DESCRIBED.replace("severity=error",
                "severity=fatal")).isEmpty(), "metadata problems are left to the caller");
        List<RuleCatalogue.RuleComment> comments = RuleCatalogue.ruleComments(broken);
        assertEquals(1, comments.size());
        RuleCatalogue.RuleComment c = comments.get(0);
        assertEquals(3, c.line());
        assertEquals("USR-001", c.id());
        assertEquals(10, c.idColumn());
        assertEquals(List.of("severity", "colour", "message", "title"),
                c.entries().stream().map(RuleCatalogue.RuleComment.Entry::key).toList());
        assertEquals("fatal", c.entries().get(0).value());
        assertEquals("red", c.entries().get(1).value());
        assertEquals(broken.lines().toList().get(2).indexOf("severity") + 1, c.entries().get(0).column());
        assertTrue(RuleCatalogue.ruleCommentKeys().containsAll(List.of("severity", "message", "title", "category",
                "rationale")));
    }
}
