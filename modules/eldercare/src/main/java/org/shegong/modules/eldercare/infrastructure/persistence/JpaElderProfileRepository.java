package org.shegong.modules.eldercare.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfileRepository;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaElderProfileRepository implements ElderProfileRepository {

    @Inject
    ElderUnit unit;

    @Override
    public Optional<ElderProfile> ofResident(long residentId) {
        return unit.em().createQuery("select p from ElderProfile p where p.residentId = :r", ElderProfile.class)
                .setParameter("r", residentId).getResultStream().findFirst();
    }

    @Override
    public List<ElderProfile> atStreets(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select p from ElderProfile p where p.streetCode in :s and p.residentRemoved = false order by p.residentName, p.id",
                ElderProfile.class).setParameter("s", streetCodes).getResultList();
    }

    @Override
    public Map<String, Long> countPerStreetAt(Set<String> streetCodes, Instant endOfDay) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select p.streetCode, count(p) from ElderProfile p"
                        + " where p.streetCode in :s and p.residentRemoved = false and p.createdAt < :end group by p.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("end", endOfDay).getResultList());
    }

    @Override
    public void store(ElderProfile profile) {
        unit.persist(profile, profile.getId());
    }
}
