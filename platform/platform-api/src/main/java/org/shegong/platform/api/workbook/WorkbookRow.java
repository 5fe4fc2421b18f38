package org.shegong.platform.api.workbook;

import java.util.List;
import java.util.Map;
import org.shegong.platform.api.records.Reason;

/**
 * One data row as read: its number in the sheet (1-based, as Excel shows it), whether it was
 * hidden, the text of each read column by key ("" when empty), and what could not be read from it
 * (e.g. an ID number in a number cell, an error value), each a {@link Reason} said in the reader's language — the caller adds its own checks.
 */
public record WorkbookRow(int number, boolean hidden, Map<String, String> values, List<Reason> problems) {

    public WorkbookRow {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    /** Every read column empty: a spacer row people leave in lists, skipped by imports. */
    public boolean isBlank() {
        return problems.isEmpty() && values.values().stream().allMatch(String::isBlank);
    }
}
