package org.shegong.platform.application.residents.imports;

import java.util.List;
import org.shegong.platform.application.residents.ResidentDetails;

/** A checked row: what would be registered, or why it cannot be (every problem of the row, not just the first). */
public record ImportRow(int rowNumber, String name, ResidentDetails details, List<String> errors) implements java.io.Serializable {

    public ImportRow {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public String errorText() {
        return String.join("；", errors);
    }
}
