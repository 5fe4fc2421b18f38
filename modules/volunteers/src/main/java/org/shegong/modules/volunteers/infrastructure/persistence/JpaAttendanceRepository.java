package org.shegong.modules.volunteers.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceCorrection;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceRepository;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceStatus;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {

    @Inject
    VolunteersUnit unit;

    @Override
    public Optional<Attendance> find(long id) {
        return Optional.ofNullable(unit.em().find(Attendance.class, id));
    }

    @Override
    public Optional<Attendance> of(long shiftId, long volunteerId) {
        return unit.em().createQuery("select a from Attendance a where a.shiftId = :s and a.volunteerId = :v", Attendance.class)
                .setParameter("s", shiftId).setParameter("v", volunteerId).getResultStream().findFirst();
    }

    @Override
    public List<Attendance> ofShift(long shiftId) {
        return unit.em().createQuery("select a from Attendance a where a.shiftId = :s order by a.checkedInAt", Attendance.class)
                .setParameter("s", shiftId).getResultList();
    }

    @Override
    public List<Attendance> ofVolunteer(long volunteerId) {
        return unit.em().createQuery("select a from Attendance a where a.volunteerId = :v order by a.checkedInAt desc", Attendance.class)
                .setParameter("v", volunteerId).getResultList();
    }

    @Override
    public List<Attendance> toConfirm(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select a from Attendance a where a.streetCode in :s and a.status <> :c order by a.checkedInAt",
                Attendance.class).setParameter("s", streetCodes).setParameter("c", AttendanceStatus.CONFIRMED).getResultList();
    }

    @Override
    public List<AttendanceCorrection> correctionsOf(long attendanceId) {
        return unit.em().createQuery("select c from AttendanceCorrection c where c.attendanceId = :a order by c.id",
                AttendanceCorrection.class).setParameter("a", attendanceId).getResultList();
    }

    @Override
    public long confirmedMinutesOf(long volunteerId) {
        Long sum = unit.em().createQuery("select sum(a.minutes) from Attendance a where a.volunteerId = :v and a.status = :c",
                Long.class).setParameter("v", volunteerId).setParameter("c", AttendanceStatus.CONFIRMED).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public void add(Attendance attendance) {
        unit.persist(attendance, attendance.getId());
    }

    @Override
    public void store(Attendance attendance) {
        unit.persist(attendance, attendance.getId());
    }

    @Override
    public void addAll(List<Attendance> batch) {
        unit.batch(batch);
    }

    @Override
    public void add(AttendanceCorrection correction) {
        unit.persist(correction, correction.getId());
    }

    @Override
    public Map<String, Long> activePerStreet(Set<String> streetCodes, Instant from, Instant to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select a.streetCode, count(distinct a.volunteerId) from Attendance a"
                        + " where a.streetCode in :s and a.status = :c and a.confirmedAt >= :from and a.confirmedAt < :to"
                        + " group by a.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("c", AttendanceStatus.CONFIRMED)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    @Override
    public Map<String, Long> confirmedHoursPerStreet(Set<String> streetCodes, Instant from, Instant to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = unit.em().createQuery("select a.streetCode, sum(a.minutes) from Attendance a"
                        + " where a.streetCode in :s and a.status = :c and a.confirmedAt >= :from and a.confirmedAt < :to"
                        + " group by a.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("c", AttendanceStatus.CONFIRMED)
                .setParameter("from", from).setParameter("to", to).getResultList();
        // Whole hours per street: the figure dashboards and contracts speak in.
        return StreetCounts.of(rows.stream().map(r -> new Object[] {r[0], ((Number) r[1]).longValue() / 60}).toList());
    }
}
