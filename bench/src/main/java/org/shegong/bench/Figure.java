package org.shegong.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One measured figure of docs/BENCHMARKS.md: the platform's path, its baseline measured in the same
 * run, their ratio against the target, and the machine's state while it ran (the machine is shared,
 * so the load average belongs next to every figure).
 *
 * @param ratio        measured / baseline for costs (lower is better), or as the target states it
 * @param higherIsBetter whether the target is a floor ({@code ≥}) rather than a ceiling ({@code ≤})
 */
public record Figure(String name, String measured, String baseline, double ratio, double target, boolean higherIsBetter,
                     String unitOfRatio, double loadAverage, int cores, Instant at) {

    public static Figure of(String name, String measured, String baseline, double ratio, double target,
                            boolean higherIsBetter, String unitOfRatio) {
        return new Figure(name, measured, baseline, ratio, target, higherIsBetter, unitOfRatio, currentLoad(),
                Runtime.getRuntime().availableProcessors(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public boolean met() {
        return higherIsBetter ? ratio >= target : ratio <= target;
    }

    /** Whether the ratio meets the target loosened by {@code margin} (e.g. 1.5: half as good again). */
    public boolean metWithMargin(double margin) {
        return higherIsBetter ? ratio >= target / margin : ratio <= target * margin;
    }

    /** One row of the table in docs/BENCHMARKS.md. */
    public String row() {
        return String.format("| %s | %s | %s | %.2f%s | %s %.2f%s | %s | %.1f |", name, measured, baseline, ratio, unitOfRatio,
                higherIsBetter ? "≥" : "≤", target, unitOfRatio, met() ? "yes" : "no", loadAverage);
    }

    public static double currentLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
