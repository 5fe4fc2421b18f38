package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.region.RegionTree;

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

    /**
     * One query for all the codes (an import file's communities were one query each), with their
     * parents: an import names each resident's street, which was a lazy load per community.
     */
    @Override
    public List<Region> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Region r left join fetch r.parent where r.code in :codes", Region.class)
                .setParameter("codes", List.copyOf(new java.util.LinkedHashSet<>(codes))).getResultList();
    }

    /** One query for all the parents (a check of a file asked two per street). */
    @Override
    public List<Region> childrenOfCodes(Collection<String> parentCodes) {
        if (parentCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Region r where r.parent.code in :codes order by r.code", Region.class)
                .setParameter("codes", List.copyOf(new java.util.LinkedHashSet<>(parentCodes))).getResultList();
    }

    @Override
    public List<Region> all() {
        return em.createQuery("select r from Region r", Region.class).getResultList();
    }

    @Override
    public List<Region> childrenOf(Region parent) {
        return em.createQuery("select r from Region r where r.parent = :parent order by r.code", Region.class)
                .setParameter("parent", parent).getResultList();
    }

    /**
     * One query: a region is under {@code top} when its parent, grandparent or great-grandparent is
     * the top (a street sits three levels below a province, the deepest top there is), so three
     * self-joins reach every street whatever the tree's size. Each row brings its parent's code, so
     * the tree is assembled without loading a lazy parent.
     */
    @Override
    public RegionTree treeUnder(Region top) {
        List<Object[]> rows = em.createQuery("select r, p.code from Region r join r.parent p"
                        + " left join p.parent gp left join gp.parent ggp"
                        + " where r.level <> :community and (p.id = :top or gp.id = :top or ggp.id = :top)", Object[].class)
                .setParameter("community", RegionLevel.COMMUNITY).setParameter("top", top.getId()).getResultList();
        return RegionTree.of(top, rows.stream().map(row -> new RegionTree.Branch((Region) row[0], (String) row[1])).toList());
    }

    @Override
    public void store(Region region) {
        if (region.getId() == null) {
            em.persist(region);
        }
    }
}
