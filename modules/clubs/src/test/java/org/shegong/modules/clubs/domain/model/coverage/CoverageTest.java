package org.shegong.modules.clubs.domain.model.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubProfile;
import org.shegong.modules.clubs.domain.model.club.Community;

class CoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Community URBAN = new Community("140106005002", "五龙口三社区", "140106005000");
    static final Community VILLAGE = new Community("140106007001", "郝庄村", "140106007000");
    static final Community EMPTY = new Community("140106005003", "青年路社区", "140106005000");

    @Test
    void urbanNeedsTenRuralFiveAndOnlyOrganisationsCount() {
        CoverageRule rule = new CoverageRule(10, 5, Set.of(), Set.of());
        List<Club> clubs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            clubs.add(CoverageFixtures.filed("城" + i, i % 2 == 0 ? ClubKind.CHARITY : ClubKind.CULTURE_SPORTS, URBAN, TODAY));
        }
        clubs.add(new Club(new ClubProfile("兴趣组", ClubKind.CHARITY, URBAN, TODAY, null, null, null, null, null), TODAY));
        for (int i = 0; i < 5; i++) {
            clubs.add(CoverageFixtures.filed("村" + i, ClubKind.LIFE_SERVICE, VILLAGE, TODAY));
        }
        List<CommunityCoverage> rows = Coverage.of(List.of(URBAN, VILLAGE, EMPTY), clubs, rule);

        CommunityCoverage urban = rows.get(0);
        assertEquals(CommunityKind.URBAN, urban.kind());
        assertEquals(9, urban.total(), "the interest group is no organisation yet");
        assertEquals(5, urban.of(ClubKind.CHARITY));
        assertEquals(4, urban.of(ClubKind.CULTURE_SPORTS));
        assertEquals(1, urban.gap());
        assertEquals(false, urban.atTarget());
        CommunityCoverage village = rows.get(1);
        assertEquals(CommunityKind.RURAL, village.kind());
        assertEquals(5, village.target());
        assertEquals(true, village.atTarget());
        assertEquals(0, rows.get(2).total());
        assertEquals(10, rows.get(2).gap());
        assertEquals(1, Coverage.atTarget(rows));

        CoverageRule configured = new CoverageRule(9, 6, Set.of(EMPTY.code()), Set.of(VILLAGE.code()));
        List<CommunityCoverage> again = Coverage.of(List.of(URBAN, VILLAGE, EMPTY), clubs, configured);
        assertEquals(true, again.get(0).atTarget(), "9 of 9");
        assertEquals(CommunityKind.URBAN, again.get(1).kind(), "configured urban despite its name");
        assertEquals(false, again.get(1).atTarget(), "5 of 9");
        assertEquals(CommunityKind.RURAL, again.get(2).kind());
        assertEquals(6, again.get(2).gap());
    }
}
