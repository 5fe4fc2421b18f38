package org.shegong.platform.application.residents.imports;

import java.util.List;

/** The outcome of checking a whole file before anything is written. */
public record ImportCheck(List<ImportRow> rows) implements java.io.Serializable {

    public ImportCheck {
        rows = List.copyOf(rows);
    }

    public List<ImportRow> valid() {
        return rows.stream().filter(ImportRow::isValid).toList();
    }

    public List<ImportRow> invalid() {
        return rows.stream().filter(r -> !r.isValid()).toList();
    }

    public boolean isClean() {
        return invalid().isEmpty();
    }
}
