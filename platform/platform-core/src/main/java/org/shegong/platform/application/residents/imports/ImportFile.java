package org.shegong.platform.application.residents.imports;

import java.util.List;
import org.shegong.platform.api.records.Reason;

/**
 * What was read from an uploaded workbook: the rows, and what was not read — columns whose header
 * the import does not know, sheets besides the first — named so nothing is lost without a word.
 */
public record ImportFile(List<ImportLine> lines, List<Reason> unread) {

    public ImportFile {
        lines = List.copyOf(lines);
        unread = List.copyOf(unread);
    }
}
