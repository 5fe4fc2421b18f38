package org.shegong.modules.childprotection.domain.model.tutoring;

import org.shegong.platform.api.records.Refusal;

/**
 * Who tutors a child at home (送教人): a member of station staff (by the id of their staff card) or a
 * volunteer by name — the module knows volunteers only as a name typed in, never through another module.
 */
public record Tutor(TutorKind kind, Long staffId, String name) {

    public Tutor {
        if (kind == null) {
            throw new Refusal("childprotection.refused.tutorKind");
        }
        if (kind == TutorKind.STAFF && staffId == null) {
            throw new Refusal("childprotection.refused.tutorStaff");
        }
        if (kind == TutorKind.VOLUNTEER && staffId != null) {
            throw new Refusal("childprotection.refused.volunteerNoStaff");
        }
        if (name == null || name.isBlank()) {
            throw new Refusal("childprotection.refused.tutorName");
        }
        name = name.strip();
        if (name.length() > 50) {
            throw new Refusal("childprotection.refused.tutorNameTooLong");
        }
    }

    public static Tutor staff(long staffId, String name) {
        return new Tutor(TutorKind.STAFF, staffId, name);
    }

    public static Tutor volunteer(String name) {
        return new Tutor(TutorKind.VOLUNTEER, null, name);
    }
}
