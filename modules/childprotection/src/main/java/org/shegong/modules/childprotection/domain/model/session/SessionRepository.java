package org.shegong.modules.childprotection.domain.model.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

public interface SessionRepository {

    void store(ServiceSession session);

    List<ServiceSession> ofCase(long caseId);

    Map<String, Long> countPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);

    /** Children with at least one session in the period, each counted once per street. */
    Map<String, Long> countChildrenPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);
}
