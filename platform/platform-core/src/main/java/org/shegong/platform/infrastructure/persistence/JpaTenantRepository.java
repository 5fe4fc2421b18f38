package org.shegong.platform.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/**
 * What every repository of tenant-owned rows shares. It writes no tenant condition: EclipseLink's
 * multitenancy adds it to every statement, from the EntityManager's tenant.
 */
public abstract class JpaTenantRepository<T extends TenantOwnedEntity> {

    @Inject
    TenantEntityManager tenantEntityManager;

    private final Class<T> type;

    protected JpaTenantRepository(Class<T> type) {
        this.type = type;
    }

    protected EntityManager em() {
        return tenantEntityManager.get();
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(em().find(type, id));
    }

    public List<T> page(int first, int max) {
        return em().createQuery("select e from " + type.getSimpleName() + " e order by e.id", type)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public List<T> all() {
        return em().createQuery("select e from " + type.getSimpleName() + " e order by e.id", type).getResultList();
    }

    public long count() {
        return em().createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class).getSingleResult();
    }

    public void store(T entity) {
        if (entity.getId() == null) {
            em().persist(entity);
        } else if (!em().contains(entity)) {
            // A detached entity from outside: merging it blindly would insert it under this tenant.
            throw new IllegalArgumentException("only entities read in this request can be stored");
        }
    }

    public void remove(T entity) {
        if (!em().contains(entity)) {
            throw new IllegalArgumentException("only entities read in this request can be removed");
        }
        em().remove(entity);
    }

    public void flush() {
        em().flush();
    }

    protected Optional<T> single(List<T> results) {
        return results.stream().findFirst();
    }
}
