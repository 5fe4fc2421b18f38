package org.shegong.platform.domain.model.activity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's activities. */
public interface ActivityRepository {

    Optional<Activity> find(long id);

    List<Activity> page(int first, int max);

    long count();

    /** Activities at the stations of the given streets, newest first. */
    List<Activity> pageInStreets(Set<String> streetCodes, int first, int max);

    long countDone(String stationStreetCode);

    /** Done activities at the stations of the given streets held within the period (both days included). */
    long countDone(Set<String> streetCodes, java.time.LocalDate from, java.time.LocalDate to);

    /** The same, per street code in one query (a street with none is absent). */
    java.util.Map<String, Long> countDonePerStreet(Set<String> streetCodes, java.time.LocalDate from, java.time.LocalDate to);

    /** Activities with this organiser reference at the stations of the given streets, newest first. */
    List<Activity> organisedBy(String organiser, Set<String> streetCodes);
    /** The same per street and month held, for a run of months in one query (the roll-up rebuild). */
    java.util.Map<String, java.util.Map<java.time.YearMonth, Long>> countDonePerStreetAndMonth(Set<String> streetCodes,
            java.time.YearMonth from, java.time.YearMonth to);

    void store(Activity activity);

    void remove(Activity activity);

    /** Writes pending changes now, so ids and conflicts are known inside the service. */
    void flush();
}
