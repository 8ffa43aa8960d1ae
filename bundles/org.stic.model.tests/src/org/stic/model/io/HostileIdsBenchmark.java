package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load times of a model of about 100,000 elements with normal ids beside the same model whose ids were all chosen to
 * share one value of the unkeyed hash the id maps used before ({@link HostileIds}), with the fast subset reader and
 * with EMF's XMI reader (whose id map is {@link IdMap}). Figures only, no timed assertions; runs with
 * {@code -Pbenchmark}. Before the hash was keyed the hostile file took quadratic time (minutes).
 */
class HostileIdsBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 7;

    @TempDir
    Path dir;

    @Test
    void hostileIdsLoadAboutAsFastAsNormalOnes() throws Exception {
        RandomModel model = new RandomModel(new Random(20), 5_500);
        Path normal = dir.resolve("normal.stic");
        SticResources.save(SticResources.create(SticResources.newResourceSet(), normal, model.cluster));
        Path hostile = dir.resolve("hostile.stic");
        Files.writeString(hostile, HostileIds.rewrite(Files.readString(normal, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        int objects = count(normal);
        assertEquals(objects, count(hostile), "the same model");

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-26s | %12s | %12s | %6s%n",
                "reader (" + objects + " objects)", "normal ms", "hostile ms", "ratio"));
        for (boolean generic : new boolean[] {false, true}) {
            double[][] ms = interleaved(normal, hostile, generic);
            double n = median(ms[0]);
            double h = median(ms[1]);
            table.append(String.format(Locale.ROOT, "%-26s | %12.1f | %12.1f | %6.2f%n",
                    generic ? "EMF's XMI reader + IdMap" : "subset reader", n, h, h / n));
        }
        System.out.println(table.append(String.format(Locale.ROOT,
                "(medians of %d loads of each after %d warm-up loads, the two files in turn, same JVM; Java %s, max heap %d MB)%n", RUNS, WARM_UP,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20)));
    }

    private static int count(Path file) throws Exception {
        int[] n = {0};
        SticResources.load(file).eAllContents().forEachRemaining(o -> n[0]++);
        return n[0] + 1;
    }

    /** Load times in ms of the two files, loaded in turn (so that the machine's load affects both alike). */
    private static double[][] interleaved(Path normal, Path hostile, boolean generic) throws Exception {
        double[][] ms = new double[2][RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            for (int f = 0; f < 2; f++) {
                double took = load(f == 0 ? normal : hostile, generic);
                if (i >= 0) {
                    ms[f][i] = took;
                }
            }
        }
        return ms;
    }

    private static double load(Path file, boolean generic) throws Exception {
        ResourceSet rs = SticResources.newResourceSet();
        if (generic) {
            rs.getLoadOptions().put(SticResources.OPTION_GENERIC_XMI, Boolean.TRUE);
        }
        long start = System.nanoTime();
        Resource r = SticResources.loadResource(rs, file);
        long took = System.nanoTime() - start;
        assertEquals(1, r.getContents().size());
        return took / 1e6;
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
