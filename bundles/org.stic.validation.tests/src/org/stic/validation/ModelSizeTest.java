package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.SticFactory;
import org.stic.examples.SyntheticModels;

/** Edge sizes: nothing at all, and a model of 100,000 elements. */
class ModelSizeTest {

    @Test
    void emptyClusterLacksOnlyANameAndACoordinator() {
        Cluster empty = SticFactory.eINSTANCE.createCluster();
        assertEquals(List.of("ITG-001 Cluster", "NET-005 Cluster"), SticValidator.builtIn().validate(empty).stream()
                .map(f -> f.ruleId() + " " + f.label()).sorted().collect(Collectors.toList()));
    }

    @Test
    void emptyContoursAddNothing() {
        Cluster c = SticFactory.eINSTANCE.createCluster();
        c.setName("New cluster");
        c.setExternalContour(SticFactory.eINSTANCE.createExternalContour());
        c.setInternalContour(SticFactory.eINSTANCE.createInternalContour());
        assertEquals(List.of("NET-005"), SticValidator.builtIn().validate(c).stream().map(Finding::ruleId)
                .collect(Collectors.toList()));
    }

    @Test
    void largeModelIsValidatedCompletely() {
        Cluster c = LargeModels.generate(100_000, 42);
        long elements = 1 + iterableSize(c);
        assertTrue(elements >= 100_000, "elements: " + elements);
        Map<String, Long> byRule = new TreeMap<>(SticValidator.builtIn().validate(c).stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        // the generator leaves about one link in twenty out: each of these rules must fire hundreds of times
        for (String id : List.of("INT-001", "INT-003", "INT-005", "EXT-001", "RDY-001", "NET-001")) {
            assertTrue(byRule.getOrDefault(id, 0L) > 50, id + " in " + byRule);
        }
        // and the tree-order walk reports each violating element once per rule
        assertEquals(SticValidator.builtIn().validate(c).size(),
                byRule.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void realisticModelOf100kElementsMatchesTheJavaTwin() {
        Cluster c = SyntheticModels.generate(100_000, 7);
        assertTrue(1 + iterableSize(c) >= 95_000, "elements: " + (1 + iterableSize(c)));
        List<String> ocl = SticValidator.builtIn().validate(c).stream().map(f -> f.ruleId() + " " + f.path())
                .collect(Collectors.toList());
        List<String> java = JavaTwin.validate(c).stream().map(v -> v.ruleId() + " " + Finding.pathOf(v.element()))
                .collect(Collectors.toList());
        assertEquals(java, ocl);
    }

    private static long iterableSize(Cluster c) {
        long n = 0;
        for (var it = c.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
