package org.shegong.platform.api.documents;

/**
 * A CSV cell as a spreadsheet must read it: as text, never as a formula. Excel and WPS treat a cell
 * that starts with {@code = + - @} (or a tab or carriage return) as a formula, so a child named
 * {@code =HYPERLINK(…)} would run in the office that opens the export; such a cell gets a leading
 * apostrophe, which spreadsheets show as text. The one rule for the pages' CSV exporter and for a
 * module's own CSV.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The value with a leading apostrophe where a spreadsheet would take it for a formula. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** The value neutralised and quoted (inner quotes doubled); null as an empty cell. */
    public static String quoted(String value) {
        return "\"" + (value == null ? "" : neutralised(value).replace("\"", "\"\"")) + "\"";
    }
}
