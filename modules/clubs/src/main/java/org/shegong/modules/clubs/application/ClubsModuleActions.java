package org.shegong.modules.clubs.application;

import java.util.List;
import org.shegong.platform.api.audit.AuditAction;

/** The audit actions the clubs module records beyond the platform's own, labelled in its bundle. */
public final class ClubsModuleActions {

    public static final AuditAction STAGE_MOVED = AuditAction.ofChange("clubs.stage.moved", "clubs.audit.stage-moved");
    public static final AuditAction MERGED = AuditAction.ofChange("clubs.club.merged", "clubs.audit.merged");
    public static final AuditAction CHARTER_PROPOSED = AuditAction.ofChange("clubs.charter.proposed", "clubs.audit.charter-proposed");
    public static final AuditAction CHARTER_APPROVED = AuditAction.ofChange("clubs.charter.approved", "clubs.audit.charter-approved");
    public static final AuditAction MEMBER_JOINED = AuditAction.ofChange("clubs.member.joined", "clubs.audit.member-joined");
    public static final AuditAction MEMBER_LEFT = AuditAction.ofChange("clubs.member.left", "clubs.audit.member-left");
    public static final AuditAction PLAN_CHANGED = AuditAction.ofChange("clubs.plan.changed", "clubs.audit.plan-changed");
    public static final AuditAction ACTIVITY_PLANNED = AuditAction.ofChange("clubs.activity.planned", "clubs.audit.activity-planned");
    public static final AuditAction ACTIVITY_DONE = AuditAction.ofChange("clubs.activity.done", "clubs.audit.activity-done");

    private ClubsModuleActions() {
    }

    public static List<AuditAction> all() {
        return List.of(STAGE_MOVED, MERGED, CHARTER_PROPOSED, CHARTER_APPROVED, MEMBER_JOINED, MEMBER_LEFT, PLAN_CHANGED, ACTIVITY_PLANNED,
                ACTIVITY_DONE);
    }
}
