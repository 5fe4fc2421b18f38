package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.modules.clubs.domain.model.club.Community;
import org.shegong.modules.clubs.domain.model.coverage.CommunityCoverage;
import org.shegong.modules.clubs.domain.model.coverage.Coverage;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.CommunityCards;

/**
 * Clubs per community against 民发〔2017〕191号 (10 per urban community, 5 per rural one, configurable):
 * for the person's stations on the coverage page, and per street for the metrics the dashboards roll up.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClubCoverage {

    @Inject
    ClubRepository clubs;

    @Inject
    CommunityCards communityCards;

    @Inject
    MyClubs my;

    @Inject
    ClubsSettings settings;

    /** Every community of the stations the pages show now, those without clubs too. */
    @RequiresPermission(ClubsPermissions.READ)
    public List<CommunityCoverage> ofMyStations() {
        List<Community> communities = my.communities(true);
        Set<String> streets = communities.stream().map(Community::streetCode).collect(java.util.stream.Collectors.toSet());
        return Coverage.of(communities, clubs.openAt(streets), settings.coverageRule());
    }

    /** Communities at target per street, as the clubs stand now (a metric counter: no person, the tenant only). */
    public Map<String, Long> atTargetPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        return perStreet(streetCodes, true);
    }

    /** Communities per street (the denominator of the coverage ratio). */
    public Map<String, Long> communitiesPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        return perStreet(streetCodes, false);
    }

    private Map<String, Long> perStreet(Set<String> streetCodes, boolean atTargetOnly) {
        List<Community> communities = communityCards.ofStreets(streetCodes).stream()
                .map(c -> new Community(c.code(), c.name(), c.streetCode())).toList();
        Map<String, Long> counts = new HashMap<>();
        for (CommunityCoverage row : Coverage.of(communities, clubs.openAt(streetCodes), settings.coverageRule())) {
            if (!atTargetOnly || row.atTarget()) {
                counts.merge(row.community().streetCode(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
