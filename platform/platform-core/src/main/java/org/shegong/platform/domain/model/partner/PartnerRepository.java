package org.shegong.platform.domain.model.partner;

import java.util.List;
import java.util.Optional;

/** The current tenant's partners. */
public interface PartnerRepository {

    Optional<Partner> find(long id);

    Optional<Partner> findByName(String name);

    List<Partner> all();

    void store(Partner partner);

    /** Writes pending changes now, so a conflicting version surfaces before commit. */
    void flush();
}
