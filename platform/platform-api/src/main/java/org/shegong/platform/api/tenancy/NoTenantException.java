package org.shegong.platform.api.tenancy;

/**
 * Thrown when tenant-owned data is touched with no tenant in the current context. There is no
 * default tenant: failing here is what keeps one operator's records away from another.
 */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("No tenant in the current context: tenant-owned data can be neither read nor written.");
    }
}
