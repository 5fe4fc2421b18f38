package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentRepository;

@ApplicationScoped
public class JpaResidentRepository extends JpaTenantRepository<Resident> implements ResidentRepository {

    public JpaResidentRepository() {
        super(Resident.class);
    }

    @Override
    public List<Resident> pageInStreets(Set<String> streetCodes, int first, int max) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from Resident r where r.community.parent.code in :streets"
                        + " order by r.name, r.id", Resident.class)
                .setParameter("streets", streetCodes).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countInStreets(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return 0;
        }
        return em().createQuery("select count(r) from Resident r where r.community.parent.code in :streets", Long.class)
                .setParameter("streets", streetCodes).getSingleResult();
    }

    @Override
    public Optional<Resident> findByIdNumberIndex(String idNumberIndex) {
        return single(em().createQuery("select r from Resident r where r.idNumberIndex = :index", Resident.class)
                .setParameter("index", idNumberIndex).getResultList());
    }
}
