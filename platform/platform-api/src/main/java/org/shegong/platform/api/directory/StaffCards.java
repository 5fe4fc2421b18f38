package org.shegong.platform.api.directory;

import java.util.List;
import java.util.Set;

/** The operator's staff, as modules see them. */
public interface StaffCards {

    List<StaffCard> atStations(Set<String> streetCodes);
}
