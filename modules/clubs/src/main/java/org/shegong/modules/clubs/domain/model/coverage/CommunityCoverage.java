package org.shegong.modules.clubs.domain.model.coverage;

import java.util.Map;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.Community;

/**
 * One community against 191号: its organisations per kind (filed or registered, open), their total,
 * the target for its kind of community, and the gap (0 when at target).
 */
public record CommunityCoverage(Community community, CommunityKind kind, Map<ClubKind, Integer> perKind, int total,
                                int target) {

    public CommunityCoverage {
        perKind = Map.copyOf(perKind);
    }

    public int gap() {
        return Math.max(0, target - total);
    }

    public boolean atTarget() {
        return total >= target;
    }

    public int of(ClubKind kind) {
        return perKind.getOrDefault(kind, 0);
    }
}
