package org.shegong.platform.api.records;

/**
 * No record with that id for the current tenant. Another tenant's record gets this very answer,
 * so a caller can never learn that an id exists elsewhere.
 */
public class RecordNotFoundException extends RuntimeException {

    /**
     * {@code kind} is named in both languages, Chinese first ("老人档案 elder profile"): each half goes
     * into its own half of the message, so a page that shows the reader's half shows no word of the
     * other language ("未找到老人档案 12" / "no elder profile with id 12").
     */
    public RecordNotFoundException(String kind, Object id) {
        super("未找到" + chinese(kind) + " " + id + " / no " + english(kind) + " with id " + id);
    }

    /**
     * The id a record page's address named ({@code ?id=}, read by the platform's {@code shegong.recordId} converter),
     * or this exception, as for an unknown id, when the address named none: for a page that has no chooser to show
     * without its record.
     */
    public static long unlessMissing(Long id, String kind) {
        if (id == null) {
            throw new RecordNotFoundException(kind, "—");
        }
        return id;
    }

    /** The kind's Chinese name: what comes before its first Latin letter (the whole kind if it has none). */
    static String chinese(String kind) {
        int at = firstLatin(kind);
        return at <= 0 ? kind : kind.substring(0, at).strip();
    }

    /** The kind's English name: from its first Latin letter on (the whole kind if it has no Chinese part). */
    static String english(String kind) {
        int at = firstLatin(kind);
        return at < 0 ? kind : kind.substring(at).strip();
    }

    private static int firstLatin(String kind) {
        for (int i = 0; kind != null && i < kind.length(); i++) {
            char c = kind.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return i;
            }
        }
        return -1;
    }

    /** For kinds of "not found" that name no record, e.g. a module that is off for the tenant. */
    protected RecordNotFoundException(String message) {
        super(message);
    }
}
