package org.shegong.platform.application.identity;

/**
 * The signed-in person's roles do not allow this part of the rule book ({@link Access}). Shown as
 * 403, never as a missing record. The platform-api type it extends is what modules throw and what
 * pages and the API map, so one handler serves both.
 */
public class AccessDeniedException extends org.shegong.platform.api.access.AccessDeniedException {

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(org.shegong.platform.api.records.Refusal reason) {
        super(reason);
    }
}
