package org.shegong.platform.api.directory;

import java.util.List;
import java.util.Set;

/**
 * The communities of the region tree under given streets, for modules that count per community
 * (e.g. clubs per community against a target) and so must also see the communities that have none.
 */
public interface CommunityCards {

    /** The communities under the streets, ordered by street code then community code; unknown streets give none. */
    List<CommunityCard> ofStreets(Set<String> streetCodes);
}
