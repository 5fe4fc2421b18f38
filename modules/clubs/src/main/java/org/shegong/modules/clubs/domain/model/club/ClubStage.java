package org.shegong.modules.clubs.domain.model.club;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a club stands on the incubation path: 兴趣小组 → 培育中 → 街道备案 → 民政登记, one step at a
 * time; any open club may fall dormant (休眠) and wake to the stage it left, or be dissolved (注销);
 * 已合并 is reached only by a merge. Dissolved and merged clubs are closed for good.
 */
public enum ClubStage {
    /** 兴趣小组 */
    INTEREST_GROUP("兴趣小组"),
    /** 培育中 */
    INCUBATING("培育中"),
    /** 街道备案 */
    FILED("街道备案"),
    /** 民政登记 */
    REGISTERED("民政登记"),
    /** 休眠 */
    DORMANT("休眠"),
    /** 注销 */
    DISSOLVED("注销"),
    /** 已合并 */
    MERGED("已合并");

    private static final Set<ClubStage> PATH = EnumSet.of(INTEREST_GROUP, INCUBATING, FILED, REGISTERED);

    private final String label;

    ClubStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** One of the four steps of the path (not dormant, not closed). */
    public boolean onPath() {
        return PATH.contains(this);
    }

    /** Dissolved or merged: nothing about the club changes any more. */
    public boolean closed() {
        return this == DISSOLVED || this == MERGED;
    }

    /** Counts toward 191号: an organisation filed with the street or registered with civil affairs. */
    public boolean countsAsOrganisation() {
        return this == FILED || this == REGISTERED;
    }

    /** The next step of the path, or null past the last. */
    ClubStage nextOnPath() {
        return switch (this) {
            case INTEREST_GROUP -> INCUBATING;
            case INCUBATING -> FILED;
            case FILED -> REGISTERED;
            default -> null;
        };
    }
}
