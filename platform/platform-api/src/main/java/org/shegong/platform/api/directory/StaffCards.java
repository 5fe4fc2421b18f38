package org.shegong.platform.api.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The operator's staff, as modules see them. */
public interface StaffCards {

    List<StaffCard> atStations(Set<String> streetCodes);

    /** The names of the staff at these stations who have a staff id, by that id (how records name their workers). */
    default Map<Long, String> namesAt(Set<String> streetCodes) {
        return atStations(streetCodes).stream().filter(s -> s.id() != null)
                .collect(Collectors.toMap(StaffCard::id, StaffCard::name, (a, b) -> a));
    }

    /**
     * A login's name in the operator's whole staff (a colleague from another of its stations may be
     * responsible for someone here); empty for a login the staff does not have.
     */
    Optional<String> nameOf(String login);
}
