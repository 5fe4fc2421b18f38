package org.shegong.platform.api.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * EntityManagers bound to the current request's tenant, for any persistence unit on the
 * {@code jdbc/shegong} data source: a module with a unit of its own gets its tenant-bound
 * EntityManager here, so the tenant is still set in one place only. With no tenant in the request
 * every use fails with {@link org.shegong.platform.api.tenancy.NoTenantException}.
 */
public interface TenantEntityManagers {

    /** The request's EntityManager of that unit, created once per request and joined to the active transaction. */
    EntityManager of(EntityManagerFactory unit);
}
