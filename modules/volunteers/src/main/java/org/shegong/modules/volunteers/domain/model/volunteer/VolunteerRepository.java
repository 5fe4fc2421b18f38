package org.shegong.modules.volunteers.domain.model.volunteer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface VolunteerRepository {

    Optional<Volunteer> find(long id);

    Optional<Volunteer> byIdNumberIndex(String index);

    Optional<Volunteer> byLogin(String login);

    /** The operator's volunteers at those streets, filtered; {@code null} filters are not applied. */
    List<Volunteer> search(Set<String> streetCodes, AffiliationKind kind, String skill, String who, int first, int max);

    long count(Set<String> streetCodes, AffiliationKind kind, String skill, String who);

    /** Next free number of the operator, e.g. {@code V000123}. */
    String nextNumber();

    Map<String, Long> registeredPerStreetOn(Set<String> streetCodes, java.time.LocalDate day);

    long countAll();

    void store(Volunteer volunteer);

    /** Writes many new volunteers at once (demo data); they are detached afterwards, their ids set. */
    void storeAll(List<Volunteer> batch);
}
