package org.shegong.platform.infrastructure.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.shegong.platform.api.persistence.TenantEntityManagers;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.tenancy.TenantContext;

/**
 * The only place the tenant id is put on an EntityManager. One EntityManager per request and unit
 * (the platform's, or a module's own), created for the request's tenant and never switched; it
 * joins whichever JTA transaction is active when it is used. With no tenant in the context every
 * use fails before anything is read or written, and a unit whose tenants share the cache is refused
 * on its first use ({@link IsolatedTenantCache}).
 */
@RequestScoped
public class TenantEntityManager implements TenantEntityManagers {

    public static final String UNIT = "shegong";

    @PersistenceUnit(unitName = UNIT)
    EntityManagerFactory factory;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantContext tenantContext;

    private final Map<EntityManagerFactory, EntityManager> entityManagers = new IdentityHashMap<>();
    private TenantId tenantOfEntityManagers;

    /** The platform unit's EntityManager. */
    public EntityManager get() {
        return of(factory);
    }

    @Override
    public EntityManager of(EntityManagerFactory unit) {
        TenantId tenant = tenantContext.require();
        IsolatedTenantCache.require(unit);
        if (tenantOfEntityManagers == null) {
            tenantOfEntityManagers = tenant;
        } else if (!tenant.equals(tenantOfEntityManagers)) {
            throw new IllegalStateException("tenant changed within a request");
        }
        EntityManager entityManager = entityManagers.computeIfAbsent(unit, f -> f.createEntityManager(
                Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value())));
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && !entityManager.isJoinedToTransaction()) {
            entityManager.joinTransaction();
        }
        return entityManager;
    }

    @PreDestroy
    void close() {
        entityManagers.values().stream().filter(EntityManager::isOpen).forEach(EntityManager::close);
    }
}
