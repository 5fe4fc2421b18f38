package org.shegong.modules.clubs.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceUnit;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.persistence.TenantEntityManagers;

/**
 * The module's own persistence unit, always through the platform's tenant-bound EntityManagers:
 * the tenant is set in the platform's one place, never here.
 */
@ApplicationScoped
public class ClubUnit {

    public static final String NAME = "clubs";

    @PersistenceUnit(unitName = NAME)
    EntityManagerFactory unit;

    @Inject
    TenantEntityManagers entityManagers;

    /** The request's EntityManager, joined to the active transaction: ask again in each transaction. */
    EntityManager em() {
        return entityManagers.of(unit);
    }

    /** Persists a new entity; refuses a detached one, which merge would write under the current tenant. */
    void persist(Object entity, Long id) {
        EntityManager em = em();
        if (id == null) {
            em.persist(entity);
        } else if (!em.contains(entity)) {
            throw new IllegalStateException("a detached " + entity.getClass().getSimpleName() + " is never merged");
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Someone changed the row since this transaction read it: nothing of this change is kept.
            throw new ConcurrentChangeException(entity.getClass().getSimpleName(), id);
        }
    }
}
