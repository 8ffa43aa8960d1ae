package org.stic.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.SticPackage;
import org.stic.model.io.SticResources;

/**
 * Load and save times and file sizes of {@code SticResources} at 1k, 10k and 100k elements, beside plain EMF in the
 * same run (XMIResourceImpl with default options: positional references, no ids, no parser pool). Figures only, no
 * timed assertions; runs with {@code -Pbenchmark}. Medians of several runs after warm-up runs.
 */
class SticResourcesBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    @TempDir
    Path dir;

    @Test
    void loadAndSaveTimesAndFileSizes() throws Exception {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-9s | %-38s | %-38s%n%-9s | %10s %10s %14s | %10s %10s %14s%n",
                "elements", "SticResources (UUIDs, tuned)", "plain XMIResourceImpl (defaults)",
                "", "load ms", "save ms", "file bytes", "load ms", "save ms", "file bytes"));
        for (int size : SIZES) {
            Cluster cluster = SyntheticModels.generate(size, 42);

            Path ours = dir.resolve("ours-" + size + ".stic");
            Resource resource = SticResources.create(SticResources.newResourceSet(), ours, cluster);
            double oursSave = median(() -> SticResources.save(resource));
            double oursLoad = median(() -> SticResources.load(ours));
            assertEquals(size, count(SticResources.load(ours)), "the benchmark loads what it saved");

            Path plain = dir.resolve("plain-" + size + ".xmi");
            Resource plainResource = new XMIResourceImpl(URI.createFileURI(plain.toString()));
            plainResource.getContents().add(EcoreUtil.copy(cluster));
            double plainSave = median(() -> plainResource.save(null));
            double plainLoad = median(() -> plainResourceSet().getResource(URI.createFileURI(plain.toString()), true));

            table.append(String.format(Locale.ROOT, "%9d | %10.1f %10.1f %,14d | %10.1f %10.1f %,14d%n", size,
                    oursLoad, oursSave, Files.size(ours), plainLoad, plainSave, Files.size(plain)));
        }
        System.out.println(table.append(String.format(Locale.ROOT,
                "(medians of %d runs after %d warm-up runs; %d cores, Java %s)%n", RUNS, WARM_UP,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"))));
    }

    private static ResourceSet plainResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(SticPackage.eNS_URI, SticPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    private static int count(EObject root) {
        int n = 1;
        for (var it = root.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private interface Run {
        void run() throws IOException, Exception;
    }

    private static double median(Run run) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
