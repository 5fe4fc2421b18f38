package org.shegong.platform.api.tenancy;

/**
 * Thrown when a tenant-owned row would be written under a tenant that is not the context's: an
 * EntityManager made for another tenant, or another tenant's row brought in from outside. Nothing
 * is written; the transaction rolls back. A programming error, never a message for the user.
 */
public class ForeignTenantException extends RuntimeException {

    public ForeignTenantException(String entity, String rowTenant, TenantId contextTenant) {
        super("Refused to write " + entity + " of tenant " + rowTenant + " while acting for tenant "
                + contextTenant.value() + ": a tenant-owned row is only ever written by its own tenant.");
    }
}
