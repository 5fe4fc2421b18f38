package org.shegong.platform.interfaces.web.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * What the dashboards' period picker offers as choices rather than free number boxes: the years (the last
 * {@value #YEARS_BACK} and this one, and the one shown if the address named another), the four quarters and the
 * twelve months, each with the one shown selected — what the address named, else the current month's, as
 * {@link PeriodChoice} reads a missing part. The address's parameters stay as they are; the picker only sends
 * values PeriodChoice takes.
 */
public final class PeriodPicker {

    /** How many years before this one the picker offers (the stations were built from 2021). */
    static final int YEARS_BACK = 5;

    /** One option of a select: the value sent, its label, whether it is the one shown. */
    public record Choice(String value, String label, boolean selected) {
    }

    private PeriodPicker() {
    }

    /** The years, newest first, with the shown year selected (an address's year in range is offered even if older). */
    public static List<Choice> years(String year, YearMonth now) {
        int shown = number(year, 2000, 2100).orElse(now.getYear());
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = now.getYear() - YEARS_BACK; y <= now.getYear(); y++) {
            years.add(y);
        }
        years.add(shown);
        List<Choice> choices = new ArrayList<>();
        for (int y : years.descendingSet()) {
            choices.add(new Choice(String.valueOf(y), String.valueOf(y), y == shown));
        }
        return choices;
    }

    public static List<Choice> quarters(String quarter, YearMonth now, IntFunction<String> label) {
        return range(1, 4, number(quarter, 1, 4).orElse((now.getMonthValue() - 1) / 3 + 1), label);
    }

    public static List<Choice> months(String month, YearMonth now, IntFunction<String> label) {
        return range(1, 12, number(month, 1, 12).orElse(now.getMonthValue()), label);
    }

    private static List<Choice> range(int from, int to, int shown, IntFunction<String> label) {
        List<Choice> choices = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            choices.add(new Choice(String.valueOf(i), label.apply(i), i == shown));
        }
        return choices;
    }

    /** A number as PeriodChoice takes it (ASCII digits, in range); empty for anything else, which PeriodChoice refuses. */
    private static java.util.OptionalInt number(String text, int min, int max) {
        if (text == null || !text.strip().matches("[0-9]{1,9}")) {
            return java.util.OptionalInt.empty();
        }
        int value = Integer.parseInt(text.strip());
        return value < min || value > max ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
    }
}
