package org.shegong.platform.api.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The operator's staff, as modules see them. */
public interface StaffCards {

    List<StaffCard> atStations(Set<String> streetCodes);

    /**
     * A login's name in the operator's whole staff (a colleague from another of its stations may be
     * responsible for someone here); empty for a login the staff does not have.
     */
    Optional<String> nameOf(String login);
}
