package org.shegong.platform.application.residents.imports;

/** What to do with a file that has bad rows. */
public enum ImportMode {
    /** Write every row or none: one bad row and nothing is written. */
    ALL_OR_NOTHING,
    /** Write the good rows, leave the bad ones for the person to fix and import again. */
    VALID_ROWS_ONLY
}
