package org.shegong.modules.childprotection.application;

import java.util.List;
import org.shegong.platform.api.audit.AuditAction;

/** The audit actions child protection records beyond the platform's own (labels in the module's bundle). */
public final class ChildProtectionActions {

    public static final AuditAction CONSENT_GIVEN = AuditAction.ofChange("childprotection.consent.given", "audit.childprotection.consent.given");
    public static final AuditAction CONSENT_WITHDRAWN = AuditAction.ofChange("childprotection.consent.withdrawn",
            "audit.childprotection.consent.withdrawn");
    public static final AuditAction STEP = AuditAction.ofChange("childprotection.case.step", "audit.childprotection.case.step");
    public static final AuditAction ASSIGNED = AuditAction.ofChange("childprotection.case.assigned", "audit.childprotection.case.assigned");
    public static final AuditAction GRANTED = AuditAction.ofChange("childprotection.case.granted", "audit.childprotection.case.granted");

    private ChildProtectionActions() {
    }

    public static List<AuditAction> all() {
        return List.of(CONSENT_GIVEN, CONSENT_WITHDRAWN, STEP, ASSIGNED, GRANTED);
    }
}
