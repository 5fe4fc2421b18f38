package org.shegong.modules.clubs.domain.model.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shegong.modules.clubs.domain.model.club.ClubPathTest.assertRefused;
import static org.shegong.modules.clubs.domain.model.club.Clubs.TODAY;
import static org.shegong.modules.clubs.domain.model.club.Clubs.WENMIAO;
import static org.shegong.modules.clubs.domain.model.club.Clubs.WULONGKOU;
import static org.shegong.modules.clubs.domain.model.club.Clubs.club;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClubMergeTest {

    static Membership member(long club, long resident, String name, int daysAgo) {
        return new Membership(club, new Person(resident, name), TODAY.minusDays(daysAgo), TODAY);
    }

    @Test
    void membersAreUnitedOnceWithTheirEarliestJoiningDayAndTheTeamsClosedAsMergedInto() {
        Club target = club(1, "五龙口艺术团", WULONGKOU);
        Club dance = club(2, "广场舞队", WULONGKOU);
        Club choir = club(3, "合唱队", WULONGKOU);
        ClubMerge merge = new ClubMerge(target, List.of(dance, choir));
        Membership left = member(2, 40, "退出者", 300);
        left.leave(TODAY.minusDays(5), TODAY);
        List<Membership> added = merge.newMemberships(
                List.of(member(1, 10, "甲", 100)),
                List.of(member(2, 10, "甲", 500), member(2, 20, "乙", 200), member(3, 20, "乙", 400), member(3, 30, "丙", 50), left),
                TODAY);
        Map<Long, java.time.LocalDate> joined = added.stream().collect(Collectors.toMap(Membership::getResidentId, Membership::getJoinedOn));
        assertEquals(Map.of(20L, TODAY.minusDays(400), 30L, TODAY.minusDays(50)), joined,
                "甲 is already a member, 乙 once with the earlier day, 丙 too; who left stays out");
        added.forEach(m -> assertEquals(1L, m.getClubId()));

        List<StageStep> steps = merge.close("laojunying.lead", TODAY);
        assertEquals(2, steps.size());
        assertEquals(ClubStage.MERGED, dance.getStage());
        assertEquals(1L, dance.getMergedIntoId());
        assertEquals("五龙口艺术团", choir.getMergedIntoName());
        assertRefused("clubs.refused.merged", "五龙口艺术团", () -> dance.describe(new ClubProfile("x", ClubKind.CHARITY, WULONGKOU, TODAY, null, null, null, null, null), TODAY));
    }

    @Test
    void aMergeNeedsTwoOpenClubsOfOneStationEachChosenOnce() {
        Club target = club(1, "五龙口艺术团", WULONGKOU);
        assertRefused("clubs.refused.mergeTwo", () -> new ClubMerge(target, List.of()));
        assertRefused("clubs.refused.mergeOnce", () -> new ClubMerge(target, List.of(club(2, "a", WULONGKOU), club(2, "a", WULONGKOU))));
        assertRefused("clubs.refused.mergeOnce", () -> new ClubMerge(target, List.of(target)));
        assertRefused("clubs.refused.mergeStation", "文庙队", () -> new ClubMerge(target, List.of(club(4, "文庙队", WENMIAO))));
        Club gone = club(5, "已并队", WULONGKOU);
        new ClubMerge(club(6, "x", WULONGKOU), List.of(gone)).close("l", TODAY);
        assertRefused("clubs.refused.merged", () -> new ClubMerge(target, List.of(gone)));
    }

    @Test
    void aMergeIsDatedBetweenTheFoundingOfEveryClubAndToday() {
        ClubMerge merge = new ClubMerge(club(1, "五龙口艺术团", WULONGKOU), List.of(club(2, "东队", WULONGKOU)));
        LocalDate founded = merge.merged().get(0).getFoundedOn();
        assertRefused("clubs.refused.mergeInFuture", () -> merge.requireDay(TODAY.plusDays(1), TODAY));
        assertRefused("clubs.refused.mergeBeforeFounding", "东队", () -> merge.requireDay(founded.minusDays(1), TODAY));
        merge.requireDay(founded, TODAY); // the founding day itself and today are allowed
        merge.requireDay(TODAY, TODAY);
        LocalDate dormant = TODAY.minusMonths(2);
        assertRefused("clubs.refused.mergeBeforeLastStep", "东队",
                () -> merge.requireDay(dormant.minusDays(1), TODAY, java.util.Map.of(2L, dormant)));
        merge.requireDay(dormant, TODAY, java.util.Map.of(2L, dormant)); // the day of the last step itself: in order
    }
}
