package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;

/** Regions are global: no tenant involved, so the container's EntityManager serves. */
@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

    @PersistenceContext(unitName = TenantEntityManager.UNIT)
    EntityManager em;

    @Override
    public Optional<Region> findByCode(String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Region> childrenOf(Region parent) {
        return em.createQuery("select r from Region r where r.parent = :parent order by r.code", Region.class)
                .setParameter("parent", parent).getResultList();
    }

    @Override
    public void store(Region region) {
        if (region.getId() == null) {
            em.persist(region);
        }
    }
}
