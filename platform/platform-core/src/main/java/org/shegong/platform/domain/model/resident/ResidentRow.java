package org.shegong.platform.domain.model.resident;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.shegong.platform.api.directory.PhoneMask;

/**
 * One line of the residents list: the columns the list shows, read as values rather than as a
 * managed {@link Resident}. A list page of 20 entities cost EclipseLink a clone, a change-tracking
 * copy and an isolated-cache entry each (benchmark figure 3, docs/BENCHMARKS.md); the list only
 * shows rows, so it reads these. Opening or editing a resident still reads the entity. The ID
 * number is kept masked only: the full number never enters a page's view state. The phone is kept
 * whole for the list's deliberate, recorded export; the list shows it {@link #maskedPhone() masked}.
 */
public record ResidentRow(long id, long version, String name, String maskedIdNumber, Gender gender, LocalDate birthDate,
                          String phone, String communityName, Set<ResidentCategory> categories, Instant updatedAt,
                          String updatedBy, Instant removedAt, LocalDate registeredOn) implements Serializable {

    public boolean removed() {
        return removedAt != null;
    }

    /** The phone as a list shows it ({@link PhoneMask}): the number is on the person's own page. */
    public String maskedPhone() {
        return PhoneMask.of(phone);
    }

    // Bean getters as well: Faces 4.0's EL (5.0) resolves no record components, and PrimeFaces
    // evaluates a column's sortBy ("#{r.name}") as a property when it exports the table.

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getMaskedIdNumber() {
        return maskedIdNumber;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getPhone() {
        return phone;
    }

    public String getMaskedPhone() {
        return maskedPhone();
    }

    public String getCommunityName() {
        return communityName;
    }

    public Set<ResidentCategory> getCategories() {
        return categories;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public boolean isRemoved() {
        return removed();
    }
}
