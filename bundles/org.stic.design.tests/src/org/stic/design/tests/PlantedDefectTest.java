package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.stic.SticPackage;
import org.stic.design.Activator;

/**
 * Copies of the shipped design, each with one planted defect, must fail the check meant to catch it, and say what is
 * wrong. This is what keeps the structural checks from passing vacuously.
 */
class PlantedDefectTest {

    @TempDir
    Path folder;

    /** One defect: replace the first {@code original} with {@code broken}; {@code check} must report {@code evidence}. */
    private record Defect(String name, String original, String broken, Function<DesignChecks, List<String>> check,
            String evidence) {
    }

    private static final List<Defect> DEFECTS = List.of(
            new Defect("misspelt feature", "semanticCandidatesExpression=\"feature:keyResources\"",
                    "semanticCandidatesExpression=\"feature:keyResource\"", DesignChecks::expressionProblems,
                    "'keyResource' does not exist on stic::InternalContour"),
            new Defect("misspelt feature in a chained navigation", "aql:self.segments.needs", "aql:self.segments.need",
                    DesignChecks::expressionProblems, "'need' does not exist on stic::Segment"),
            new Defect("misspelt feature a tool sets", "featureName=\"supportingResources\"",
                    "featureName=\"supportingResource\"", DesignChecks::expressionProblems,
                    "'supportingResource' does not exist on stic::KeyAction"),
            new Defect("unknown class", "domainClass=\"stic.Segment\"", "domainClass=\"stic.Segmnt\"",
                    DesignChecks::domainClassProblems, "'stic.Segmnt' does not name a classifier of stic"),
            new Defect("dangling reference to a mapping", "[name='KeyResourceNode']\" targetMapping",
                    "[name='KeyResourceNod']\" targetMapping", DesignChecks::loadProblems,
                    "Unresolved reference"),
            new Defect("dangling reference to a colour", "[name='node-border']", "[name='node-bordr']",
                    DesignChecks::loadProblems, "Unresolved reference"),
            new Defect("misspelt image path", "images/KeyAction.svg", "images/KeyActon.svg",
                    checks -> checks.imagePathProblems(Activator.PLUGIN_ID, path -> DesignFiles.designBundle().getEntry(path) != null),
                    "KeyActon.svg is not in the built bundle"),
            new Defect("tool creating a type its container cannot hold",
                    "typeName=\"stic.KeyResource\" referenceName=\"keyResources\"",
                    "typeName=\"stic.KeyAction\" referenceName=\"keyResources\"", DesignChecks::toolProblems,
                    "creates no KeyResource"),
            new Defect("edge tool setting another reference than its edge draws",
                    "featureName=\"supportingResources\" valueExpression=\"var:source\"",
                    "featureName=\"performers\" valueExpression=\"var:source\"", DesignChecks::toolProblems,
                    "does not create the link"),
            new Defect("OCL expression (no longer accepted by Sirius 7.5+)", "predicateExpression=\"aql:self.supportingResources",
                    "predicateExpression=\"ocl:self.supportingResources", DesignChecks::expressionProblems,
                    "is not an AQL expression"));

    @TestFactory
    Stream<DynamicTest> eachPlantedDefectFailsItsCheck() throws IOException {
        SiriusMetamodels sirius = SiriusMetamodels.fromSystemProperty();
        String shipped = DesignFiles.shippedText();
        return DEFECTS.stream().map(defect -> DynamicTest.dynamicTest(defect.name(), () -> {
            assertTrue(shipped.contains(defect.original()), "the shipped design no longer contains " + defect.original());
            Path copy = Files.createDirectories(folder.resolve(defect.name().replace(' ', '-')));
            Resource broken = DesignFiles.load(sirius, copy, replaceFirst(shipped, defect.original(), defect.broken()));
            List<String> problems = defect.check().apply(new DesignChecks(broken, SticPackage.eINSTANCE));
            assertTrue(problems.stream().anyMatch(p -> p.contains(defect.evidence())),
                    defect.name() + ": expected a problem containing \"" + defect.evidence() + "\", got " + problems);
        }));
    }

    private static String replaceFirst(String text, String original, String broken) {
        int at = text.indexOf(original);
        return text.substring(0, at) + broken + text.substring(at + original.length());
    }
}
