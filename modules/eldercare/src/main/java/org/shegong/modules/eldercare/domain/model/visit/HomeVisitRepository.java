package org.shegong.modules.eldercare.domain.model.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The current tenant's logged visits. */
public interface HomeVisitRepository {

    void store(HomeVisit visit);

    List<HomeVisit> ofResident(long residentId);

    /** The latest visit date per resident and kind, at these streets. */
    Map<Long, Map<VisitKind, LocalDate>> lastVisits(Set<String> streetCodes);

    long countAtStreets(Set<String> streetCodes, LocalDate from, LocalDate to);
}
