package org.stic.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.SticPackage;
import org.stic.model.io.ModelLoadException;
import org.stic.model.io.SticResources;

/**
 * Load and save times and file sizes of {@code SticResources} at 1k, 10k and 100k elements, beside plain EMF in the
 * same run (XMIResourceImpl with default options: positional references, no ids, no parser pool). Figures only, no
 * timed assertions; runs with {@code -Pbenchmark}. Medians of several runs after warm-up runs, and the first run of
 * each (at 1k that is a cold JVM, as a command-line user meets it). The JVM's GC and heap options are part of the
 * figures: the pom gives this JVM the workbench's (see the {@code stic} start script), and the table names them.
 * The synthetic models populate metamodel 2.0's features; the same model written as a 1.0 file ({@link OneZeroWriter})
 * is read too, migrated on load, and its load time is compared with the current file's (target: at most twice).
 * <p>
 * Beside each wall-clock median stands the median processor time of the JVM's threads during the same runs (the
 * second thread of a large save included, the garbage collector's own threads not): on a machine shared with other
 * work the wall clock also counts the time spent waiting for a core, the processor time does not.
 */
class SticResourcesBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    @TempDir
    Path dir;

    @Test
    void loadAndSaveTimesAndFileSizes() throws Exception {
        // tmpfs shows the cost of (de)serialisation alone; the disk adds I/O and fsync, shared with whatever else runs
        Path memory = Path.of("/dev/shm");
        Path tmpfs = Files.isDirectory(memory) && Files.isWritable(memory)
                ? Files.createTempDirectory(memory, "stic-benchmark") : null;
        StringBuilder ratios = new StringBuilder();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-9s | %-38s | %9s | %9s | %9s | %9s | %11s | %11s | %12s%n", "elements", "variant", "load ms",
                "load cpu", "save ms", "save cpu", "first load", "first save", "file bytes"));
        try {
            for (int size : SIZES) {
                Cluster cluster = SyntheticModels.generate(size, 42);
                double[] current = measureOurs(cluster, dir, size, false);
                row(table, size, "SticResources, disk", current);
                double[] oneZero = measureOneZero(cluster, dir, size);
                row(table, size, "SticResources, 1.0 file migrated, disk", oneZero);
                ratios.append(String.format(Locale.ROOT, "%,d elements: reading the 1.0 file takes %.2fx the time of the"
                        + " current one (target <= 2x), %.2fx its processor time%n", size, oneZero[0] / current[0],
                        oneZero[5] / current[5]));
                row(table, size, "SticResources, EMF's XMI only, disk", measureOurs(cluster, dir, size, true));
                if (tmpfs != null) {
                    row(table, size, "SticResources, tmpfs (no I/O)", measureOurs(cluster, tmpfs, size, false));
                    row(table, size, "SticResources, EMF's XMI only, tmpfs", measureOurs(cluster, tmpfs, size, true));
                }
                row(table, size, "plain XMIResourceImpl, disk", measurePlain(cluster, dir, size));
                if (tmpfs != null) {
                    row(table, size, "plain XMIResourceImpl, tmpfs", measurePlain(cluster, tmpfs, size));
                }
            }
        } finally {
            if (tmpfs != null) {
                try (var files = Files.list(tmpfs)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(tmpfs);
            }
        }
        System.out.println(table.append(String.format(Locale.ROOT,
                "(SticResources: UUID ids, tuned options, atomic save with fsync; plain: EMF defaults, positional"
                        + " references, no fsync; medians of %d runs after %d warm-up runs, first = the first of those;"
                        + " cpu = processor time of the JVM's threads, garbage collector's aside;"
                        + " %d cores, Java %s, GC %s, max heap %d MB, JVM options %s)%n",
                RUNS, WARM_UP, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(option -> option.startsWith("-X")).toList())).append(ratios)
                .append("(1.0 file: the same model written in metamodel 1.0 and read with its migration; it is never"
                        + " saved in 1.0, so its save columns are empty)").append(System.lineSeparator()));
    }

    /** Load times of the model written as a 1.0 file, read and migrated (save figures: NaN, there is no 1.0 save). */
    private static double[] measureOneZero(Cluster cluster, Path folder, int size) throws Exception {
        Path current = folder.resolve("ours-" + size + "-for-1.0.stic");
        SticResources.save(SticResources.create(SticResources.newResourceSet(), current, EcoreUtil.copy(cluster)));
        Path file = folder.resolve("ours-" + size + "-1.0.stic");
        OneZeroWriter.write(SticResources.loadResource(SticResources.newResourceSet(), current), file);
        double[] load = time(() -> load(file, false));
        Resource migrated = SticResources.loadResource(SticResources.newResourceSet(), file);
        // indicators are new in 2.0: the 1.0 file holds everything else
        assertEquals(size - cluster.getIndicators().size(), count(migrated.getContents().get(0)));
        assertNotNull(SticResources.migration(migrated), "the 1.0 file was migrated");
        return new double[] {load[0], Double.NaN, load[1], Double.NaN, Files.size(file), load[2], Double.NaN};
    }

    /** {@code genericXmi}: the baseline, our files and options but EMF's own XMI reader and writer. */
    private static double[] measureOurs(Cluster cluster, Path folder, int size, boolean genericXmi) throws Exception {
        Path file = folder.resolve("ours-" + size + (genericXmi ? "-generic" : "") + ".stic");
        Resource resource = SticResources.create(SticResources.newResourceSet(), file, EcoreUtil.copy(cluster));
        if (genericXmi) {
            ((XMLResource) resource).getDefaultSaveOptions().put(SticResources.OPTION_GENERIC_XMI, Boolean.TRUE);
        }
        double[] save = time(() -> SticResources.save(resource));
        double[] load = time(() -> load(file, genericXmi));
        assertEquals(size, count(load(file, genericXmi)), "the benchmark loads what it saved");
        return new double[] {load[0], save[0], load[1], save[1], Files.size(file), load[2], save[2]};
    }

    private static EObject load(Path file, boolean genericXmi) throws ModelLoadException {
        ResourceSet resourceSet = SticResources.newResourceSet();
        if (genericXmi) {
            resourceSet.getLoadOptions().put(SticResources.OPTION_GENERIC_XMI, Boolean.TRUE);
        }
        return SticResources.loadResource(resourceSet, file).getContents().get(0);
    }

    private static double[] measurePlain(Cluster cluster, Path folder, int size) throws Exception {
        Path file = folder.resolve("plain-" + size + ".xmi");
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.getContents().add(EcoreUtil.copy(cluster));
        double[] save = time(() -> resource.save(null));
        double[] load = time(() -> plainResourceSet().getResource(URI.createFileURI(file.toString()), true));
        return new double[] {load[0], save[0], load[1], save[1], Files.size(file), load[2], save[2]};
    }

    private static void row(StringBuilder table, int size, String variant, double[] figures) {
        table.append(String.format(Locale.ROOT, "%9d | %-38s | %9.1f | %9.1f | %9.1f | %9.1f | %11.1f | %11.1f | %,12d%n",
                size, variant, figures[0], figures[5], figures[1], figures[6], figures[2], figures[3], (long) figures[4]));
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

    /**
     * The median of the measured runs, the time of the first warm-up run and the median processor time of the measured
     * runs, in ms.
     */
    private static double[] time(Run run) throws Exception {
        double first = 0;
        for (int i = 0; i < WARM_UP; i++) {
            long start = System.nanoTime();
            run.run();
            if (i == 0) {
                first = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long startCpu = processorTime();
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (processorTime() - startCpu) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {ms[RUNS / 2], first, cpu[RUNS / 2]};
    }

    /** The processor time of the JVM's live threads, in ns (a thread that ended meanwhile is not counted). */
    private static long processorTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long thread : threads.getAllThreadIds()) {
            long time = threads.getThreadCpuTime(thread);
            total += Math.max(0, time);
        }
        return total;
    }
}
