package org.shegong.platform.api.tenancy;

/**
 * Thrown when tenant-owned data is touched with no tenant in the current context. There is no
 * default tenant: failing here is what keeps one operator's records away from another.
 *
 * <p>Deliberately not an {@link IllegalStateException}: pages catch those as "this cannot be done
 * now" and show the message to the user, which would turn a missing tenant into a polite notice
 * instead of the loud failure it is.
 */
public class NoTenantException extends RuntimeException {

    public NoTenantException() {
        super("No tenant in the current context: tenant-owned data can be neither read nor written.");
    }
}
