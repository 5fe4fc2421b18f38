package org.shegong.platform.interfaces.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.interfaces.web.dashboard.PeriodPicker.Choice;

/** The period picker's choices: what is offered, which one is shown selected, and that only values PeriodChoice takes are sent. */
class PeriodPickerTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void theYearsAreThisOneAndTheFiveBeforeNewestFirstWithTheShownOneSelected() {
        assertEquals(List.of("2026", "2025", "2024", "2023", "2022", "2021"), values(PeriodPicker.years(null, NOW)));
        assertEquals("2026", selected(PeriodPicker.years(null, NOW)), "none named: this year, as PeriodChoice reads it");
        assertEquals("2024", selected(PeriodPicker.years(" 2024 ", NOW)));
        assertEquals(List.of("2026", "2025", "2024", "2023", "2022", "2021", "2015"), values(PeriodPicker.years("2015", NOW)),
                "an older year the address names is offered, so the picker shows what the page shows");
        for (String refused : new String[] {"abc", "99999999999", "1999", "２０２５"}) {
            assertEquals("2026", selected(PeriodPicker.years(refused, NOW)), "a year PeriodChoice refuses shows this year: " + refused);
            assertEquals(6, PeriodPicker.years(refused, NOW).size(), "and is not offered: " + refused);
        }
    }

    @Test
    void quartersAndMonthsAreAllOfferedByTheirLabelsWithTheNamedOrTheCurrentOneSelected() {
        List<Choice> quarters = PeriodPicker.quarters(null, NOW, q -> "第" + q + "季度");
        assertEquals(List.of("1", "2", "3", "4"), values(quarters));
        assertEquals("第1季度", quarters.get(0).label());
        assertEquals("4", selected(quarters), "November is in the fourth quarter");
        assertEquals("2", selected(PeriodPicker.quarters("2", NOW, q -> "Q" + q)));
        assertEquals("4", selected(PeriodPicker.quarters("5", NOW, q -> "Q" + q)), "out of range: the current one");

        List<Choice> months = PeriodPicker.months(null, NOW, m -> m + "月");
        assertEquals(12, months.size());
        assertEquals("12月", months.get(11).label());
        assertEquals("11", selected(months));
        assertEquals("3", selected(PeriodPicker.months("03", NOW, m -> m + "月")));
        assertEquals("11", selected(PeriodPicker.months("13", NOW, m -> m + "月")), "month 13 is refused, not shown");
    }

    private static List<String> values(List<Choice> choices) {
        return choices.stream().map(Choice::value).toList();
    }

    private static String selected(List<Choice> choices) {
        List<String> chosen = choices.stream().filter(Choice::selected).map(Choice::value).toList();
        assertEquals(1, chosen.size(), "one choice selected: " + chosen);
        return chosen.get(0);
    }
}
