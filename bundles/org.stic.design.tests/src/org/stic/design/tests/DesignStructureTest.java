package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.SticPackage;
import org.stic.design.Activator;

/** The shipped stic.odesign against Sirius's metamodels and the STIC metamodel: every structural check passes. */
class DesignStructureTest {

    @TempDir
    Path folder;

    private SiriusMetamodels sirius;
    private DesignChecks checks;

    @BeforeEach
    void load() throws IOException {
        sirius = SiriusMetamodels.fromSystemProperty();
        Resource design = DesignFiles.load(sirius, folder, DesignFiles.shippedText());
        checks = new DesignChecks(design, SticPackage.eINSTANCE);
    }

    @Test
    void siriusSystemColoursResolveAsInSirius() {
        // Sirius answers environment:/viewpoint with its Environment.odesign; so does the checks' resource set.
        EObject black = sirius.newResourceSet(SticPackage.eINSTANCE)
                .getEObject(URI.createURI("environment:/viewpoint#//@systemColors/@entries[name='black']"), true);
        assertNotNull(black);
        assertEquals("SystemColor", black.eClass().getName());
    }

    @Test
    void loadsWithoutErrorsAndEveryReferenceResolves() {
        assertNone(checks.loadProblems());
    }

    @Test
    void diagnosticianFindsNothingButWhatSiriusFillsAtLoad() {
        assertNone(checks.diagnosticProblems());
    }

    @Test
    void everyDomainClassNamesAStiClass() {
        assertNone(checks.domainClassProblems());
    }

    @Test
    void everyExpressionNavigatesFeaturesThatExist() {
        assertNone(checks.expressionProblems());
    }

    @Test
    void everyToolCreatesWhatItsContainerCanHoldAndEveryMappingHasATool() {
        assertNone(checks.toolProblems());
    }

    @Test
    void everyImageTheDesignNamesIsInTheBuiltBundle() {
        assertNone(checks.imagePathProblems(Activator.PLUGIN_ID, path -> DesignFiles.designBundle().getEntry(path) != null));
    }

    private static void assertNone(List<String> problems) {
        assertEquals("", String.join("\n", problems), problems.size() + " problem(s)");
    }
}
