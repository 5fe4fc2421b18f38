package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;

@ApplicationScoped
public class JpaStationRepository implements StationRepository {

    @PersistenceContext(unitName = TenantEntityManager.UNIT)
    EntityManager em;

    @Override
    public Optional<Station> findByStreetCode(String streetCode) {
        return em.createQuery("select s from Station s where s.street.code = :code", Station.class)
                .setParameter("code", streetCode).getResultStream().findFirst();
    }

    @Override
    public Station lockForContracts(Station station) {
        return em.find(Station.class, station.getId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Station> all() {
        return em.createQuery("select s from Station s order by s.street.code", Station.class).getResultList();
    }

    @Override
    public void store(Station station) {
        if (station.getId() == null) {
            em.persist(station);
        }
    }
}
