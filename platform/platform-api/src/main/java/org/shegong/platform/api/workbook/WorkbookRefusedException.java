package org.shegong.platform.api.workbook;

/**
 * A file that was not read at all, and why (not an .xlsx, too large, too many rows, no header row,
 * a required column missing): a refusal with the person's reason, said in the reader's language
 * ({@link org.shegong.platform.api.records.Reasons#refusal}). An {@link IllegalArgumentException},
 * so an API answers it with 400 and the reason.
 */
public class WorkbookRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Refused for a reason said in the reader's language ({@link org.shegong.platform.api.records.Reasons}). */
    public WorkbookRefusedException(org.shegong.platform.api.records.Refusal reason) {
        super(reason.getMessage(), reason);
    }
}
