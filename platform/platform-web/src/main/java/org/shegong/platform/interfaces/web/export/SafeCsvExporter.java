package org.shegong.platform.interfaces.web.export;

import org.primefaces.component.datatable.export.DataTableCSVExporter;

/**
 * PrimeFaces' CSV export of a table, with every cell made safe for spreadsheets: Excel and WPS
 * treat a cell that starts with {@code = + - @} (or a tab or carriage return) as a formula, so
 * a resident named {@code =HYPERLINK(…)} would run in the office that opens the export. Such a
 * cell gets a leading apostrophe, which spreadsheets show as text. Registered for every table by
 * {@link CsvExportRegistration}, so the platform's pages and every module's use it.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(neutralised(value));
    }

    /** The cell as a spreadsheet must read it: as text, never as a formula. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
