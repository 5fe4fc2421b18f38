package org.shegong.modules.clubs.domain.model.club;

import java.util.Set;

/** Which clubs a list shows: at these streets, and of the kind, stage, community and name given (null = any). */
public record ClubFilter(Set<String> streetCodes, ClubKind kind, ClubStage stage, String communityCode, String name) {

    public ClubFilter {
        streetCodes = Set.copyOf(streetCodes);
    }
}
