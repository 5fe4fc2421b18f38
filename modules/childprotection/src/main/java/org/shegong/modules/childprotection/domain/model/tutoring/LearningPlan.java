package org.shegong.modules.childprotection.domain.model.tutoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.CaseWorkRecord;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.platform.api.records.Refusal;

/**
 * A child's learning plan for home tutoring (送教上门学习计划): what is taught, towards which goals, by whom.
 *
 * <p>Invariants: one plan per child, revised in place; 1–{@value #MAX_SUBJECTS} distinct subjects of at most
 * 20 characters each; goals are required; a tutor is always named (staff by their staff card, or a
 * volunteer by name). The plan carries its child's station and workers, so the need-to-know rule reads it
 * like every other record of the child.
 */
@Entity
@Table(name = "cp_learning_plan")
public class LearningPlan extends CaseWorkRecord {

    public static final int MAX_SUBJECTS = 8;

    /** The child's id; null only on a child not stored yet (unit tests). */
    @Column(name = "child_id", nullable = false, updatable = false)
    private Long childId;

    /** The subjects, "、"-separated: a value of the plan, never queried one by one. */
    @Column(name = "subjects", nullable = false, length = 200)
    private String subjects;

    @Column(name = "goals", nullable = false, length = 1000)
    private String goals;

    @Enumerated(EnumType.STRING)
    @Column(name = "tutor_kind", nullable = false, length = 20)
    private TutorKind tutorKind;

    @Column(name = "tutor_staff_id")
    private Long tutorStaffId;

    @Column(name = "tutor_name", nullable = false, length = 50)
    private String tutorName;

    protected LearningPlan() {
    }

    public LearningPlan(Child child, List<String> subjects, String goals, Tutor tutor) {
        super(child.getStreetCode(), child.getWorkerId(), child.getSecondWorkerId());
        this.childId = child.getId();
        revise(subjects, goals, tutor);
    }

    /** Replaces subjects, goals and tutor as one; nothing changes when any of them is refused. */
    public void revise(List<String> subjectList, String goalsText, Tutor tutor) {
        String s = subjectsOf(subjectList);
        if (goalsText == null || goalsText.isBlank()) {
            throw new Refusal("childprotection.refused.learningGoals");
        }
        String g = goalsText.strip();
        if (g.length() > 1000) {
            throw new Refusal("childprotection.refused.learningGoalsTooLong");
        }
        if (tutor == null) {
            throw new Refusal("childprotection.refused.chooseTutor");
        }
        this.subjects = s;
        this.goals = g;
        this.tutorKind = tutor.kind();
        this.tutorStaffId = tutor.staffId();
        this.tutorName = tutor.name();
    }

    private static String subjectsOf(List<String> given) {
        Set<String> set = new LinkedHashSet<>();
        for (String subject : given == null ? List.<String>of() : given) {
            if (subject == null || subject.isBlank()) {
                continue;
            }
            String v = subject.strip();
            if (v.length() > 20 || v.contains("、")) {
                throw new Refusal("childprotection.refused.subject", v);
            }
            set.add(v);
        }
        if (set.isEmpty()) {
            throw new Refusal("childprotection.refused.subjects");
        }
        if (set.size() > MAX_SUBJECTS) {
            throw new Refusal("childprotection.refused.tooManySubjects", MAX_SUBJECTS);
        }
        return String.join("、", set);
    }

    public Long getChildId() {
        return childId;
    }

    public List<String> getSubjects() {
        return new ArrayList<>(List.of(subjects.split("、")));
    }

    /** The subjects as one line, as the page shows them. */
    public String getSubjectLine() {
        return subjects;
    }

    public String getGoals() {
        return goals;
    }

    public Tutor getTutor() {
        return new Tutor(tutorKind, tutorStaffId, tutorName);
    }
}
