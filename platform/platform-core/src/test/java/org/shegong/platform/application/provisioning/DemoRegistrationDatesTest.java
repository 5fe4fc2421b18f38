package org.shegong.platform.application.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The demo residents' registration dates (建档日期): within the contract's years up to today, spread, the same every time. */
class DemoRegistrationDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDate CONTRACT_STARTS = LocalDate.of(2023, 1, 1);

    @Test
    void betweenTheContractsStartAndTodaySpreadOverItsYearsAndDeterministic() {
        List<LocalDate> dates = dates(new Random(42));
        assertEquals(dates, dates(new Random(42)), "the same seed, the same dates");
        assertTrue(dates.stream().allMatch(d -> !d.isBefore(CONTRACT_STARTS) && !d.isAfter(TODAY)), dates.toString());
        Set<Integer> years = new TreeSet<>();
        Set<YearMonth> months = new TreeSet<>();
        dates.forEach(d -> {
            years.add(d.getYear());
            months.add(YearMonth.from(d));
        });
        assertEquals(Set.of(2023, 2024, 2025, 2026), years, "every contract year has registrations: a rising trend");
        assertTrue(months.size() > 15, "spread over the months, not bunched: " + months.size());
    }

    @Test
    void aContractStartingTodayOrLaterRegistersToday() {
        assertEquals(TODAY, DemoData.registeredOn(new Random(1), TODAY, TODAY));
        assertFalse(DemoData.registeredOn(new Random(1), LocalDate.of(1990, 1, 1), TODAY).isBefore(LocalDate.of(2000, 1, 1)),
                "never before the earliest registration date");
    }

    private static List<LocalDate> dates(Random random) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            dates.add(DemoData.registeredOn(random, CONTRACT_STARTS, TODAY));
        }
        return dates;
    }
}
