package org.stic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.stic.Cluster;
import org.stic.SticPackage;
import org.stic.examples.SyntheticModels;

/**
 * The whole catalogue over the agreed synthetic models ({@link SyntheticModels}) of 1k, 10k and 100k elements,
 * against {@link JavaTwin} in the same run: prints the median times and their ratio (no timed assertions; only that
 * all find the same violations). The OCL rules are measured twice: compiled ({@link CompiledOcl}, what the validator
 * runs) and by OCL's interpreter alone, so the gain of compiling shows. Each is measured called directly (a tree
 * walk) and as the package's EValidator through EMF's Diagnostician (the way the workbench validates). Times are
 * the validating thread's CPU time, so that other processes on a busy machine blur the ratio less; wall times are
 * printed beside them. Run with {@code -Pbenchmark}.
 */
class ValidationBenchmark {

    private static final int RUNS = 9;
    private static final long WARM_UP_MS = 1_500;

    @Test
    void catalogueAgainstJavaTwin() {
        SticValidator compiled = SticValidator.builtIn();
        SticValidator interpreted = new SticValidator(RuleCatalogue.builtIn(), true);
        System.out.printf("%-8s %-13s %9s %9s %9s %8s %8s %9s %9s %9s %9s%n", "elements", "path", "OCL cpu",
                "interp", "Java cpu", "OCL/Java", "int/Java", "OCL wall", "int wall", "Java wall", "findings");
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Cluster model = SyntheticModels.generate(size, 2026);
            Set<String> expected = pairs(JavaTwin.validate(model).stream().map(v -> v.ruleId() + " " + id(v.element())));
            assertEquals(expected, pairs(compiled.validate(model).stream().map(f -> f.ruleId() + " " + id(f.element()))));
            assertEquals(expected,
                    pairs(interpreted.validate(model).stream().map(f -> f.ruleId() + " " + id(f.element()))));
            int findings = expected.size();
            print(size, "direct", median(() -> compiled.validate(model).size()),
                    median(() -> interpreted.validate(model).size()), median(() -> JavaTwin.validate(model).size()),
                    findings);
            Diagnostician ocl = diagnostician(new RuleEValidator(compiled));
            Diagnostician interpreter = diagnostician(new RuleEValidator(interpreted));
            Diagnostician java = diagnostician(new JavaTwin.AsEValidator());
            print(size, "Diagnostician", median(() -> ocl.validate(model).getChildren().size()),
                    median(() -> interpreter.validate(model).getChildren().size()),
                    median(() -> java.validate(model).getChildren().size()), findings);
        }
    }

    private static void print(int size, String path, double[] ocl, double[] interpreted, double[] java, int findings) {
        System.out.printf("%-8d %-13s %9.2f %9.2f %9.2f %8.2f %8.2f %9.2f %9.2f %9.2f %9d%n", size, path, ocl[0],
                interpreted[0], java[0], ocl[0] / java[0], interpreted[0] / java[0], ocl[1], interpreted[1], java[1],
                findings);
    }

    /** A Diagnostician that knows only {@code validator} for the STIC package, with labels that cost nothing. */
    private static Diagnostician diagnostician(EValidator validator) {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
        registry.put(SticPackage.eINSTANCE, validator);
        return new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return eObject.eClass().getName();
            }
        };
    }

    private static Set<String> pairs(java.util.stream.Stream<String> s) {
        return s.collect(Collectors.toCollection(TreeSet::new));
    }

    private static String id(EObject e) {
        return EcoreUtil.getURI(e).fragment();
    }

    /**
     * Median {CPU, wall} time in ms, after warming up for at least {@value #WARM_UP_MS} ms of this thread's CPU time
     * (and as many runs): on a 1k model a few runs leave the code interpreted by the JVM, and the figure would
     * measure the JIT, not the rules; CPU time, so that a busy machine does not shorten the warm-up.
     */
    private static double[] median(Supplier<Integer> run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUpEnd = threads.getCurrentThreadCpuTime() + WARM_UP_MS * 1_000_000L;
        for (int i = 0; i < RUNS || threads.getCurrentThreadCpuTime() < warmUpEnd; i++) {
            run.get();
        }
        double[] cpu = new double[RUNS];
        double[] wall = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            run.get();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new double[] {cpu[RUNS / 2], wall[RUNS / 2]};
    }
}
