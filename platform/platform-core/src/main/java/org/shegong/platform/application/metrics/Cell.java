package org.shegong.platform.application.metrics;

import java.text.MessageFormat;
import java.util.function.Function;

/**
 * One figure as it leaves for a dashboard, an export or the API: its value, or suppressed. A
 * suppressed cell never carries its value outward — {@link #text()} is a mark and {@link #shown()} is
 * null — so no page, sheet or JSON can print it by mistake. The mark says why: {@value #SUPPRESSED}
 * for a count of 1 to 4 ({@code small}); {@value #WITHHELD} for a figure hidden so that a small one
 * cannot be worked out from it (a complementary cell, which may be any size), and for a share whose
 * part is small ("<5" beside a share reads as "under 5 %").
 *
 * <p>A figure of a module the operator has not switched on is not counted ({@link #notCounted}): no
 * value, and the words {@value #NOT_COUNTED} instead of a 0 a reader would take for "served nobody".
 * A figure over several streets of which only some count it says how many ({@link #streets}).
 */
public record Cell(Long shown, boolean suppressed, boolean percent, boolean upperBound, boolean small, boolean notCounted,
                   Streets streets) {

    public static final String SUPPRESSED = "<5";
    public static final String WITHHELD = "x";
    /** The bundle key of a figure not counted, the same words as the operators' table. */
    public static final String NOT_COUNTED = "dashboard.notCounted";
    /** The bundle key of "counted over {0} of {1} streets". */
    public static final String STREETS_COUNTED = "dashboard.streetsCounted";

    /** Of a region's streets, how many count the figure (their operator has the module on). */
    public record Streets(int counted, int of) {
    }

    public Cell(Long shown, boolean suppressed, boolean percent, boolean upperBound) {
        this(shown, suppressed, percent, upperBound, suppressed, false, null);
    }

    public static Cell of(Figure figure, boolean upperBound) {
        return new Cell(figure.value(), false, figure.isRatio(), upperBound, false, false, null);
    }

    /** A figure of a module switched off for the operator (of every street it would add up). */
    public static Cell uncounted(boolean percent) {
        return new Cell(null, false, percent, false, false, true, null);
    }

    /** Hidden as a count of 1 to 4. */
    public Cell suppress() {
        return new Cell(null, true, percent, upperBound, true, false, streets);
    }

    /** Hidden because another figure would give a small count away, or a share with a small part. */
    public Cell withhold() {
        return new Cell(null, true, percent, upperBound, false, false, streets);
    }

    /** The same figure, counted over {@code counted} of the region's {@code of} streets. */
    public Cell over(int counted, int of) {
        return new Cell(shown, suppressed, percent, upperBound, small, notCounted, new Streets(counted, of));
    }

    /** The figure or its mark, without words: "—" when not counted (never 0). */
    public String text() {
        if (notCounted) {
            return "—";
        }
        if (suppressed) {
            return small ? SUPPRESSED : WITHHELD;
        }
        return percent ? shown + "%" : String.valueOf(shown);
    }

    /**
     * As every renderer shows it, in the bundle's words ({@code words} by key): "未计入（模块未开通）" when
     * not counted, "12（计入 5/7 个街道）" when only some streets count it, else {@link #text()}.
     */
    public String text(Function<String, String> words) {
        if (notCounted) {
            return words.apply(NOT_COUNTED);
        }
        return partial() ? text() + " " + MessageFormat.format(words.apply(STREETS_COUNTED), streets.counted(), streets.of()) : text();
    }

    /** Whether some of the streets it adds up do not count it. */
    public boolean partial() {
        return streets != null && streets.counted() < streets.of();
    }
}
