package org.shegong.platform.domain.model.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.station.Station;

/** An activity's organiser reference (set by the planning module, never read in parts) and its refusals by key. */
class ActivityOrganiserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    final Region province = new Region("140000000000", "山西省", RegionLevel.PROVINCE, null);
    final Region city = new Region("140100000000", "太原市", RegionLevel.CITY, province);
    final Region district = new Region("140106000000", "迎泽区", RegionLevel.DISTRICT, city);
    final Station station = new Station(new Region("140106005000", "老军营街道", RegionLevel.STREET, district), "老军营街道社工站");

    @Test
    void anActivityKeepsTheOrganiserItWasGiven() {
        Activity a = new Activity("重阳联欢", ActivityType.PERFORMANCE, TODAY, station);
        assertNull(a.getOrganiser(), "the station's own has none");
        a.organisedBy("clubs.club:42");
        assertEquals("clubs.club:42", a.getOrganiser());
        assertThrows(IllegalArgumentException.class, () -> a.organisedBy(" "));
        assertThrows(IllegalArgumentException.class, () -> a.organisedBy("x".repeat(101)));
        assertEquals("clubs.club:42", a.getOrganiser(), "a refused reference changes nothing");
    }

    @Test
    void refusalsAreKeys() {
        assertEquals("activity.refused.title", assertThrows(Refusal.class,
                () -> new Activity(" ", ActivityType.GROUP_ACTIVITY, TODAY, station)).key());
        Activity a = new Activity("义诊", ActivityType.GROUP_ACTIVITY, TODAY, station);
        assertEquals("activity.refused.headcount", assertThrows(Refusal.class, () -> a.setHeadcount(-1)).key());
    }

    /** A title or place longer than its column is refused with the limit, not cut and not left to the database. */
    @Test
    void aTitleOrPlaceLongerThanKeptIsRefusedAndChangesNothing() {
        Activity a = new Activity("义诊", ActivityType.GROUP_ACTIVITY, TODAY, station);
        Refusal title = assertThrows(Refusal.class, () -> a.plan("长".repeat(Activity.TITLE_MAX + 1), ActivityType.GROUP_ACTIVITY, TODAY, "活动室"));
        assertEquals("activity.refused.titleLength", title.key());
        assertEquals(java.util.List.of(Activity.TITLE_MAX), title.args());
        assertEquals("activity.refused.placeLength", assertThrows(Refusal.class,
                () -> a.plan("义诊", ActivityType.GROUP_ACTIVITY, TODAY, "地".repeat(Activity.PLACE_MAX + 1))).key());
        assertEquals("义诊", a.getTitle(), "a refused plan changes nothing");
        a.plan(" " + "长".repeat(Activity.TITLE_MAX) + " ", ActivityType.GROUP_ACTIVITY, TODAY, "地".repeat(Activity.PLACE_MAX));
        assertEquals(Activity.TITLE_MAX, a.getTitle().length(), "the limit itself is kept, spaces around it stripped");
    }
}
