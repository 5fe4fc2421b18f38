package org.shegong.platform.it.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/** The probe module's record: a case at a station with a main and a second assigned worker (staff ids). */
@Entity
@Table(name = "probe_case")
public class ProbeCase extends TenantOwnedEntity {

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "worker_id")
    private Long workerId;

    @Column(name = "second_worker_id")
    private Long secondWorkerId;

    protected ProbeCase() {
    }

    public ProbeCase(String streetCode, String title, Long workerId, Long secondWorkerId) {
        this.streetCode = streetCode;
        this.title = title;
        this.workerId = workerId;
        this.secondWorkerId = secondWorkerId;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public String getTitle() {
        return title;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Long getSecondWorkerId() {
        return secondWorkerId;
    }
}
