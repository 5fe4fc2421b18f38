package org.shegong.modules.eldercare.domain.model.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The current tenant's logged visits. */
public interface HomeVisitRepository {

    void store(HomeVisit visit);

    List<HomeVisit> ofResident(long residentId);

    /** Visits made within the period (both days included), per street code. */
    Map<String, Long> countPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);

    /** Latest visit date per resident and kind, counting only visits made on or before {@code until}. */
    Map<Long, Map<VisitKind, LocalDate>> lastVisits(Set<String> streetCodes, LocalDate until);
}
