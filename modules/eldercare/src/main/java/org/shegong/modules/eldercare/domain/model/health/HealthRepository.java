package org.shegong.modules.eldercare.domain.model.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The current tenant's health readings and their follow-up tasks. */
public interface HealthRepository {

    void store(HealthReading reading);

    void store(FollowUpTask task);

    /** Oldest first, for the chart. */
    List<HealthReading> readingsOf(long residentId);

    /** Readings measured within the period, per street code. */
    Map<String, Long> countReadingsPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);

    /** The day of each elder's latest reading measured on or before {@code until} (a 健康监测 contact). */
    Map<Long, LocalDate> lastReadingDays(Set<String> streetCodes, LocalDate until);

    Optional<FollowUpTask> followUp(long id);

    Optional<FollowUpTask> openFollowUp(long residentId, HealthMeasure measure);

    List<FollowUpTask> followUpsOf(long residentId);

    List<FollowUpTask> openFollowUps(Set<String> streetCodes);
}
