package org.shegong.modules.clubs.domain.model.coverage;

import java.util.Set;
import org.shegong.modules.clubs.domain.model.club.Community;

/**
 * The 191号 target: at least {@code urbanTarget} community social organisations per urban community
 * and {@code ruralTarget} per rural one (10 and 5 in the document; configurable).
 *
 * <p>The region tree does not say whether a community is urban or rural, so: a community listed in
 * {@code ruralCodes} is rural, one in {@code urbanCodes} urban; otherwise a community whose name ends
 * in 村 (a village committee, 村民委员会) is rural and every other (社区) urban.
 */
public record CoverageRule(int urbanTarget, int ruralTarget, Set<String> ruralCodes, Set<String> urbanCodes) {

    public CoverageRule {
        if (urbanTarget < 1 || ruralTarget < 1) {
            throw new IllegalArgumentException("191号 targets are at least 1: " + urbanTarget + "/" + ruralTarget);
        }
        ruralCodes = Set.copyOf(ruralCodes);
        urbanCodes = Set.copyOf(urbanCodes);
    }

    public CommunityKind kindOf(Community community) {
        if (ruralCodes.contains(community.code())) {
            return CommunityKind.RURAL;
        }
        if (urbanCodes.contains(community.code())) {
            return CommunityKind.URBAN;
        }
        return community.name().endsWith("村") ? CommunityKind.RURAL : CommunityKind.URBAN;
    }

    public int targetFor(CommunityKind kind) {
        return kind == CommunityKind.RURAL ? ruralTarget : urbanTarget;
    }
}
