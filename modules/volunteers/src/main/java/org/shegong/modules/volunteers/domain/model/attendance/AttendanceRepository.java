package org.shegong.modules.volunteers.domain.model.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface AttendanceRepository {

    Optional<Attendance> find(long id);

    Optional<Attendance> of(long shiftId, long volunteerId);

    List<Attendance> ofShift(long shiftId);

    List<Attendance> ofVolunteer(long volunteerId);

    /** Checked out, not yet confirmed, at those streets. */
    List<Attendance> toConfirm(Set<String> streetCodes);

    List<AttendanceCorrection> correctionsOf(long attendanceId);

    long confirmedMinutesOf(long volunteerId);

    /** Inserts and flushes: a second attendance of the same person and shift fails on the unique key. */
    void add(Attendance attendance);

    void store(Attendance attendance);

    void add(AttendanceCorrection correction);

    /** Writes many new attendances at once (demo data); detached afterwards. */
    void addAll(List<Attendance> batch);

    Map<String, Long> activePerStreet(Set<String> streetCodes, Instant from, Instant to);

    Map<String, Long> confirmedHoursPerStreet(Set<String> streetCodes, Instant from, Instant to);
}
