package org.shegong.platform.api.workbook;

import java.io.InputStream;
import java.util.List;

/**
 * The platform's Excel reader and template writer, for a module's import (e.g. a class list of
 * volunteers). The implementation in core is the one the residents' import uses: the upload is
 * spooled (at most {@link #MAX_UPLOAD_BYTES}), each part is read as a stream with a byte limit, and
 * reading stops at the row cap, so a hostile file is refused with a reason and never fills the heap.
 */
public interface WorkbookRows {

    /** The platform's row cap per file; a caller may ask for fewer. */
    int MAX_ROWS = 5_000;

    long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    /**
     * The first sheet's rows under a header row, columns found by their header. Blank rows are
     * kept (with {@link WorkbookRow#isBlank()}), hidden rows marked, merged cells given the top
     * cell's value; unknown or repeated columns and other sheets with data are named in
     * {@link WorkbookSheet#unread()}.
     *
     * @throws WorkbookRefusedException not an .xlsx, too large, more than {@code maxRows} data rows
     *         (at most {@link #MAX_ROWS}), no header row or a required column missing, no data row
     */
    WorkbookSheet read(InputStream in, List<WorkbookColumn> columns, int maxRows);

    /**
     * An empty list to fill in: the headers (required ones marked "*") on a sheet of that name, every
     * column formatted as text, and a sheet "填写说明" with each column's note.
     */
    byte[] template(String sheetName, List<WorkbookColumn> columns);
}
