package org.shegong.modules.clubs.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.shegong.modules.clubs.domain.model.charter.Charter;
import org.shegong.modules.clubs.domain.model.charter.CharterRepository;

@ApplicationScoped
public class JpaCharterRepository implements CharterRepository {

    @Inject
    ClubUnit unit;

    @Override
    public void store(Charter charter) {
        unit.persist(charter, charter.getId());
    }

    @Override
    public Optional<Charter> find(long id) {
        return Optional.ofNullable(unit.em().find(Charter.class, id));
    }

    @Override
    public List<Charter> ofClubs(Collection<Long> clubIds) {
        if (clubIds.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select c from Charter c where c.clubId in :ids order by c.clubId, c.versionNo", Charter.class)
                .setParameter("ids", clubIds).getResultList();
    }
}
