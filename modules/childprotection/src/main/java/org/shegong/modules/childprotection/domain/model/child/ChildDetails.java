package org.shegong.modules.childprotection.domain.model.child;

import java.util.List;

/**
 * What is recorded about a child. {@code inSchool} false needs {@code notInSchoolReason}; true needs
 * the school. Health, disability and household are kept only with the guardian's recording consent.
 */
public record ChildDetails(ChildCategory category, UnattendedReason unattendedReason, boolean inSchool, String school,
                           String grade, String notInSchoolReason, String health, String disability, String household,
                           List<Guardian> guardians, String childDirector) {

    public ChildDetails {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }

    /** Whether anything beyond the minimum (who, why, school, guardians) is in it. */
    boolean hasSensitiveDetails() {
        return present(health) || present(disability) || present(household);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
