package org.shegong.platform.api.workbook;

import java.util.List;

/**
 * A column an import reads: the key the caller uses, the template's header, the other headers
 * people write for it, whether the file must have it, whether its values may only come from text
 * cells (an ID number: Excel keeps 15 digits of a number), and the template's note on it.
 *
 * <p>A header matches when, without spaces and the "*" of required columns, it equals one of the
 * names or starts with one ("身份证号码（18位）").
 */
public record WorkbookColumn(String key, String header, List<String> otherHeaders, boolean required, boolean textOnly,
                             String note) {

    public WorkbookColumn {
        if (key == null || key.isBlank() || header == null || header.isBlank()) {
            throw new IllegalArgumentException("a column needs a key and a header");
        }
        otherHeaders = otherHeaders == null ? List.of() : List.copyOf(otherHeaders);
        note = note == null ? "" : note;
    }

    public boolean matches(String title) {
        String t = normalised(title);
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals(normalised(header)) || t.startsWith(normalised(header))) {
            return true;
        }
        return otherHeaders.stream().map(WorkbookColumn::normalised).anyMatch(h -> t.equals(h) || t.startsWith(h));
    }

    private static String normalised(String title) {
        return title == null ? "" : title.replaceAll("[\\s\\u00A0\\u3000\\u200B\\uFEFF*＊]", "");
    }
}
