package org.shegong.platform.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.AuditedRead;

/**
 * The probe module's sensitive records, as a module would keep them: opening one is an audited read,
 * assigning one is recorded with the module's own action. Cases with an even id exist, odd ones do not.
 */
@ApplicationScoped
@Transactional
public class ProbeReads {

    public static final String KIND = "probe.case";

    @Inject
    AuditTrail audit;

    @AuditedRead(kind = KIND, purpose = "查看探针个案")
    public Optional<String> open(long caseId) {
        return caseId % 2 == 0 ? Optional.of("个案 " + caseId) : Optional.empty();
    }

    /** A read whose audit entry cannot be written (its kind is longer than the trail allows). */
    @AuditedRead(kind = "probe.a-record-kind-that-is-far-too-long-for-the-audit-trail-column", purpose = "写不进去")
    public Optional<String> openUnrecordable(long caseId) {
        return Optional.of("不应被交出 " + caseId);
    }

    public void assign(long caseId, String worker) {
        audit.record(KIND, caseId, ProbeModule.ASSIGNED, "分配给 " + worker);
    }
}
