package org.shegong.platform.api.tenancy;

import java.util.Optional;

/**
 * The tenant of the current context, read-only: the platform enters it once at the edge (the login
 * filter, or tenant work off the request thread) and holds it in exactly one place. Everything else
 * that needs the tenant, the signed-in person included, reads it here rather than keeping a copy.
 */
public interface CurrentTenant {

    /** The tenant, or empty outside any tenant (start-up, a civil-affairs or platform login). */
    Optional<TenantId> current();
}
