package org.shegong.platform.api.workbook;

import java.util.List;

/** The first sheet's data rows, and what in the file was not read (unknown columns, other sheets). */
public record WorkbookSheet(List<WorkbookRow> rows, List<String> unread) {

    public WorkbookSheet {
        rows = List.copyOf(rows);
        unread = List.copyOf(unread);
    }
}
