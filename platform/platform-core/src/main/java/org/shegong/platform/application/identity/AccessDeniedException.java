package org.shegong.platform.application.identity;

/** The signed-in person's roles do not allow this. Shown as 403, never as a missing record. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
