package org.shegong.platform.application.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-count suppression for sensitive metrics (children, cases, health follow-ups) wherever a
 * figure leaves the operator. Primary: a count of 1 to 4 is shown as "<5" (0 is shown: it points at
 * no one). Complementary: in a line of parts shown with their total (a region's children, a
 * period's months), one hidden part could be worked out as the total minus the others, so while
 * exactly one part is hidden and the total is not, the smallest other non-zero part is withheld too
 * (shown as "x", not "<5": it is not small, and "<5" would say it was). A ratio is withheld when
 * either of its parts is small.
 */
public final class SmallCounts {

    /** Counts up to this are hidden. */
    public static final long THRESHOLD = 4;

    private SmallCounts() {
    }

    public static boolean isSmall(Figure figure) {
        if (figure.isRatio()) {
            return isSmall(figure.count()) || isSmall(figure.denominator());
        }
        return isSmall(figure.count());
    }

    private static boolean isSmall(long count) {
        return count >= 1 && count <= THRESHOLD;
    }

    /** One cell on its own (a card): hidden when small. */
    public static Cell cell(Figure figure, boolean upperBound) {
        Cell cell = Cell.of(figure, upperBound);
        if (!isSmall(figure)) {
            return cell;
        }
        return figure.isRatio() ? cell.withhold() : cell.suppress();
    }

    /**
     * The parts of a line and, last, their total, each hidden as the rule says. {@code parts} and
     * the total are figures of one metric; the answer has the parts' cells then the total's.
     */
    public static List<Cell> line(List<Figure> parts, Figure total, List<Boolean> upperBounds, boolean totalUpperBound) {
        List<Cell> cells = new ArrayList<>();
        int hidden = 0;
        for (int i = 0; i < parts.size(); i++) {
            Cell cell = cell(parts.get(i), upperBounds.get(i));
            if (cell.suppressed()) {
                hidden++;
            }
            cells.add(cell);
        }
        Cell totalCell = cell(total, totalUpperBound);
        if (hidden == 1 && !totalCell.suppressed()) {
            int smallest = -1;
            for (int i = 0; i < parts.size(); i++) {
                Figure part = parts.get(i);
                if (!cells.get(i).suppressed() && part.count() > 0
                        && (smallest < 0 || part.value() < parts.get(smallest).value())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                cells.set(smallest, cells.get(smallest).withhold());
            } else {
                totalCell = totalCell.withhold();
            }
        }
        cells.add(totalCell);
        return cells;
    }
}
