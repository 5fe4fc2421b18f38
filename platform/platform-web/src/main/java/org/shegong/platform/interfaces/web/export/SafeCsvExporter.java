package org.shegong.platform.interfaces.web.export;

import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.shegong.platform.api.documents.CsvCells;

/**
 * PrimeFaces' CSV export of a table, with every cell made safe for spreadsheets ({@link CsvCells}:
 * a resident named {@code =HYPERLINK(…)} would otherwise run in the office that opens the export).
 * Registered for every table by {@link CsvExportRegistration}, so the platform's pages and every
 * module's use it.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(CsvCells.neutralised(value));
    }
}
