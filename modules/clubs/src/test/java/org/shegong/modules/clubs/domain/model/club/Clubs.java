package org.shegong.modules.clubs.domain.model.club;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.shegong.platform.api.persistence.AuditedEntity;

/** Clubs for unit tests, with the id the database would give. */
public final class Clubs {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Community WULONGKOU = new Community("140106005002", "五龙口三社区", "140106005000");
    static final Community WENMIAO = new Community("140106003001", "文庙社区", "140106003000");

    private Clubs() {
    }

    static Club club(long id, String name, Community community) {
        Club club = new Club(new ClubProfile(name, ClubKind.CULTURE_SPORTS, community, TODAY.minusYears(2), null, null,
                null, null, null), TODAY);
        return withId(club, id);
    }

    /** A stored entity's id, as the database would give it (tests of other packages use it too). */
    public static <T extends AuditedEntity> T withId(T entity, long id) {
        try {
            Field f = AuditedEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
