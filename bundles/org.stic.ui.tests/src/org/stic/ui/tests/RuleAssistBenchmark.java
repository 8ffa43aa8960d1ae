package org.stic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;
import org.stic.tests.support.Timing;
import org.stic.validation.OclCompletion;
import org.stic.validation.RuleCatalogue;

/**
 * What content assist costs in the rule editor, on rule documents of 10, 100 and 1,000 invariants, at the end of the
 * document (the patterns read everything before the caret): proposals after {@code context} and after {@code self.},
 * beside the same run's reading of the whole document ({@link RuleCatalogue#oclDocumentProblems}), which the editor
 * runs after every pause in typing. Prints medians in ms; no timed assertion. Run with {@code -Pbenchmark}.
 */
class RuleAssistBenchmark {

    private static String document(int invariants) {
        StringBuilder b = new StringBuilder("package stic\n");
        for (int i = 0; i < invariants; i++) {
            b.append("context KeyAction\n-- @rule B-").append(i).append(" severity=info message=\"{label}\"\n")
                    .append("inv c").append(i).append(": self.name.size() > ").append(i % 7).append("\n\n");
        }
        return b.append("context Participant\ninv last: self.").toString();
    }

    @Test
    void proposalsAgainstReadingTheDocument() {
        EPackage.Registry packages = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        packages.put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        System.out.printf("%-11s %12s %12s %14s %8s%n", "invariants", "self. (ms)", "context (ms)", "reading (ms)",
                "ratio");
        for (int n : new int[] {10, 100, 1_000}) {
            String text = document(n);
            String context = text.substring(0, text.lastIndexOf("Participant"));
            assertTrue(OclCompletion.at(packages, text, text.length()).proposals().stream()
                    .anyMatch(p -> p.name().equals("roles")));
            assertTrue(OclCompletion.at(packages, context, context.length()).proposals().stream()
                    .anyMatch(p -> p.name().equals("Participant")));
            double self = Timing.median(20, 21, () -> OclCompletion.at(packages, text, text.length()));
            double classes = Timing.median(20, 21, () -> OclCompletion.at(packages, context, context.length()));
            String whole = text + "name.size() > 0\nendpackage\n";
            double reading = Timing.median(3, 7, () -> RuleCatalogue.oclDocumentProblems(packages, "b.ocl", whole));
            System.out.printf("%-11d %12.2f %12.2f %14.2f %8.3f%n", n, self, classes, reading, self / reading);
        }
    }
}
