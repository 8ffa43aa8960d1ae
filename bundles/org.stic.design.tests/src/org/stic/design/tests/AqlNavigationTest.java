package org.stic.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;
import org.stic.design.tests.AqlNavigation.Failure;
import org.stic.design.tests.AqlNavigation.Type;

/** The expression checker itself, on the STIC metamodel: it types what exists and names what does not. */
class AqlNavigationTest {

    private final AqlNavigation aql = new AqlNavigation(SticPackage.eINSTANCE);
    private final Map<String, Type> onContour = Map.of("self", Type.one(SticPackage.Literals.EXTERNAL_CONTOUR));
    private final Map<String, Type> onAction = Map.of("self", Type.one(SticPackage.Literals.KEY_ACTION));

    @Test
    void typesNavigationsAndChains() throws Failure {
        assertEquals(new Type(SticPackage.Literals.SEGMENT, true), aql.type("feature:segments", onContour));
        assertEquals(new Type(SticPackage.Literals.SEGMENT_NEED, true), aql.type("aql:self.segments.needs", onContour));
        assertEquals(Type.one(SticPackage.Literals.SEGMENT), aql.type("aql:container.segments->last()",
                Map.of("container", Type.one(SticPackage.Literals.EXTERNAL_CONTOUR))));
        assertEquals(Type.one(EcorePackage.Literals.EBOOLEAN), aql.type("aql:self.supportingResources->isEmpty()", onAction));
        assertEquals(Type.one(SticPackage.Literals.CLUSTER), aql.type("aql:source.eContainer()",
                Map.of("source", Type.one(SticPackage.Literals.PARTICIPANT))));
        assertEquals(Type.one(EcorePackage.Literals.EBOOLEAN), aql.type(
                "aql:self.kind = stic::ParticipantKind::SME or self.kind = stic::ParticipantKind::UNIVERSITY",
                Map.of("self", Type.one(SticPackage.Literals.PARTICIPANT))));
        assertEquals(Type.one(EcorePackage.Literals.ESTRING), aql.type("aql:'INT-001: ' + self.name", onAction));
    }

    @Test
    void namesWhatDoesNotExist() {
        assertFails("feature:segment", onContour, "'segment' does not exist on stic::ExternalContour");
        assertFails("aql:self.segments.need", onContour, "'need' does not exist on stic::Segment");
        assertFails("aql:self.supportingResources->isEmty()", onAction, "'isEmty()' is outside the checked AQL subset");
        assertFails("aql:self.kind = stic::ActionKind::TRAINNG", onAction, "'TRAINNG' is not a literal of stic::ActionKind");
        assertFails("aql:self.kind = stic::ResourceKind::HUMAN", onAction, "compares stic::ActionKind with a literal of stic::ResourceKind");
        assertFails("aql:self.valuePropositions->filter(stic::KeyResource)", onAction, "can never match");
        assertFails("var:container", onAction, "variable 'container' is not defined here");
        assertFails("ocl:self.name", onAction, "is not an AQL expression");
        assertFails("aql:self.name.size", onAction, "cannot navigate 'size' from ecore::EString");
    }

    private void assertFails(String expression, Map<String, Type> variables, String message) {
        Failure failure = assertThrows(Failure.class, () -> aql.type(expression, variables), expression);
        assertTrue(failure.getMessage().contains(message), expression + ": " + failure.getMessage());
    }
}
