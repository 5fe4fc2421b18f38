package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/** The registry of operators: platform data about tenants, not any tenant's own data. */
@ApplicationScoped
public class JpaTenantRegistry implements TenantRepository {

    @PersistenceContext(unitName = TenantEntityManager.UNIT)
    EntityManager em;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return em.createQuery("select t from Tenant t where t.code = :code", Tenant.class)
                .setParameter("code", id.value()).getResultStream().findFirst();
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.code", Tenant.class).getResultList();
    }

    @Override
    public void store(Tenant tenant) {
        if (tenant.getId() == null) {
            em.persist(tenant);
        }
    }
}
