package org.shegong.platform.application.metrics;

/**
 * One figure as it leaves for a dashboard, an export or the API: its value, or suppressed. A
 * suppressed cell never carries its value outward — {@link #text()} is "<5" and {@link #shown()} is
 * null — so no page, sheet or JSON can print it by mistake.
 */
public record Cell(Long shown, boolean suppressed, boolean percent, boolean upperBound) {

    public static final String SUPPRESSED = "<5";

    public static Cell of(Figure figure, boolean upperBound) {
        return new Cell(figure.value(), false, figure.isRatio(), upperBound);
    }

    public Cell suppress() {
        return new Cell(null, true, percent, upperBound);
    }

    public String text() {
        if (suppressed) {
            return SUPPRESSED;
        }
        return percent ? shown + "%" : String.valueOf(shown);
    }
}
