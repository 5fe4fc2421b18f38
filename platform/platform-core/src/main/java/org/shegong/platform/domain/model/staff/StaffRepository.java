package org.shegong.platform.domain.model.staff;

import java.util.List;
import java.util.Optional;

/** The current tenant's staff. */
public interface StaffRepository {

    Optional<StaffMember> find(long id);

    Optional<StaffMember> findByName(String name);

    /** The staff member who signs in with that login, if any. */
    Optional<StaffMember> findByUsername(String username);

    List<StaffMember> all();

    void store(StaffMember member);

    /** Writes pending changes now, so a conflicting version surfaces before commit. */
    void flush();
}
