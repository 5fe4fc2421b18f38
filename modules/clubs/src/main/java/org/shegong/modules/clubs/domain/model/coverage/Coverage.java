package org.shegong.modules.clubs.domain.model.coverage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.Community;

/**
 * Clubs per community against 191号. Every community of the stations is listed, those without a club
 * too; a club counts where it is kept, and only as an organisation (filed with the street or
 * registered — interest groups and clubs in incubation are not yet organisations; dormant, dissolved
 * and merged clubs count nowhere).
 */
public final class Coverage {

    private Coverage() {
    }

    public static List<CommunityCoverage> of(List<Community> communities, List<Club> clubs, CoverageRule rule) {
        return communities.stream().map(c -> {
            Map<ClubKind, Integer> perKind = new EnumMap<>(ClubKind.class);
            int total = 0;
            for (Club club : clubs) {
                if (club.getCommunityCode().equals(c.code()) && club.getStage().countsAsOrganisation()) {
                    perKind.merge(club.getKind(), 1, Integer::sum);
                    total++;
                }
            }
            CommunityKind kind = rule.kindOf(c);
            return new CommunityCoverage(c, kind, perKind, total, rule.targetFor(kind));
        }).toList();
    }

    /** How many of the communities are at target. */
    public static long atTarget(List<CommunityCoverage> rows) {
        return rows.stream().filter(CommunityCoverage::atTarget).count();
    }
}
