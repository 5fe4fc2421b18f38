package org.shegong.modules.eldercare.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.health.FollowUpTask;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.health.HealthReading;
import org.shegong.modules.eldercare.domain.model.health.HealthRepository;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaHealthRepository implements HealthRepository {

    @Inject
    ElderUnit unit;

    @Override
    public void store(HealthReading reading) {
        unit.persist(reading, reading.getId());
    }

    @Override
    public void store(FollowUpTask task) {
        unit.persist(task, task.getId());
    }

    @Override
    public List<HealthReading> readingsOf(long residentId) {
        return unit.em().createQuery("select r from HealthReading r where r.residentId = :r order by r.measuredAt, r.id",
                HealthReading.class).setParameter("r", residentId).getResultList();
    }

    @Override
    public Map<String, Long> countReadingsPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select r.streetCode, count(r) from HealthReading r where r.streetCode in :s and r.residentRemoved = false "
                        + "and r.measuredAt >= :f and r.measuredAt < :t group by r.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("f", from.atStartOfDay())
                .setParameter("t", to.plusDays(1).atStartOfDay()).getResultList());
    }

    @Override
    public Map<Long, LocalDate> lastReadingDays(Set<String> streetCodes, LocalDate until) {
        Map<Long, LocalDate> last = new java.util.HashMap<>();
        if (streetCodes.isEmpty()) {
            return last;
        }
        List<Object[]> rows = unit.em().createQuery("select r.residentId, max(r.measuredAt) from HealthReading r "
                        + "where r.streetCode in :s and r.residentRemoved = false and r.measuredAt < :u group by r.residentId", Object[].class)
                .setParameter("s", streetCodes).setParameter("u", until.plusDays(1).atStartOfDay()).getResultList();
        for (Object[] row : rows) {
            last.put(((Number) row[0]).longValue(), asDay(row[1]));
        }
        return last;
    }

    /** The driver may hand the maximum back as a LocalDateTime or a Timestamp. */
    private static LocalDate asDay(Object value) {
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        return ((java.sql.Timestamp) value).toLocalDateTime().toLocalDate();
    }

    @Override
    public Optional<FollowUpTask> followUp(long id) {
        return Optional.ofNullable(unit.em().find(FollowUpTask.class, id));
    }

    @Override
    public Optional<FollowUpTask> openFollowUp(long residentId, HealthMeasure measure) {
        return unit.em().createQuery("select t from FollowUpTask t where t.residentId = :r and t.measure = :m "
                        + "and t.closedAt is null", FollowUpTask.class)
                .setParameter("r", residentId).setParameter("m", measure).getResultStream().findFirst();
    }

    @Override
    public List<FollowUpTask> followUpsOf(long residentId) {
        return unit.em().createQuery("select t from FollowUpTask t where t.residentId = :r order by t.id desc",
                FollowUpTask.class).setParameter("r", residentId).getResultList();
    }

    @Override
    public List<FollowUpTask> openFollowUps(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select t from FollowUpTask t where t.streetCode in :s and t.residentRemoved = false and t.closedAt is null "
                + "order by t.id", FollowUpTask.class).setParameter("s", streetCodes).getResultList();
    }
}
