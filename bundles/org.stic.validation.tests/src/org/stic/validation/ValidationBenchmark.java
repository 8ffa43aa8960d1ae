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
 * both find the same violations). Both are measured twice: called directly (a tree walk), and as the package's
 * EValidator through EMF's Diagnostician (the way the workbench validates). Times are the validating thread's CPU time, so that other processes on a busy machine do not blur the ratio;
 * wall times are printed beside them. Run with {@code -Pbenchmark}.
 */
class ValidationBenchmark {

    private static final int RUNS = 7;

    @Test
    void catalogueAgainstJavaTwin() {
        System.out.printf("%-8s %-12s %12s %12s %7s %13s %13s %9s%n", "elements", "path", "OCL cpu ms",
                "Java cpu ms", "ratio", "OCL wall ms", "Java wall ms", "findings");
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Cluster model = SyntheticModels.generate(size, 2026);
            assertEquals(pairs(JavaTwin.validate(model).stream().map(v -> v.ruleId() + " " + id(v.element()))),
                    pairs(SticValidator.builtIn().validate(model).stream().map(f -> f.ruleId() + " " + id(f.element()))));
            int findings = SticValidator.builtIn().validate(model).size();
            print(size, "direct", median(() -> SticValidator.builtIn().validate(model).size()),
                    median(() -> JavaTwin.validate(model).size()), findings);
            Diagnostician ocl = diagnostician(new RuleEValidator(SticValidator.builtIn()));
            Diagnostician java = diagnostician(new JavaTwin.AsEValidator());
            print(size, "Diagnostician", median(() -> ocl.validate(model).getChildren().size()),
                    median(() -> java.validate(model).getChildren().size()), findings);
        }
    }

    private static void print(int size, String path, double[] ocl, double[] java, int findings) {
        System.out.printf("%-8d %-12s %12.1f %12.1f %7.2f %13.1f %13.1f %9d%n", size, path, ocl[0], java[0],
                ocl[0] / java[0], ocl[1], java[1], findings);
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

    /** Median {CPU, wall} time in ms after as many warm-up runs. */
    private static double[] median(Supplier<Integer> run) {
        for (int i = 0; i < RUNS; i++) {
            run.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
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
