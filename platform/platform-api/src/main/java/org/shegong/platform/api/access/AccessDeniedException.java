package org.shegong.platform.api.access;

/**
 * The signed-in person's roles do not allow this. Shown as 403 and a reason, never as a missing
 * record — it is only thrown once the person may know the thing exists (their tenant, their module).
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }

    /** Denied for a reason said in the reader's language ({@link org.shegong.platform.api.records.Reasons}). */
    public AccessDeniedException(org.shegong.platform.api.records.Refusal reason) {
        super(reason.getMessage(), reason);
    }
}
