package org.shegong.modules.clubs.domain.model.charter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CharterRepository {

    void store(Charter charter);

    Optional<Charter> find(long id);

    /** The versions of the clubs' charters, oldest first per club. */
    List<Charter> ofClubs(Collection<Long> clubIds);
}
