package org.shegong.platform.api.records;

/**
 * What text people enter may contain: letters, digits, punctuation, emoji, and (in longer text)
 * line breaks and tabs. Control characters (NUL and the like), invisible format characters
 * (right-to-left override, zero-width space and joiner, byte-order mark) and broken surrogates are
 * refused: they make a name look like another, hide text in exports, or break the database.
 */
public final class PlainText {

    /** For a Bean Validation {@code @Pattern} on one-line fields such as names: no control or format character. */
    public static final String ONE_LINE = "[^\\p{Cc}\\p{Cf}\\p{Cs}]*";
    /** For longer text (notes, addresses): as {@link #ONE_LINE}, but line breaks and tabs are fine. */
    public static final String MULTI_LINE = "(?:[^\\p{Cc}\\p{Cf}\\p{Cs}]|[\\t\\n\\r])*";
    public static final String REFUSAL = "不能含控制字符或不可见字符 / may not contain control or invisible characters";

    private PlainText() {
    }

    /** Why the text may not be stored, or null when it may. Line breaks and tabs are allowed. */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                int codePoint = text.codePointAt(i - 1);
                if (Character.getType(codePoint) == Character.FORMAT) {
                    return REFUSAL;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                return REFUSAL;
            }
        }
        return null;
    }
}
