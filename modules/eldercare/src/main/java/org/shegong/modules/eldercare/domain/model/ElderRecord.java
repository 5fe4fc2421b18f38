package org.shegong.modules.eldercare.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/**
 * What every elder-care record carries: the platform resident it is about (by id, never a relation
 * across persistence units) and the street of the station that serves them, by which every list is
 * narrowed to the person's stations. Both follow the platform's register through its events
 * ({@code ResidentCopies}): the street when the resident moves, and whether the resident is removed
 * — a removed resident's records are kept but leave every list and count.
 */
@MappedSuperclass
public abstract class ElderRecord extends TenantOwnedEntity {

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    @Column(name = "resident_removed", nullable = false)
    private boolean residentRemoved;

    protected ElderRecord() {
    }

    protected ElderRecord(long residentId, String streetCode) {
        this.residentId = residentId;
        this.streetCode = Objects.requireNonNull(streetCode);
    }

    public long getResidentId() {
        return residentId;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public boolean isResidentRemoved() {
        return residentRemoved;
    }
}
