package org.shegong.modules.childprotection.domain.model.tutoring;

/**
 * Who tutors a child at home (送教人): a member of station staff (by the id of their staff card) or a
 * volunteer by name — the module knows volunteers only as a name typed in, never through another module.
 */
public record Tutor(TutorKind kind, Long staffId, String name) {

    public Tutor {
        if (kind == null) {
            throw new IllegalArgumentException("请选择送教人类型（工作人员或志愿者） / choose a staff member or a volunteer as tutor");
        }
        if (kind == TutorKind.STAFF && staffId == null) {
            throw new IllegalArgumentException("请选择送教的工作人员 / choose the staff member who tutors");
        }
        if (kind == TutorKind.VOLUNTEER && staffId != null) {
            throw new IllegalArgumentException("志愿者送教人不是工作人员 / a volunteer tutor has no staff record");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("请填写送教人姓名 / the tutor's name is required");
        }
        name = name.strip();
        if (name.length() > 50) {
            throw new IllegalArgumentException("送教人姓名不能超过 50 字 / at most 50 characters for the tutor's name");
        }
    }

    public static Tutor staff(long staffId, String name) {
        return new Tutor(TutorKind.STAFF, staffId, name);
    }

    public static Tutor volunteer(String name) {
        return new Tutor(TutorKind.VOLUNTEER, null, name);
    }
}
