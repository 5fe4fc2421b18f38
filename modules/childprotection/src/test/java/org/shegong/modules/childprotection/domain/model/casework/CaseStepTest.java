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
        assertEquals("childprotection.risk.HIGH", step(StepKind.INTAKE, "HIGH").noteLabelKey());
        assertEquals("childprotection.risk.MEDIUM", step(StepKind.ASSESSED, "MEDIUM").noteLabelKey());
        assertEquals("childprotection.deadline.FIRST_VISIT", step(StepKind.OVERDUE, "FIRST_VISIT").noteLabelKey());
        assertEquals("childprotection.deadline.PLAN", step(StepKind.ESCALATED, "PLAN").noteLabelKey());
        assertEquals("childprotection.session.HOME_VISIT", step(StepKind.VISIT, "HOME_VISIT").noteLabelKey());
        assertEquals("childprotection.session.LIFE_SKILLS", step(StepKind.SESSION, "LIFE_SKILLS").noteLabelKey());
        assertNull(step(StepKind.REVIEWED, "HIGH").noteLabelKey(), "a review's note is someone's words");
        assertNull(step(StepKind.VISIT, "入户查看").noteLabelKey(), "no code, no label");
        assertNull(step(StepKind.INTAKE, null).noteLabelKey());
    }
}
