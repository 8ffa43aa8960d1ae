package org.stic.tests.support;

import java.util.Arrays;

/** Timings for the benchmarks (*Benchmark, run with -Pbenchmark): medians after a warm-up, in milliseconds. */
public final class Timing {

    private Timing() {
    }

    /** Runs {@code r} {@code warmUps} times untimed, then {@code runs} times timed; the median in ms. */
    public static double median(int warmUps, int runs, Runnable r) {
        for (int i = 0; i < warmUps; i++) {
            r.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
