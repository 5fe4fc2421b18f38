package org.shegong.modules.clubs.domain.model.club;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The clubs of the current tenant, with their members, milestones and path steps. */
public interface ClubRepository {

    void store(Object clubOrPart);

    Optional<Club> find(long id);

    /** Clubs at the streets matching the filter (null = any), by name; a page of them. */
    List<Club> search(ClubFilter filter, int first, int max);

    long count(ClubFilter filter);

    /** Clubs that were merged into the club. */
    List<Club> mergedInto(long clubId);

    List<Membership> members(Collection<Long> clubIds);

    List<Milestone> milestones(long clubId);

    Optional<Milestone> milestone(long id);

    List<StageStep> path(long clubId);

    /** Open clubs (not dissolved or merged) at the streets, for coverage. */
    List<Club> openAt(Set<String> streetCodes);

    /** Clubs on the books per street on the day: founded by then and not closed by then, and not dormant now. */
    Map<String, Long> countActivePerStreetAt(Set<String> streetCodes, LocalDate day);

    /** Clubs in force per street on the day: founded by then and not closed (dissolved or merged) by then, dormant or not. */
    Map<String, Long> countInForcePerStreetAt(Set<String> streetCodes, LocalDate day);

    Map<String, Long> countStepsPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);

    Map<String, Long> countMembersPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);
}
