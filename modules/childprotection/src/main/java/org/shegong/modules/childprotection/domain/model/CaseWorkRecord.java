package org.shegong.modules.childprotection.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.api.records.Refusal;

/**
 * What every child-protection record carries so that one need-to-know rule can read it: the street of
 * the serving station and the staff ids of the case's assigned workers. Children, cases, sessions and
 * referrals all copy the assignees of their case, so a list of any of them is narrowed by the same
 * {@code RecordRule} in the query — never filtered afterwards.
 */
@MappedSuperclass
public abstract class CaseWorkRecord extends TenantOwnedEntity {

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    @Column(name = "worker_id")
    private Long workerId;

    @Column(name = "second_worker_id")
    private Long secondWorkerId;

    protected CaseWorkRecord() {
    }

    protected CaseWorkRecord(String streetCode, Long workerId, Long secondWorkerId) {
        this.streetCode = Objects.requireNonNull(streetCode, "streetCode");
        this.workerId = workerId;
        this.secondWorkerId = secondWorkerId;
    }

    /** Hands the record to other workers (the lead's assignment); the street stays. */
    public void assignTo(Long workerId, Long secondWorkerId) {
        if (workerId != null && workerId.equals(secondWorkerId)) {
            throw new Refusal("childprotection.refused.workersDiffer");
        }
        this.workerId = workerId;
        this.secondWorkerId = secondWorkerId;
    }

    public boolean isAssignedTo(Long staffId) {
        return staffId != null && (staffId.equals(workerId) || staffId.equals(secondWorkerId));
    }

    /** The assigned workers' staff ids, first worker first; none when unassigned. */
    public java.util.List<Long> workers() {
        return java.util.stream.Stream.of(workerId, secondWorkerId).filter(Objects::nonNull).toList();
    }

    public String getStreetCode() {
        return streetCode;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Long getSecondWorkerId() {
        return secondWorkerId;
    }
}
