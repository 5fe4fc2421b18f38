package org.shegong.modules.clubs.domain.model.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.directory.ActivityCard;

class ActivityMonthsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void everyMonthOfTheWindowIsThereWithHeldPlannedAndAttendance() {
        List<ActivityMonths.Month> months = ActivityMonths.of(List.of(
                card(1, "2026-12-08", "PLANNED", 0, 0),
                card(2, "2026-10-10", "DONE", 5, 4),
                card(3, "2026-10-20", "DONE", 0, 3),
                card(4, "2026-09-01", "CANCELLED", 0, 0),
                card(5, "2026-01-15", "DONE", 2, 2),
                card(6, "2025-12-31", "DONE", 9, 9)), TODAY, 12);

        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 1), months.get(0).month());
        assertEquals(new ActivityMonths.Month(YearMonth.of(2026, 1), 1, 0, 2), months.get(0), "December 2025 is outside");
        assertEquals(new ActivityMonths.Month(YearMonth.of(2026, 10), 2, 0, 8), months.get(9),
                "attendance is the headcount or, if more, the registered participants");
        assertEquals(new ActivityMonths.Month(YearMonth.of(2026, 9), 0, 0, 0), months.get(8), "a cancelled one is not activity");
        assertEquals(new ActivityMonths.Month(YearMonth.of(2026, 12), 0, 1, 0), months.get(11));
        assertEquals(0, months.get(5).done() + months.get(5).planned(), "a month without any is there, empty");
    }

    @Test
    void aWindowHasAtLeastOneMonth() {
        assertThrows(IllegalArgumentException.class, () -> ActivityMonths.of(List.of(), TODAY, 0));
        assertEquals(1, ActivityMonths.of(List.of(), TODAY, 1).size());
    }

    @Test
    void aPerformanceIsItsOwnPlatformType() {
        assertEquals(ClubActivityKind.PERFORMANCE, ClubActivityKind.ofPlatformType("PERFORMANCE"));
        assertEquals(ClubActivityKind.ACTIVITY, ClubActivityKind.ofPlatformType("GROUP_ACTIVITY"));
        assertEquals("PERFORMANCE", ClubActivityKind.PERFORMANCE.platformType());
    }

    private static ActivityCard card(long id, String day, String status, int headcount, int participants) {
        return new ActivityCard(id, "活动" + id, "GROUP_ACTIVITY", LocalDate.parse(day), status, "140106005000",
                "clubs.club:1", headcount, participants);
    }
}
