package org.shegong.platform.infrastructure.excel;

/**
 * A cell as the sheet stores it: its text (a shared or inline string, the cached result of a
 * formula, or a number exactly as written in the file), and how it was stored — which decides
 * whether the text can be trusted for a column (an ID number never comes from a number).
 */
record SheetCell(String text, Kind kind) {

    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        /** An error value such as #N/A or #REF!. */
        ERROR,
        /** A formula saved without its result (written by a program, not by Excel). */
        FORMULA_WITHOUT_RESULT
    }

    boolean isBlank() {
        return kind != Kind.FORMULA_WITHOUT_RESULT && kind != Kind.ERROR && text.isBlank();
    }
}
