package org.shegong.modules.eldercare.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.referral.Referral;
import org.shegong.modules.eldercare.domain.model.referral.ReferralRepository;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @Inject
    ElderUnit unit;

    @Override
    public void store(Referral referral) {
        unit.persist(referral, referral.getId());
    }

    @Override
    public Optional<Referral> find(long id) {
        return Optional.ofNullable(unit.em().find(Referral.class, id));
    }

    @Override
    public List<Referral> atStreets(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select r from Referral r where r.streetCode in :s and r.residentRemoved = false order by r.requestedOn desc, r.id desc",
                Referral.class).setParameter("s", streetCodes).getResultList();
    }

    @Override
    public Map<String, Long> countServedPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select r.streetCode, count(r) from Referral r where r.streetCode in :s and r.residentRemoved = false "
                        + "and r.servedOn between :f and :t group by r.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("f", from).setParameter("t", to).getResultList());
    }
}
