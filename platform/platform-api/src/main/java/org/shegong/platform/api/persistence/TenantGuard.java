package org.shegong.platform.api.persistence;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.Optional;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.tenancy.ForeignTenantException;
import org.shegong.platform.api.tenancy.NoTenantException;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * The last check before a tenant-owned row is written: the context has a tenant, and the row (as
 * it was read from the database) belongs to that tenant. EclipseLink's filter already confines an
 * EntityManager to its own tenant; this catches what the filter cannot see, an EntityManager made
 * for another tenant than the request's, or another tenant's row that reaches a write some other
 * way (merged from outside, it is normally stopped earlier by its version).
 */
public class TenantGuard {

    @PrePersist
    void beforeInsert(TenantOwnedEntity entity) {
        check(entity, contextTenant());
    }

    @PreUpdate
    void beforeUpdate(TenantOwnedEntity entity) {
        check(entity, contextTenant());
    }

    /** Refuses the write unless the context has a tenant and the row, if read before, is that tenant's. */
    static void check(TenantOwnedEntity entity, Optional<TenantId> context) {
        TenantId tenant = context.orElseThrow(NoTenantException::new);
        String rowTenant = entity.tenantOfRow();
        if (rowTenant != null && !rowTenant.equals(tenant.value())) {
            throw new ForeignTenantException(entity.getClass().getSimpleName() + " " + entity.getId(), rowTenant, tenant);
        }
    }

    private static Optional<TenantId> contextTenant() {
        try {
            return CDI.current().select(CurrentTenant.class).get().current();
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }
}
