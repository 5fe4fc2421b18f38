package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.platform.api.module.StreetCounts;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityRepository;
import org.shegong.platform.domain.model.activity.ActivityStatus;

@ApplicationScoped
public class JpaActivityRepository extends JpaTenantRepository<Activity> implements ActivityRepository {

    public JpaActivityRepository() {
        super(Activity.class);
    }

    @Override
    public List<Activity> pageInStreets(Set<String> streetCodes, int first, int max) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select a from Activity a where a.station.street.code in :streets"
                        + " order by a.heldOn desc, a.id desc", Activity.class)
                .setParameter("streets", streetCodes).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countDone(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return 0;
        }
        return em().createQuery("select count(a) from Activity a where a.status = :done"
                        + " and a.station.street.code in :streets and a.heldOn between :from and :to", Long.class)
                .setParameter("done", ActivityStatus.DONE).setParameter("streets", streetCodes)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public Map<String, Long> countDonePerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(em().createQuery("select a.station.street.code, count(a) from Activity a where a.status = :done"
                        + " and a.station.street.code in :streets and a.heldOn between :from and :to"
                        + " group by a.station.street.code", Object[].class)
                .setParameter("done", ActivityStatus.DONE).setParameter("streets", streetCodes)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    @Override
    public Map<String, Map<java.time.YearMonth, Long>> countDonePerStreetAndMonth(Set<String> streetCodes,
                                                                                 java.time.YearMonth from, java.time.YearMonth to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.ofMonths(em().createQuery("select a.station.street.code, function('YEAR', a.heldOn),"
                        + " function('MONTH', a.heldOn), count(a) from Activity a where a.status = :done"
                        + " and a.station.street.code in :streets and a.heldOn between :from and :to"
                        + " group by a.station.street.code, function('YEAR', a.heldOn), function('MONTH', a.heldOn)", Object[].class)
                .setParameter("done", ActivityStatus.DONE).setParameter("streets", streetCodes)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atEndOfMonth()).getResultList());
    }

    @Override
    public long countDone(String stationStreetCode) {
        return em().createQuery("select count(a) from Activity a where a.status = :done"
                        + " and a.station.street.code = :street", Long.class)
                .setParameter("done", ActivityStatus.DONE).setParameter("street", stationStreetCode)
                .getSingleResult();
    }

    @Override
    public List<Activity> organisedBy(String organiser, Set<String> streetCodes) {
        if (streetCodes.isEmpty() || organiser == null) {
            return List.of();
        }
        return em().createQuery("select a from Activity a where a.organiser = :organiser and a.station.street.code in :streets"
                        + " order by a.heldOn desc, a.id desc", Activity.class)
                .setParameter("organiser", organiser).setParameter("streets", streetCodes).getResultList();
    }
}
