package org.shegong.modules.clubs.domain.model.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.domain.model.club.Clubs.TODAY;
import static org.shegong.modules.clubs.domain.model.club.Clubs.WULONGKOU;
import static org.shegong.modules.clubs.domain.model.club.Clubs.club;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;

class ClubPathTest {

    static final String VALID_CODE = "51140106MJ0000001H";

    static StepEvidence lead(List<Milestone> plan, boolean charter, String filing, String code, String reason) {
        return on(TODAY.minusDays(3), null, plan, charter, filing, code, reason);
    }

    /** The lead's evidence for a step dated {@code on}, the club's last step so far dated {@code lastStepOn}. */
    static StepEvidence on(java.time.LocalDate on, java.time.LocalDate lastStepOn, List<Milestone> plan, boolean charter,
                           String filing, String code, String reason) {
        return new StepEvidence(plan, charter, filing, code, on, lastStepOn, reason, "laojunying.lead", true);
    }

    static Milestone done(String title) {
        Milestone m = new Milestone(1, title);
        m.markDone(TODAY.minusDays(10), TODAY);
        return m;
    }

    @Test
    void theWholePathStepByStepWithEvidenceAndTheLead() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        assertEquals(ClubStage.INTEREST_GROUP, c.getStage());
        StageStep s1 = c.moveTo(ClubStage.INCUBATING, lead(List.of(new Milestone(1, "制定内部规章")), false, null, null, null), TODAY);
        assertEquals(ClubStage.INTEREST_GROUP, s1.getFromStage());
        assertEquals("laojunying.lead", s1.getConfirmedBy());
        StageStep s2 = c.moveTo(ClubStage.FILED, lead(List.of(done("制定内部规章"), done("选出负责人")), true, "迎泽备2026-01", null, null), TODAY);
        assertEquals("迎泽备2026-01", c.getFilingNumber());
        assertEquals(TODAY.minusDays(3), c.getFiledOn());
        assertTrue(s2.getEvidence().contains("迎泽备2026-01"), s2.getEvidence());
        c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, " 51140106mj0000001h ", null), TODAY);
        assertEquals(ClubStage.REGISTERED, c.getStage());
        assertEquals(VALID_CODE, c.getCreditCode());
    }

    @Test
    void aStepWithoutTheLeadIsRefusedWithTheReason() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        StepEvidence worker = new StepEvidence(List.of(new Milestone(1, "制定内部规章")), false, null, null, TODAY, null, null,
                "laojunying.worker", false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.moveTo(ClubStage.INCUBATING, worker, TODAY));
        assertEquals("clubs.refused.byLead", ((Refusal) e).key(), e.getMessage());
        assertEquals(ClubStage.INTEREST_GROUP, c.getStage());
    }

    @Test
    void eachStepNeedsItsEvidence() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        assertRefused("clubs.refused.incubationPlan", () -> c.moveTo(ClubStage.INCUBATING, lead(List.of(), false, null, null, null), TODAY));
        assertRefused("clubs.refused.pathOrder", () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a")), true, "X1", null, null), TODAY));
        c.moveTo(ClubStage.INCUBATING, lead(List.of(new Milestone(1, "a")), false, null, null, null), TODAY);
        assertRefused("clubs.refused.planOpen", "六个月定期活动",
                () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a"), new Milestone(1, "六个月定期活动")), true, "X1", null, null), TODAY));
        assertRefused("clubs.refused.filingCharter", () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a")), false, "X1", null, null), TODAY));
        assertRefused("clubs.refused.filingNumber", () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a")), true, " ", null, null), TODAY));
        assertRefused("clubs.refused.stepInFuture", TODAY.toString(), () -> c.moveTo(ClubStage.FILED,
                on(TODAY.plusDays(1), null, List.of(done("a")), true, "X1", null, null), TODAY));
        assertEquals(ClubStage.INCUBATING, c.getStage(), "nothing refused moved the club");
        c.moveTo(ClubStage.FILED, lead(List.of(done("a")), true, "X1", null, null), TODAY);
        assertRefused("clubs.refused.creditCodeCheck", () -> c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, "51140106MJ0000001A", null), TODAY));
        assertRefused("clubs.refused.creditCodeLength", () -> c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, "5114", null), TODAY));
        assertRefused("clubs.refused.creditCode", () -> c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, null, null), TODAY));
        assertEquals(ClubStage.FILED, c.getStage());
    }

    @Test
    void dormantClubsWakeToTheStageTheyLeftAndClosedClubsChangeNoMore() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        c.moveTo(ClubStage.INCUBATING, lead(List.of(new Milestone(1, "a")), false, null, null, null), TODAY);
        assertRefused("clubs.refused.reason", "clubs.stage.DORMANT", () -> c.moveTo(ClubStage.DORMANT, lead(List.of(), false, null, null, ""), TODAY));
        c.moveTo(ClubStage.DORMANT, lead(List.of(), false, null, null, "负责人搬离"), TODAY);
        assertRefused("clubs.refused.wakeTo", "clubs.stage.INCUBATING", () -> c.moveTo(ClubStage.INTEREST_GROUP, lead(List.of(), false, null, null, null), TODAY));
        c.moveTo(ClubStage.INCUBATING, lead(List.of(), false, null, null, null), TODAY);
        assertEquals(ClubStage.INCUBATING, c.getStage());
        assertRefused("clubs.refused.mergeByWizard", () -> c.moveTo(ClubStage.MERGED, lead(List.of(), false, null, null, "x"), TODAY));
        c.moveTo(ClubStage.DISSOLVED, lead(List.of(), false, null, null, "成员不足"), TODAY);
        assertEquals(TODAY.minusDays(3), c.getClosedOn(), "closed on the day of the step, not the day it was entered");
        assertRefused("clubs.refused.dissolved", () -> c.moveTo(ClubStage.INCUBATING, lead(List.of(), false, null, null, null), TODAY));
    }

    /**
     * A step is dated the day it happened, which the worker enters afterwards: that day is the step's, the
     * filing's and the closing's; a day to come, before the founding or before the club's last step is
     * refused with the reason (the day it may not precede named) and moves nothing.
     */
    @Test
    void aStepIsDatedTheDayItHappenedInOrderBetweenTheFoundingAndToday() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        java.time.LocalDate founded = c.getFoundedOn();
        List<Milestone> plan = List.of(new Milestone(1, "a"));
        assertRefused("clubs.refused.stepInFuture", TODAY.toString(),
                () -> c.moveTo(ClubStage.INCUBATING, on(TODAY.plusDays(1), founded, plan, false, null, null, null), TODAY));
        assertRefused("clubs.refused.stepBeforeFounding", founded.toString(),
                () -> c.moveTo(ClubStage.INCUBATING, on(founded.minusDays(1), null, plan, false, null, null, null), TODAY));
        assertRefused("clubs.refused.stepOn",
                () -> c.moveTo(ClubStage.INCUBATING, on(null, founded, plan, false, null, null, null), TODAY));
        assertEquals(ClubStage.INTEREST_GROUP, c.getStage(), "nothing refused moved the club");

        StageStep incubating = c.moveTo(ClubStage.INCUBATING, on(founded, founded, plan, false, null, null, null), TODAY);
        assertEquals(founded, incubating.getMovedOn(), "on the founding day itself: in order");
        java.time.LocalDate lastMonth = TODAY.minusMonths(1);
        assertRefused("clubs.refused.stepBeforeLast", lastMonth.toString(),
                () -> c.moveTo(ClubStage.FILED, on(lastMonth.minusDays(1), lastMonth, List.of(done("a")), true, "X1", null, null), TODAY));
        assertEquals(ClubStage.INCUBATING, c.getStage());
        assertEquals(null, c.getFiledOn(), "a refused filing records no filing date");

        StageStep filed = c.moveTo(ClubStage.FILED, on(lastMonth, lastMonth, List.of(done("a")), true, "X1", null, null), TODAY);
        assertEquals(lastMonth, filed.getMovedOn(), "the day it happened, not the day it was entered");
        assertEquals(lastMonth, c.getFiledOn());
        StageStep dormant = c.moveTo(ClubStage.DORMANT, on(TODAY, lastMonth, List.of(), false, null, null, "负责人搬离"), TODAY);
        assertEquals(TODAY, dormant.getMovedOn(), "today is not to come");
    }

    @Test
    void theProfileIsCheckedAndAClubCannotBeFoundedInTheFuture() {
        assertRefused("clubs.refused.name", () -> new Club(new ClubProfile(" ", ClubKind.CHARITY, WULONGKOU, TODAY, null, null, null, null, null), TODAY));
        assertRefused("clubs.refused.kind", () -> new Club(new ClubProfile("a", null, WULONGKOU, TODAY, null, null, null, null, null), TODAY));
        assertRefused("clubs.refused.community", () -> new Club(new ClubProfile("a", ClubKind.CHARITY, null, TODAY, null, null, null, null, null), TODAY));
        assertRefused("clubs.refused.foundedInFuture", () -> new Club(new ClubProfile("a", ClubKind.CHARITY, WULONGKOU, TODAY.plusDays(1), null, null, null, null, null), TODAY));
    }

    /** Refused with the reason {@code key}; {@code firstArg}, if given, is its first argument (a label's key or a text). */
    static void assertRefused(String key, org.junit.jupiter.api.function.Executable step) {
        assertRefused(key, null, step);
    }

    static void assertRefused(String key, String firstArg, org.junit.jupiter.api.function.Executable step) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, step);
        Refusal r = assertInstanceOf(Refusal.class, e, e.getMessage());
        assertEquals(key, r.key(), e.getMessage());
        if (firstArg != null) {
            assertEquals(firstArg, r.args().get(0).toString(), e.getMessage());
        }
    }
}
