package org.shegong.modules.clubs.domain.model.coverage;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubProfile;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.modules.clubs.domain.model.club.Community;

final class CoverageFixtures {

    private CoverageFixtures() {
    }

    /** A club filed with the street (its stage set as the database would hold it). */
    static Club filed(String name, ClubKind kind, Community community, LocalDate today) {
        Club club = new Club(new ClubProfile(name, kind, community, today, null, null, null, null, null), today);
        try {
            Field f = Club.class.getDeclaredField("stage");
            f.setAccessible(true);
            f.set(club, ClubStage.FILED);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return club;
    }
}
