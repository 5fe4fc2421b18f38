package org.shegong.platform.application.metrics;

/**
 * One figure as it leaves for a dashboard, an export or the API: its value, or suppressed. A
 * suppressed cell never carries its value outward — {@link #text()} is a mark and {@link #shown()} is
 * null — so no page, sheet or JSON can print it by mistake. The mark says why: {@value #SUPPRESSED}
 * for a count of 1 to 4 ({@code small}); {@value #WITHHELD} for a figure hidden so that a small one
 * cannot be worked out from it (a complementary cell, which may be any size), and for a share whose
 * part is small ("<5" beside a share reads as "under 5 %").
 */
public record Cell(Long shown, boolean suppressed, boolean percent, boolean upperBound, boolean small) {

    public static final String SUPPRESSED = "<5";
    public static final String WITHHELD = "x";

    public Cell(Long shown, boolean suppressed, boolean percent, boolean upperBound) {
        this(shown, suppressed, percent, upperBound, suppressed);
    }

    public static Cell of(Figure figure, boolean upperBound) {
        return new Cell(figure.value(), false, figure.isRatio(), upperBound, false);
    }

    /** Hidden as a count of 1 to 4. */
    public Cell suppress() {
        return new Cell(null, true, percent, upperBound, true);
    }

    /** Hidden because another figure would give a small count away, or a share with a small part. */
    public Cell withhold() {
        return new Cell(null, true, percent, upperBound, false);
    }

    public String text() {
        if (suppressed) {
            return small ? SUPPRESSED : WITHHELD;
        }
        return percent ? shown + "%" : String.valueOf(shown);
    }
}
