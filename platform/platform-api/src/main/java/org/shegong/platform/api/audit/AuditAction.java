package org.shegong.platform.api.audit;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What was done to a record, as its history names it. The platform's common actions are the
 * constants below; a module declares its own (assigned, approved, escalated, transferred …) in
 * {@code ShegongModule.auditActions()} with codes {@code <module id>.<name>} and label keys of its own
 * bundle, so a history shows every action by its label in the reader's language, never by its code.
 *
 * <p>A <em>read</em> action records that someone saw personal data (a record opened, a value
 * revealed, a list sent out or exported); reads are what the operator's 查阅记录 page lists.
 *
 * @param code     stored in the audit trail, stable forever: upper-case for the platform's own
 *                 ({@code CHANGED}), {@code <module>.<name>} for a module's ({@code childprotection.case.assigned})
 * @param labelKey key of the label in the owner's bundle (the platform's, or the module's)
 * @param read     whether the action is a read of personal data rather than a change
 */
public record AuditAction(String code, String labelKey, boolean read) {

    /** The platform's own codes: upper-case words. */
    public static final Pattern PLATFORM_CODE = Pattern.compile("[A-Z][A-Z_]{1,30}");
    /** A module's codes: {@code <module id>.<lower-case words separated by '.' or '-'>}, at most 80 characters. */
    public static final Pattern MODULE_CODE = Pattern.compile("[a-z][a-z0-9-]{1,30}(\\.[a-z][a-z0-9-]*)+");

    public static final AuditAction CREATED = platform("CREATED", false);
    public static final AuditAction CHANGED = platform("CHANGED", false);
    public static final AuditAction REMOVED = platform("REMOVED", false);
    public static final AuditAction RESTORED = platform("RESTORED", false);
    public static final AuditAction IMPORTED = platform("IMPORTED", false);
    /** One record was opened (a page, an API read); the purpose says for what. */
    public static final AuditAction VIEWED = platform("VIEWED", true);
    /** A value shown masked was shown in full (an ID number). Written before the value is shown. */
    public static final AuditAction REVEALED = platform("REVEALED", true);
    /** A list of records left the product as a file (CSV, Excel), with its row count. */
    public static final AuditAction EXPORTED = platform("EXPORTED", true);
    /** A list of records was sent to a client (an API list), with its row count. */
    public static final AuditAction LISTED = platform("LISTED", true);

    /** The platform's own actions. */
    public static final List<AuditAction> PLATFORM = List.of(CREATED, CHANGED, REMOVED, RESTORED, IMPORTED,
            VIEWED, REVEALED, EXPORTED, LISTED);

    public AuditAction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        if (code.length() > 80 || !(PLATFORM_CODE.matcher(code).matches() || MODULE_CODE.matcher(code).matches())) {
            throw new IllegalArgumentException("an audit action code is <module>.<name> (at most 80 characters): " + code);
        }
    }

    /** A module's action that changes a record, e.g. {@code ofChange("childprotection.case.assigned", "audit.case.assigned")}. */
    public static AuditAction ofChange(String code, String labelKey) {
        return module(code, labelKey, false);
    }

    /** A module's read of personal data, e.g. {@code ofRead("childprotection.case.printed", "audit.case.printed")}. */
    public static AuditAction ofRead(String code, String labelKey) {
        return module(code, labelKey, true);
    }

    /** Whether the platform declares it (its label is in the platform's bundle). */
    public boolean isPlatform() {
        return PLATFORM_CODE.matcher(code).matches();
    }

    /** The id of the module that declares it, or {@code core} for the platform's own. */
    public String ownerId() {
        return isPlatform() ? "core" : code.substring(0, code.indexOf('.'));
    }

    private static AuditAction platform(String code, boolean read) {
        return new AuditAction(code, "audit.action." + code, read);
    }

    private static AuditAction module(String code, String labelKey, boolean read) {
        if (!MODULE_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a module's audit action code is <module>.<name>: " + code);
        }
        return new AuditAction(code, labelKey, read);
    }
}
