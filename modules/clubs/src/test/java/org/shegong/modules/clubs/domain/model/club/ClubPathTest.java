package org.shegong.modules.clubs.domain.model.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.domain.model.club.Clubs.TODAY;
import static org.shegong.modules.clubs.domain.model.club.Clubs.WULONGKOU;
import static org.shegong.modules.clubs.domain.model.club.Clubs.club;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClubPathTest {

    static final String VALID_CODE = "51140106MJ0000001H";

    static StepEvidence lead(List<Milestone> plan, boolean charter, String filing, String code, String reason) {
        return new StepEvidence(plan, charter, filing, code, TODAY.minusDays(3), reason, "laojunying.lead", true);
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
        assertTrue(s2.describe().contains("迎泽备2026-01"), s2.describe());
        c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, " 51140106mj0000001h ", null), TODAY);
        assertEquals(ClubStage.REGISTERED, c.getStage());
        assertEquals(VALID_CODE, c.getCreditCode());
    }

    @Test
    void aStepWithoutTheLeadIsRefusedWithTheReason() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        StepEvidence worker = new StepEvidence(List.of(new Milestone(1, "制定内部规章")), false, null, null, null, null,
                "laojunying.worker", false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.moveTo(ClubStage.INCUBATING, worker, TODAY));
        assertTrue(e.getMessage().startsWith("每一步须由站长确认"), e.getMessage());
        assertEquals(ClubStage.INTEREST_GROUP, c.getStage());
    }

    @Test
    void eachStepNeedsItsEvidence() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        assertRefused("进入培育须有培育计划", () -> c.moveTo(ClubStage.INCUBATING, lead(List.of(), false, null, null, null), TODAY));
        assertRefused("须按 兴趣小组", () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a")), true, "X1", null, null), TODAY));
        c.moveTo(ClubStage.INCUBATING, lead(List.of(new Milestone(1, "a")), false, null, null, null), TODAY);
        assertRefused("培育计划尚未完成：六个月定期活动",
                () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a"), new Milestone(1, "六个月定期活动")), true, "X1", null, null), TODAY));
        assertRefused("街道备案须有已批准的章程", () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a")), false, "X1", null, null), TODAY));
        assertRefused("请填写备案编号", () -> c.moveTo(ClubStage.FILED, lead(List.of(done("a")), true, " ", null, null), TODAY));
        assertRefused("备案日期须在", () -> c.moveTo(ClubStage.FILED,
                new StepEvidence(List.of(done("a")), true, "X1", null, TODAY.plusDays(1), null, "l", true), TODAY));
        assertEquals(ClubStage.INCUBATING, c.getStage(), "nothing refused moved the club");
        c.moveTo(ClubStage.FILED, lead(List.of(done("a")), true, "X1", null, null), TODAY);
        assertRefused("统一社会信用代码校验位不符", () -> c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, "51140106MJ0000001A", null), TODAY));
        assertRefused("统一社会信用代码须为 18 位", () -> c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, "5114", null), TODAY));
        assertRefused("请填写统一社会信用代码", () -> c.moveTo(ClubStage.REGISTERED, lead(List.of(), true, null, null, null), TODAY));
        assertEquals(ClubStage.FILED, c.getStage());
    }

    @Test
    void dormantClubsWakeToTheStageTheyLeftAndClosedClubsChangeNoMore() {
        Club c = club(1, "五龙口太极队", WULONGKOU);
        c.moveTo(ClubStage.INCUBATING, lead(List.of(new Milestone(1, "a")), false, null, null, null), TODAY);
        assertRefused("请填写休眠原因", () -> c.moveTo(ClubStage.DORMANT, lead(List.of(), false, null, null, ""), TODAY));
        c.moveTo(ClubStage.DORMANT, lead(List.of(), false, null, null, "负责人搬离"), TODAY);
        assertRefused("休眠的社团只能恢复到“培育中”", () -> c.moveTo(ClubStage.INTEREST_GROUP, lead(List.of(), false, null, null, null), TODAY));
        c.moveTo(ClubStage.INCUBATING, lead(List.of(), false, null, null, null), TODAY);
        assertEquals(ClubStage.INCUBATING, c.getStage());
        assertRefused("合并请使用合并向导", () -> c.moveTo(ClubStage.MERGED, lead(List.of(), false, null, null, "x"), TODAY));
        c.moveTo(ClubStage.DISSOLVED, lead(List.of(), false, null, null, "成员不足"), TODAY);
        assertEquals(TODAY, c.getClosedOn());
        assertRefused("该社团已注销", () -> c.moveTo(ClubStage.INCUBATING, lead(List.of(), false, null, null, null), TODAY));
    }

    @Test
    void theProfileIsCheckedAndAClubCannotBeFoundedInTheFuture() {
        assertRefused("请填写社团名称", () -> new Club(new ClubProfile(" ", ClubKind.CHARITY, WULONGKOU, TODAY, null, null, null, null, null), TODAY));
        assertRefused("请选择社团类别", () -> new Club(new ClubProfile("a", null, WULONGKOU, TODAY, null, null, null, null, null), TODAY));
        assertRefused("请选择所属社区", () -> new Club(new ClubProfile("a", ClubKind.CHARITY, null, TODAY, null, null, null, null, null), TODAY));
        assertRefused("成立日期不能晚于今天", () -> new Club(new ClubProfile("a", ClubKind.CHARITY, WULONGKOU, TODAY.plusDays(1), null, null, null, null, null), TODAY));
    }

    static void assertRefused(String reasonStart, org.junit.jupiter.api.function.Executable step) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, step);
        assertTrue(e.getMessage().startsWith(reasonStart), e.getMessage());
    }
}
