package org.shegong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        double[] all = interleavedWithCpu(warmUp, rounds, calls, measured, baseline);
        return new double[] {all[0], all[1]};
    }

    /**
     * As {@link #interleaved}, plus the median CPU time per call of this thread for each (indexes 2
     * and 3): the wall time of a call grows with the machine's load by how much CPU it needs, so the
     * CPU time says which path does more work when the shared machine is busy.
     */
    static double[] interleavedWithCpu(int warmUp, int rounds, int calls, Work measured, Work baseline) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            measured.run();
            baseline.run();
        }
        double[][] a = new double[2][rounds];
        double[][] b = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            // Alternate which goes first, so neither always follows the other's cache effects.
            if (r % 2 == 0) {
                perCall(calls, measured, a, r);
                perCall(calls, baseline, b, r);
            } else {
                perCall(calls, baseline, b, r);
                perCall(calls, measured, a, r);
            }
        }
        return new double[] {median(a[0]), median(b[0]), median(a[1]), median(b[1])};
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static void perCall(int calls, Work work, double[][] into, int round) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            work.run();
        }
        into[0][round] = (System.nanoTime() - t0) / 1e6 / calls;
        into[1][round] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / calls;
    }

    /** One round of a warm-up; {@code round} counts from 0, so each round can use data of its own. */
    interface WarmUpRound {
        void run(int round) throws Exception;
    }

    /**
     * Warm-up rounds until the JIT has settled: at least one round, then more while the compilers
     * spent over {@link #SETTLED} of the last round's wall time compiling (the JVM's total compile
     * time, all compiler threads), at most {@code max}. A path is then measured as it runs once
     * compiled, whatever its size: a large path (an import through POI, Bean Validation and
     * EclipseLink) needs more rounds than a small one (a JDBC loop), and a fixed count favours the
     * small one. Returns the rounds run and the compile share of the last, for the bench's output.
     */
    static String warmUntilSettled(int max, WarmUpRound round) throws Exception {
        var compiler = ManagementFactory.getCompilationMXBean();
        var classes = ManagementFactory.getClassLoadingMXBean();
        double share = 1;
        int rounds = 0;
        long loaded = 0;
        StringBuilder times = new StringBuilder();
        while (rounds < max && (rounds == 0 || share > SETTLED)) {
            long compiled0 = compiler.getTotalCompilationTime();
            long loaded0 = classes.getTotalLoadedClassCount();
            long t0 = System.nanoTime();
            round.run(rounds++);
            double wall = ms(t0);
            share = (compiler.getTotalCompilationTime() - compiled0) / wall;
            loaded = classes.getTotalLoadedClassCount() - loaded0;
            times.append(times.length() == 0 ? "" : ", ").append(String.format("%.0f", wall));
        }
        // Each round's wall time too: whether a path still speeds up when the cap ends its warm-up.
        return String.format("%d warm-up round(s) (%s ms), the last with %.0f %% of its time compiling and %d classes loaded",
                rounds, times, share * 100, loaded);
    }

    /** The share of a warm-up round's wall time spent compiling under which the JIT counts as settled. */
    static final double SETTLED = 0.05;

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
