package org.shegong.modules.childprotection.domain.model.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.api.records.Refusal;

/**
 * An explicit grant of one case to someone outside its need-to-know (the operator admin), given by the
 * station lead with a reason; who gave it and when are the row's own columns, and the grant is in the
 * audit trail too. Reads under a grant are recorded like every other.
 */
@Entity
@Table(name = "cp_case_grant")
public class CaseGrant extends TenantOwnedEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "grantee", nullable = false, length = 100, updatable = false)
    private String grantee;

    @Column(name = "reason", nullable = false, length = 500, updatable = false)
    private String reason;

    protected CaseGrant() {
    }

    public CaseGrant(long caseId, String grantee, String reason) {
        if (grantee == null || grantee.isBlank() || grantee.length() > 100) {
            throw new Refusal("childprotection.refused.grantee");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new Refusal("childprotection.refused.grantReason");
        }
        this.caseId = caseId;
        this.grantee = grantee.strip();
        this.reason = Objects.requireNonNull(reason).strip();
    }

    public long getCaseId() {
        return caseId;
    }

    public String getGrantee() {
        return grantee;
    }

    public String getReason() {
        return reason;
    }
}
