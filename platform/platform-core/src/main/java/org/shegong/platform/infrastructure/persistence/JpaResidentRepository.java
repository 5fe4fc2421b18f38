package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentRepository;

@ApplicationScoped
public class JpaResidentRepository extends JpaTenantRepository<Resident> implements ResidentRepository {

    public JpaResidentRepository() {
        super(Resident.class);
    }

    @Override
    public Optional<Resident> findByIdNumberIndex(String idNumberIndex) {
        return single(em().createQuery("select r from Resident r where r.idNumberIndex = :index", Resident.class)
                .setParameter("index", idNumberIndex).getResultList());
    }
}
