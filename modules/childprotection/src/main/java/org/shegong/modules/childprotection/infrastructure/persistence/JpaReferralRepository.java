package org.shegong.modules.childprotection.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.shegong.modules.childprotection.domain.model.referral.ChildReferral;
import org.shegong.modules.childprotection.domain.model.referral.ReferralRepository;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @Inject
    ChildUnit unit;

    @Override
    public void store(ChildReferral referral) {
        unit.persist(referral, referral.getId());
    }

    @Override
    public Optional<ChildReferral> find(long id) {
        return Optional.ofNullable(unit.em().find(ChildReferral.class, id));
    }

    @Override
    public List<ChildReferral> ofCase(long caseId) {
        return unit.em().createQuery("select r from ChildReferral r where r.caseId = :c order by r.requestedOn desc, r.id desc",
                ChildReferral.class).setParameter("c", caseId).getResultList();
    }
}
