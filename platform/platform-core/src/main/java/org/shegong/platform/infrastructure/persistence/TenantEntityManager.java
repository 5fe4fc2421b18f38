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
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.tenancy.TenantContext;

/**
 * The only place the tenant id is put on an EntityManager. One EntityManager per request, created
 * for the request's tenant and never switched; it joins whichever JTA transaction is active when it
 * is used. With no tenant in the context every use fails before anything is read or written.
 */
@RequestScoped
public class TenantEntityManager {

    public static final String UNIT = "shegong";

    @PersistenceUnit(unitName = UNIT)
    EntityManagerFactory factory;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantContext tenantContext;

    private EntityManager entityManager;
    private TenantId tenantOfEntityManager;

    public EntityManager get() {
        TenantId tenant = tenantContext.require();
        if (entityManager == null) {
            entityManager = factory.createEntityManager(
                    Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value()));
            tenantOfEntityManager = tenant;
        } else if (!tenant.equals(tenantOfEntityManager)) {
            throw new IllegalStateException("tenant changed within a request");
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && !entityManager.isJoinedToTransaction()) {
            entityManager.joinTransaction();
        }
        return entityManager;
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
