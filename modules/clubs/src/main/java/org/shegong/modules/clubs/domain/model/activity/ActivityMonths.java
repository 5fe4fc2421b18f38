package org.shegong.modules.clubs.domain.model.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shegong.platform.api.directory.ActivityCard;

/**
 * A club's activity over time: for each month of a window ending this month, the activities held
 * (done), the ones still planned, and how many people attended the done ones. Months without any
 * are there too, so a chart shows the gaps; activities outside the window are left out.
 */
public final class ActivityMonths {

    /** One month of the chart. */
    public record Month(YearMonth month, int done, int planned, int attended) {
    }

    private ActivityMonths() {
    }

    /** The {@code months} months up to and including the month of {@code today}, oldest first. */
    public static List<Month> of(List<ActivityCard> activities, LocalDate today, int months) {
        Objects.requireNonNull(today, "today");
        if (months < 1) {
            throw new IllegalArgumentException("months: " + months);
        }
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(months - 1L);
        int[] done = new int[months];
        int[] planned = new int[months];
        int[] attended = new int[months];
        for (ActivityCard a : activities) {
            YearMonth m = YearMonth.from(a.heldOn());
            if (m.isBefore(first) || m.isAfter(last) || "CANCELLED".equals(a.status())) {
                continue;
            }
            int i = (int) first.until(m, java.time.temporal.ChronoUnit.MONTHS);
            if (a.done()) {
                done[i]++;
                attended[i] += Math.max(a.headcount(), a.participants());
            } else {
                planned[i]++;
            }
        }
        List<Month> rows = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            rows.add(new Month(first.plusMonths(i), done[i], planned[i], attended[i]));
        }
        return rows;
    }
}
