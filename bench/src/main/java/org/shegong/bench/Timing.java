package org.shegong.bench;

import java.util.Arrays;

/**
 * Plain timed loops: warm-up first (the JIT, EclipseLink's metadata and caches, the database's
 * buffer pool), then rounds of the platform's path and the baseline interleaved, so a burst of load
 * on the shared machine hits both alike; each figure is the median of its rounds.
 */
final class Timing {

    private Timing() {
    }

    interface Work {
        void run() throws Exception;
    }

    /** Median milliseconds per call of each of the two, over {@code rounds} rounds of {@code calls} calls each. */
    static double[] interleaved(int warmUp, int rounds, int calls, Work measured, Work baseline) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            measured.run();
            baseline.run();
        }
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // Alternate which goes first, so neither always follows the other's cache effects.
            if (r % 2 == 0) {
                a[r] = perCall(calls, measured);
                b[r] = perCall(calls, baseline);
            } else {
                b[r] = perCall(calls, baseline);
                a[r] = perCall(calls, measured);
            }
        }
        return new double[] {median(a), median(b)};
    }

    private static double perCall(int calls, Work work) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            work.run();
        }
        return (System.nanoTime() - t0) / 1e6 / calls;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
