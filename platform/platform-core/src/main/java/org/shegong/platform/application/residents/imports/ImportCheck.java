package org.shegong.platform.application.residents.imports;

import java.util.List;
import org.shegong.platform.api.records.Reason;

/** The outcome of checking a whole file before anything is written, with what of the file was not read. */
public record ImportCheck(List<ImportRow> rows, List<Reason> unread) implements java.io.Serializable {

    public ImportCheck {
        rows = List.copyOf(rows);
        unread = List.copyOf(unread);
    }

    public ImportCheck(List<ImportRow> rows) {
        this(rows, List.of());
    }

    public List<ImportRow> valid() {
        return rows.stream().filter(ImportRow::isValid).toList();
    }

    public List<ImportRow> invalid() {
        return rows.stream().filter(r -> !r.isValid()).toList();
    }

    /** Rows with something to look at (normalised values, warnings), valid or not. */
    public List<ImportRow> noted() {
        return rows.stream().filter(r -> !r.notes().isEmpty()).toList();
    }

    public boolean isClean() {
        return invalid().isEmpty();
    }
}
