package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;

/** Content assist in rule documents: classes after context, features after self., OCL's own help after "->". */
class OclCompletionTest {

    private static final String DOCUMENT = """
            package stic
            context KeyAction
            -- @rule USR-001 severity=error message="{label} has no description"
            inv described: not self.description.oclIsUndefined()
            endpackage
            """;

    private static EPackage.Registry registry() {
        EPackage.Registry r = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        r.put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        return r;
    }

    private static List<String> names(String text, int offset) {
        return OclCompletion.at(registry(), text, offset).proposals().stream().map(OclCompletion.Proposal::name)
                .toList();
    }

    /** Proposals where {@code |} stands in {@code withCursor}. */
    private static List<String> at(String withCursor) {
        int at = withCursor.indexOf('§');
        return names(withCursor.substring(0, at) + withCursor.substring(at + 1), at);
    }

    @Test
    void classesAfterContext() {
        List<String> classes = at(DOCUMENT.replace("context KeyAction", "context Key§"));
        assertEquals(List.of("KeyAction", "KeyResource"), classes);
        assertTrue(at(DOCUMENT.replace("context KeyAction", "context §")).containsAll(
                List.of("Participant", "Segment", "SegmentNeed", "Cluster")));
    }

    @Test
    void featuresAfterSelf() {
        List<String> features = at(DOCUMENT.replace("self.description", "self.§description"));
        assertTrue(features.containsAll(List.of("description", "name")), features.toString());
        assertFalse(features.contains("KeyAction"), features.toString());
        assertEquals(List.of("description"), at(DOCUMENT.replace("self.description", "self.desc§ription")));
    }

    @Test
    void collectionOperationsAndIteratorVariables() {
        String doc = DOCUMENT.replace("not self.description.oclIsUndefined()", "self.supportingResources->§");
        List<String> ops = at(doc);
        assertTrue(ops.containsAll(List.of("forAll", "exists", "size")), ops.toString());
        List<String> iter = at(DOCUMENT.replace("not self.description.oclIsUndefined()",
                "self.supportingResources->forAll(r | r.§"));
        assertTrue(iter.containsAll(List.of("capacity", "providers", "supportedActions")), iter.toString());
        assertFalse(iter.contains("valuePropositions"), "a key resource's features, not the action's: " + iter);
    }

    @Test
    void nothingInComments() {
        assertEquals(List.of(), at(DOCUMENT.replace("message=", "self.§")));
    }

    @Test
    void keysAndValuesInTheRuleComment() {
        String line = "-- @rule USR-001 severity=error message=\"{label} has no description\"";
        assertEquals(List.of("title=", "category=", "rationale="), at(DOCUMENT.replace(line, line + " §")));
        assertEquals(List.of("error", "warning", "info"),
                at(DOCUMENT.replace(line, "-- @rule USR-001 severity=§")));
        assertEquals(List.of("warning"), at(DOCUMENT.replace(line, "-- @rule USR-001 severity=wa§")));
        assertEquals(List.of("internal_contour", "integrity"), at(DOCUMENT.replace(line, "-- @rule USR-001 category=int§")));
        assertEquals(List.of(), at(DOCUMENT.replace(line, "-- @rule USR-001 message=\"a §")), "inside a message");
        assertEquals(List.of(), at(DOCUMENT.replace(line, "-- @rule USR-0§")), "the id is the author's");
    }
}
