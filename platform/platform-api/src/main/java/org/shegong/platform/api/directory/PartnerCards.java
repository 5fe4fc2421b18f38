package org.shegong.platform.api.directory;

import java.util.List;
import java.util.Optional;

/** The operator's partner register, as modules see it. */
public interface PartnerCards {

    List<PartnerCard> all();

    Optional<PartnerCard> partner(long partnerId);
}
