package org.shegong.platform.application.residents.imports;

import java.util.List;
import org.shegong.platform.api.records.Reason;
import org.shegong.platform.application.residents.ValidResidentDetails;

/**
 * A checked row: what would be registered, or why it cannot be (every problem of the row, not just
 * the first); and what the person should look at even so — values made regular (shown as they
 * will be stored), a hidden row, a possible second row of the same person.
 */
public record ImportRow(int rowNumber, String name, ValidResidentDetails details, List<Reason> errors, List<Reason> notes)
        implements java.io.Serializable {

    public ImportRow {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public ImportRow(int rowNumber, String name, ValidResidentDetails details, List<Reason> errors) {
        this(rowNumber, name, details, errors, List.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The row's errors in {@code locale}, one text (the page's column, a written file's cell). */
    public String errorText(java.util.Locale locale) {
        return String.join("；", org.shegong.platform.api.records.Reasons.texts(errors, locale));
    }

    public String noteText(java.util.Locale locale) {
        return String.join("；", org.shegong.platform.api.records.Reasons.texts(notes, locale));
    }
}
