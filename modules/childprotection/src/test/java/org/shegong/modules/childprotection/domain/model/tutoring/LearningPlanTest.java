package org.shegong.modules.childprotection.domain.model.tutoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;

class LearningPlanTest {

    static Child child() {
        Child c = new Child(1, "李小花", null, "140106005000", new ChildDetails(ChildCategory.IN_HARDSHIP, null, false, null, null,
                "重病在家", null, null, null, List.of(), null));
        c.assignTo(7L, 8L);
        return c;
    }

    @Test
    void aPlanHasSubjectsGoalsAndATutorAndCarriesItsChildsWorkers() {
        LearningPlan p = new LearningPlan(child(), Arrays.asList(" 数学 ", "语文", "数学", " ", null), "期末数学及格", Tutor.volunteer(" 李老师 "));
        assertEquals(List.of("数学", "语文"), p.getSubjects(), "trimmed, blanks and repeats dropped, order kept");
        assertEquals("数学、语文", p.getSubjectLine());
        assertEquals(new Tutor(TutorKind.VOLUNTEER, null, "李老师"), p.getTutor());
        assertEquals("140106005000", p.getStreetCode());
        assertTrue(p.isAssignedTo(7L) && p.isAssignedTo(8L));
    }

    @Test
    void nothingChangesWhenARevisionIsRefused() {
        LearningPlan p = new LearningPlan(child(), List.of("数学"), "及格", Tutor.staff(3, "武振华"));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of(" "), "新目标", Tutor.volunteer("李")));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of("英语"), " ", Tutor.volunteer("李")));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of("英语"), "新目标", null));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of("语文、数学"), "新目标", Tutor.volunteer("李")));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of("一二三四五六七八九十一二三四五六七八九十一"), "新目标",
                Tutor.volunteer("李")));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), "新目标",
                Tutor.volunteer("李")));
        assertThrows(IllegalArgumentException.class, () -> p.revise(List.of("英语"), "长".repeat(1001), Tutor.volunteer("李")));
        assertEquals(List.of("数学"), p.getSubjects());
        assertEquals("及格", p.getGoals());
        assertEquals(TutorKind.STAFF, p.getTutor().kind());
        assertEquals(3L, p.getTutor().staffId());

        p.revise(List.of("英语"), "会读课文", Tutor.volunteer("张志愿"));
        assertEquals("英语", p.getSubjectLine());
        assertEquals("会读课文", p.getGoals());
        assertNull(p.getTutor().staffId());
    }

    @Test
    void aTutorIsStaffByCardOrAVolunteerByNameAlwaysNamed() {
        assertThrows(IllegalArgumentException.class, () -> new Tutor(null, null, "李"));
        assertThrows(IllegalArgumentException.class, () -> new Tutor(TutorKind.STAFF, null, "李"));
        assertThrows(IllegalArgumentException.class, () -> new Tutor(TutorKind.VOLUNTEER, 4L, "李"));
        assertThrows(IllegalArgumentException.class, () -> Tutor.volunteer(" "));
        assertThrows(IllegalArgumentException.class, () -> Tutor.volunteer("长".repeat(51)));
        assertEquals("武振华", Tutor.staff(3, " 武振华 ").name());
    }
}
