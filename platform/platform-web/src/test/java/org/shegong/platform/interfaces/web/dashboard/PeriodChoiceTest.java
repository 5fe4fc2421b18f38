package org.shegong.platform.interfaces.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.domain.model.rollup.ReportPeriod;

class PeriodChoiceTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void eachKindAsTypedAndMissingPartsFromTheCurrentMonth() {
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 10)), PeriodChoice.parse("month", "2026", null, " 10 ", null, null, NOW));
        assertEquals(ReportPeriod.month(NOW), PeriodChoice.parse("month", null, null, "", null, null, NOW));
        assertEquals(ReportPeriod.quarter(2025, 4), PeriodChoice.parse("quarter", "2025", null, null, null, null, NOW));
        assertEquals(ReportPeriod.year(2026), PeriodChoice.parse(null, null, null, null, null, null, NOW));
        assertEquals(new ReportPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 12)),
                PeriodChoice.parse("custom", null, null, null, "2026-03", "2026-12", NOW));
    }

    /** A month of 13 was refused with Java's own English text; a year of "abc" broke the page and was a 404 on the API. */
    @Test
    void whatIsNotAWholeNumberInRangeIsRefusedWithTheFieldsReasonAndWhatWasTyped() {
        assertRefused("period.refused.month", "13", () -> PeriodChoice.parse("month", "2026", null, "13", null, null, NOW));
        assertRefused("period.refused.month", "0", () -> PeriodChoice.parse("month", "2026", null, "0", null, null, NOW));
        assertRefused("period.refused.month", "x", () -> PeriodChoice.parse("month", "2026", null, "x", null, null, NOW));
        assertRefused("period.refused.year", "abc", () -> PeriodChoice.parse("year", "abc", null, null, null, null, NOW));
        assertRefused("period.refused.year", "99999999999", () -> PeriodChoice.parse("year", "99999999999", null, null, null, null, NOW));
        assertRefused("period.refused.year", "1999", () -> PeriodChoice.parse("year", "1999", null, null, null, null, NOW));
        assertRefused("period.refused.quarter", "x", () -> PeriodChoice.parse("quarter", "2026", "x", null, null, null, NOW));
        assertRefused("period.refused.quarter", "5", () -> PeriodChoice.parse("quarter", "2026", "5", null, null, null, NOW));
        assertRefused("period.refused.kind", "bogus", () -> PeriodChoice.parse("bogus", "2026", null, null, null, null, NOW));
    }

    /** An address carries what no picker sends: full-width digits, a sign, a NUL, markup, a very long word. */
    @Test
    void numbersAreAsciiDigitsAndAReasonQuotesNoInvisibleCharacterAndNoLongText() {
        assertRefused("period.refused.year", "２０２５", () -> PeriodChoice.parse("year", "２０２５", null, null, null, null, NOW));
        assertRefused("period.refused.month", "１１", () -> PeriodChoice.parse("month", "2026", null, "１１", null, null, NOW));
        assertRefused("period.refused.month", "+3", () -> PeriodChoice.parse("month", "2026", null, "+3", null, null, NOW));
        assertRefused("period.refused.kind", "", () -> PeriodChoice.parse("\0", null, null, null, null, null, NOW));
        assertRefused("period.refused.kind", "year", () -> PeriodChoice.parse("ye\u200Ear", null, null, null, null, null, NOW));
        assertRefused("period.refused.kind", "<script>alert(1)</sc…",
                () -> PeriodChoice.parse("<script>alert(1)</script>", null, null, null, null, null, NOW));
        assertRefused("period.refused.kind", "x".repeat(20) + "…", () -> PeriodChoice.parse("x".repeat(3000), null, null, null, null, null, NOW));
        Refusal from = assertThrows(Refusal.class, () -> PeriodChoice.parse("custom", null, null, null, "2026-0\0" + "1".repeat(40), "2026-03", NOW));
        assertEquals(List.of("from", "2026-0" + "1".repeat(14) + "…"), from.args());
    }

    private static void assertRefused(String key, String typed, org.junit.jupiter.api.function.Executable parse) {
        Refusal refusal = assertThrows(Refusal.class, parse);
        assertEquals(key, refusal.key());
        assertEquals(List.of(typed), refusal.args());
    }
}
