package org.shegong.modules.childprotection.domain.model.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChildCaseTest {

    static final Instant DAY0 = Instant.parse("2026-03-02T02:00:00Z"); // 10:00 in Shanghai
    static final Duration GRACE = Duration.ofDays(1);

    static ChildCase intake(RiskLevel risk) {
        return new ChildCase(5, "李小花", "140106005000", 11L, CaseSource.HOTLINE, risk, "邻居来电：孩子独自在家", DAY0);
    }

    static Instant day(double days) {
        return DAY0.plus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    static ChildCase inService() {
        ChildCase c = intake(RiskLevel.MEDIUM);
        c.assess(RiskLevel.MEDIUM, "监护缺位", Set.of(NeedDomain.GUARDIANSHIP), "worker", day(1));
        c.submitPlan("恢复稳定照护", "每周送教一次", 30, "worker", day(2));
        c.approvePlan("lead", day(3));
        return c;
    }

    @Test
    void aCaseGoesFromIntakeThroughPlanAndClosureAndEveryStepIsReported() {
        ChildCase c = intake(RiskLevel.MEDIUM);
        assertEquals(CaseStage.INTAKE, c.getStage());
        assertEquals(StepKind.ASSESSED, c.assess(RiskLevel.LOW, "有祖母照料", Set.of(NeedDomain.EDUCATION), "worker", day(1)).kind());
        assertEquals(StepKind.PLAN_SUBMITTED, c.submitPlan("提高成绩", "送教上门", 30, "worker", day(2)).kind());
        assertEquals(CaseStage.PLAN_SUBMITTED, c.getStage());
        Step approved = c.approvePlan("lead", day(3));
        assertEquals(new Step(StepKind.PLAN_APPROVED, "lead", day(3), null), approved);
        assertEquals(CaseStage.IN_SERVICE, c.getStage());
        assertTrue(c.getPlanOnTime());
        assertEquals(StepKind.SESSION, c.sessionHeld(false, "worker", day(4), "心理支持").kind());
        assertEquals(StepKind.REVIEWED, c.review("进步明显", "worker", day(20)).kind());
        assertEquals(StepKind.CLOSURE_REQUESTED, c.requestClosure("目标达成", "worker", day(40)).kind());
        assertEquals(StepKind.CLOSURE_APPROVED, c.approveClosure("lead", day(41)).kind());
        assertEquals(CaseStage.CLOSED, c.getStage());
        assertTrue(c.deadlines().isEmpty(), "a closed case owes nothing");
    }

    @Test
    void nobodyApprovesTheirOwnPlanOrClosureAndRefusalsNeedAReason() {
        ChildCase c = intake(RiskLevel.LOW);
        c.assess(RiskLevel.LOW, "理由", Set.of(NeedDomain.HEALTH), "lead", day(1));
        c.submitPlan("目标", "措施", 30, "lead", day(1));
        assertEquals("childprotection.refused.ownPlan", assertThrows(CaseRuleViolation.class, () -> c.approvePlan("lead", day(2))).key());
        assertEquals("childprotection.refused.ownPlan", assertThrows(CaseRuleViolation.class, () -> c.refusePlan("lead", "不行", day(2))).key());
        CaseRuleViolation noReason = assertThrows(CaseRuleViolation.class, () -> c.refusePlan("other", " ", day(2)));
        assertEquals("childprotection.refused.required", noReason.key());
        assertEquals(java.util.List.of(new org.shegong.platform.api.records.Refusal.Label("childprotection.field.refusalReason")), noReason.args());
        assertEquals(CaseStage.PLAN_SUBMITTED, c.getStage(), "nothing changed by the refused attempts");
        Step refused = c.refusePlan("other", "目标不具体", day(2));
        assertEquals(StepKind.PLAN_REFUSED, refused.kind());
        assertEquals("目标不具体", refused.note());
        assertEquals(CaseStage.ASSESSED, c.getStage());

        ChildCase s = inService();
        s.requestClosure("目标达成", "worker", day(10));
        assertThrows(CaseRuleViolation.class, () -> s.approveClosure("worker", day(11)));
        assertEquals(StepKind.CLOSURE_REFUSED, s.refuseClosure("lead", "尚需巩固", day(11)).kind());
        assertEquals(CaseStage.IN_SERVICE, s.getStage());
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheirReason() {
        ChildCase c = intake(RiskLevel.LOW);
        assertThrows(CaseRuleViolation.class, () -> c.submitPlan("目标", "措施", 30, "worker", day(1)));
        assertThrows(CaseRuleViolation.class, () -> c.approvePlan("lead", day(1)));
        assertThrows(CaseRuleViolation.class, () -> c.requestClosure("原因", "worker", day(1)));
        assertThrows(CaseRuleViolation.class, () -> c.reopen("原因", "worker", day(1)));
        assertThrows(CaseRuleViolation.class, () -> c.assess(RiskLevel.LOW, "理由", Set.of(), "worker", day(1)));
        assertThrows(CaseRuleViolation.class, () -> c.assess(null, "理由", Set.of(NeedDomain.SAFETY), "worker", day(1)));
        c.assess(RiskLevel.LOW, "理由", Set.of(NeedDomain.SAFETY), "worker", day(1));
        assertThrows(CaseRuleViolation.class, () -> c.submitPlan("目标", "措施", 3, "worker", day(1)));
        assertThrows(CaseRuleViolation.class, () -> c.submitPlan("目标", "x".repeat(2001), 30, "worker", day(1)));
        assertEquals(CaseStage.ASSESSED, c.getStage());
        assertThrows(CaseRuleViolation.class, () -> new ChildCase(5, "李小花", "s", 1L, null, RiskLevel.LOW, null, DAY0));
    }

    @Test
    void reopeningKeepsTheOldFactsAndNeedsANewPlanWithin15Days() {
        ChildCase c = inService();
        c.requestClosure("目标达成", "worker", day(10));
        c.approveClosure("lead", day(11));
        assertThrows(CaseRuleViolation.class, () -> c.reopen(" ", "worker", day(60)));
        assertEquals(StepKind.REOPENED, c.reopen("祖母住院，无人照料", "worker", day(60)).kind());
        assertEquals(CaseStage.ASSESSED, c.getStage());
        assertEquals(DAY0, c.getIntakeAt(), "intake stays as it was");
        assertEquals(day(1), c.getAssessedAt());
        assertEquals(List.of(new Deadline(DeadlineKind.PLAN, day(75))), c.deadlines());
    }

    @Test
    void aHighRiskIntakeOnDay0IsOverdueForAssessmentOnDay1AndForTheVisitOnDay3() {
        ChildCase c = intake(RiskLevel.HIGH);
        assertTrue(c.overdueAt(day(0.9)).isEmpty());
        assertEquals(List.of(DeadlineKind.ASSESSMENT), kinds(c.overdueAt(day(1.05))));
        assertEquals(List.of(DeadlineKind.ASSESSMENT), kinds(c.overdueAt(day(2.9))));
        assertEquals(List.of(DeadlineKind.ASSESSMENT, DeadlineKind.FIRST_VISIT), kinds(c.overdueAt(day(3.05))));
        c.assess(RiskLevel.HIGH, "独自在家", Set.of(NeedDomain.SAFETY), "worker", day(3.1));
        c.sessionHeld(true, "worker", day(3.2), "上门");
        assertTrue(c.overdueAt(day(3.3)).isEmpty(), "both met, the plan is due on day 15");
        assertEquals(List.of(DeadlineKind.PLAN), kinds(c.overdueAt(day(15.1))));
    }

    @Test
    void aMediumRiskCaseOnlyOwesItsPlanAndThenReviewsAtThePlansInterval() {
        ChildCase m = intake(RiskLevel.MEDIUM);
        assertEquals(List.of(DeadlineKind.PLAN), kinds(m.deadlines()));
        ChildCase c = inService();
        assertEquals(List.of(new Deadline(DeadlineKind.REVIEW, day(33))), c.deadlines());
        c.review("稳定", "worker", day(30));
        assertEquals(List.of(new Deadline(DeadlineKind.REVIEW, day(60))), c.deadlines());
    }

    @Test
    void aPlanApprovedAfter15DaysIsNotOnTime() {
        ChildCase c = intake(RiskLevel.LOW);
        c.assess(RiskLevel.LOW, "理由", Set.of(NeedDomain.SAFETY), "worker", day(1));
        c.submitPlan("目标", "措施", 30, "worker", day(14));
        c.approvePlan("lead", day(16));
        assertFalse(c.getPlanOnTime());
    }

    @Test
    void theDailyCheckMarksOverdueOnceAndEscalatesOnceAfterTheGracePeriod() {
        ChildCase c = intake(RiskLevel.HIGH);
        assertTrue(c.checkDeadlines(day(0.5), GRACE, "system").isEmpty());
        assertFalse(c.isOverdue());
        List<Step> first = c.checkDeadlines(day(1.5), GRACE, "system");
        assertEquals(List.of(StepKind.OVERDUE), first.stream().map(Step::kind).toList());
        assertTrue(c.isOverdue());
        assertTrue(c.checkDeadlines(day(1.9), GRACE, "system").isEmpty(), "marked once");
        List<Step> escalation = c.checkDeadlines(day(2.1), GRACE, "system");
        assertEquals(List.of(new Step(StepKind.ESCALATED, "system", day(2.1), "ASSESSMENT")), escalation);
        List<Step> day4 = c.checkDeadlines(day(4.1), GRACE, "system");
        assertEquals(List.of(new Step(StepKind.OVERDUE, "system", day(4.1), "FIRST_VISIT"),
                new Step(StepKind.ESCALATED, "system", day(4.1), "FIRST_VISIT")), day4, "assessment is not escalated again");
        assertTrue(c.checkDeadlines(day(5.1), GRACE, "system").isEmpty());
        assertEquals(Set.of(DeadlineKind.ASSESSMENT, DeadlineKind.FIRST_VISIT), c.getEscalatedKinds());
        c.assess(RiskLevel.HIGH, "理由", Set.of(NeedDomain.SAFETY), "worker", day(5.2));
        c.sessionHeld(true, "worker", day(5.3), null);
        assertTrue(c.checkDeadlines(day(5.4), GRACE, "system").isEmpty());
        assertFalse(c.isOverdue(), "met deadlines are unmarked");
    }

    @Test
    void aLateAssessmentAndVisitAreNoLongerOverdueAtOnceWithoutWaitingForTheNextCheck() {
        ChildCase c = intake(RiskLevel.HIGH);
        c.checkDeadlines(day(4.1), GRACE, "system");
        assertEquals(Set.of(DeadlineKind.ASSESSMENT, DeadlineKind.FIRST_VISIT), c.getOverdueKinds());
        c.assess(RiskLevel.HIGH, "理由", Set.of(NeedDomain.SAFETY), "worker", day(4.2));
        assertEquals(Set.of(DeadlineKind.FIRST_VISIT), c.getOverdueKinds(), "the assessment is met, late");
        assertEquals(Set.of(DeadlineKind.FIRST_VISIT), c.getEscalatedKinds());
        assertTrue(c.isOverdue(), "the visit is still owed");
        c.sessionHeld(true, "worker", day(4.3), "HOME_VISIT");
        assertEquals(Set.of(), c.getOverdueKinds());
        assertEquals(Set.of(), c.getEscalatedKinds());
        assertFalse(c.isOverdue(), "both met, so nothing is overdue");
        assertEquals(List.of(DeadlineKind.PLAN), kinds(c.deadlines()));
    }

    @Test
    void aSessionAwayFromHomeOrLoggedForAnEarlierDayLeavesWhatIsStillOwedOverdue() {
        ChildCase c = intake(RiskLevel.HIGH);
        c.assess(RiskLevel.HIGH, "理由", Set.of(NeedDomain.SAFETY), "worker", day(0.5));
        c.checkDeadlines(day(16), GRACE, "system");
        assertEquals(Set.of(DeadlineKind.FIRST_VISIT, DeadlineKind.PLAN), c.getOverdueKinds());
        c.sessionHeld(false, "worker", day(16), "LIFE_SKILLS");
        assertEquals(Set.of(DeadlineKind.FIRST_VISIT, DeadlineKind.PLAN), c.getOverdueKinds(), "not a visit");
        // A visit logged on day 16 for the start of day 15: the plan, due on day 15 at 10:00, is still owed.
        c.sessionHeld(true, "worker", day(14.9), "HOME_VISIT");
        assertEquals(Set.of(DeadlineKind.PLAN), c.getOverdueKinds());
        c.submitPlan("目标", "行动", 30, "worker", day(16.1));
        assertTrue(c.isOverdue(), "submitted is not approved");
        c.approvePlan("lead", day(16.2));
        assertFalse(c.isOverdue());
    }

    @Test
    void aLateReviewIsNoLongerOverdueAndAClosureRequestOwesNoReview() {
        ChildCase c = inService();
        c.checkDeadlines(day(35), GRACE, "system");
        assertTrue(c.isOverdue());
        c.review("回访", "worker", day(36));
        assertFalse(c.isOverdue(), "the next review is due from this one");
        assertEquals(Set.of(), c.getEscalatedKinds());
        c.checkDeadlines(day(68), GRACE, "system");
        c.requestClosure("情况稳定", "worker", day(69));
        assertFalse(c.isOverdue(), "a case awaiting closure owes no review");
    }

    @Test
    void aMissedReviewIsEscalatedAgainForTheNextInterval() {
        ChildCase c = inService();
        assertEquals(2, c.checkDeadlines(day(35), GRACE, "system").size(), "overdue and escalated");
        c.review("回访", "worker", day(36));
        assertTrue(c.checkDeadlines(day(37), GRACE, "system").isEmpty());
        assertEquals(2, c.checkDeadlines(day(68), GRACE, "system").size(), "the next review is escalated again");
    }

    private static List<DeadlineKind> kinds(List<Deadline> deadlines) {
        return deadlines.stream().map(Deadline::kind).toList();
    }
}
