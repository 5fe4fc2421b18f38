package org.shegong.platform.api.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A row that belongs to one tenant. EclipseLink adds {@code tenant_id = <current tenant>} to every
 * query, count, bulk update and delete on it, and writes the column on insert; the value comes only
 * from the tenant property of the EntityManager, which the platform sets in exactly one place.
 * {@link TenantGuard} refuses any write whose row or context says otherwise.
 *
 * <p>Invariant: a tenant-owned row is never visible to, nor changeable by, another tenant. Native
 * SQL bypasses this filter, so it is never used on tenant tables.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", length = 64,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@EntityListeners(TenantGuard.class)
public abstract class TenantOwnedEntity extends AuditedEntity {

    /**
     * The tenant column as read from the database, for {@link TenantGuard} only: null on a new row.
     * Read-only, so EclipseLink alone writes the column, from the EntityManager's tenant.
     */
    @Column(name = "tenant_id", length = 64, insertable = false, updatable = false)
    private String tenantOfRow;

    String tenantOfRow() {
        return tenantOfRow;
    }
}
