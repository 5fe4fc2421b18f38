package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.partner.PartnerRepository;

@ApplicationScoped
public class JpaPartnerRepository extends JpaTenantRepository<Partner> implements PartnerRepository {

    public JpaPartnerRepository() {
        super(Partner.class);
    }

    @Override
    public Optional<Partner> findByName(String name) {
        return single(em().createQuery("select p from Partner p where p.name = :name", Partner.class)
                .setParameter("name", name).getResultList());
    }
}
