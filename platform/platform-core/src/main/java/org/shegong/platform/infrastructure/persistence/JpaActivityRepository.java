package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityRepository;
import org.shegong.platform.domain.model.activity.ActivityStatus;

@ApplicationScoped
public class JpaActivityRepository extends JpaTenantRepository<Activity> implements ActivityRepository {

    public JpaActivityRepository() {
        super(Activity.class);
    }

    @Override
    public long countDone(String stationStreetCode) {
        return em().createQuery("select count(a) from Activity a where a.status = :done"
                        + " and a.station.street.code = :street", Long.class)
                .setParameter("done", ActivityStatus.DONE).setParameter("street", stationStreetCode)
                .getSingleResult();
    }
}
