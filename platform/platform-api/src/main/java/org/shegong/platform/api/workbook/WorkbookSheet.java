package org.shegong.platform.api.workbook;

import java.util.List;
import org.shegong.platform.api.records.Reason;

/** The first sheet's data rows, and what in the file was not read (unknown columns, other sheets), each a {@link Reason}. */
public record WorkbookSheet(List<WorkbookRow> rows, List<Reason> unread) {

    public WorkbookSheet {
        rows = List.copyOf(rows);
        unread = List.copyOf(unread);
    }
}
