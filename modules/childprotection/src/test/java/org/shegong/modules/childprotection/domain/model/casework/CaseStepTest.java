package org.shegong.modules.childprotection.domain.model.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseStepTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    static CaseStep step(StepKind kind, String note) {
        return new CaseStep(1, new Step(kind, "worker", AT, note));
    }

    @Test
    void aNoteThatIsACodeIsSaidByItsLabelAndWordsStayAsTyped() {
        assertEquals("childprotection.deadline.FIRST_VISIT", step(StepKind.OVERDUE, "FIRST_VISIT").noteLabelKey());
        assertEquals("childprotection.deadline.PLAN", step(StepKind.ESCALATED, "PLAN").noteLabelKey());
        assertEquals("childprotection.session.HOME_VISIT", step(StepKind.VISIT, "HOME_VISIT").noteLabelKey());
        assertEquals("childprotection.session.LIFE_SKILLS", step(StepKind.SESSION, "LIFE_SKILLS").noteLabelKey());
        assertNull(step(StepKind.REVIEWED, "HIGH").noteLabelKey(), "a review's note is someone's words");
        assertNull(step(StepKind.VISIT, "入户查看").noteLabelKey(), "no code, no label");
        assertNull(step(StepKind.INTAKE, null).noteLabelKey());
        assertNull(step(StepKind.INTAKE, "HIGH").noteLabelKey(), "an intake's note is someone's words; its risk has its own field");
    }

    @Test
    void anIntakeAndAnAssessmentKeepTheNoteTypedForThemBesideTheRiskTheySet() {
        ChildCase c = new ChildCase(7, "童小花", "140106005", 1L, CaseSource.SCHOOL, RiskLevel.MEDIUM, "学校反映情绪低落", AT);
        CaseStep intake = new CaseStep(1, c.intakeStep("worker"));
        assertEquals("学校反映情绪低落", intake.getNote());
        assertEquals(RiskLevel.MEDIUM, intake.getRisk());
        assertEquals("学校反映情绪低落", c.getRiskReasons(), "the intake's note is why the risk was judged so, until an assessment");

        CaseStep assessed = new CaseStep(1, c.assess(RiskLevel.HIGH, "夜间独自在家", java.util.Set.of(NeedDomain.SAFETY), "worker", AT));
        assertEquals("夜间独自在家", assessed.getNote());
        assertEquals(RiskLevel.HIGH, assessed.getRisk());
        assertEquals("夜间独自在家", c.getRiskReasons());

        c.submitPlan("按时到校", "每周上门", 30, "worker", AT);
        assertEquals("请两周后回访", c.approvePlan("lead", "请两周后回访", AT).note(), "the lead's note is kept with the approval");
    }
}
