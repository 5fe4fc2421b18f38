package org.shegong.modules.clubs.domain.model.activity;

/**
 * What a club holds: its regular activity (活动) or a performance (演出). Each becomes a platform
 * activity of the matching type, so it counts where every station activity counts.
 */
public enum ClubActivityKind {
    ACTIVITY("GROUP_ACTIVITY"),
    PERFORMANCE("PERFORMANCE");

    private final String platformType;

    ClubActivityKind(String platformType) {
        this.platformType = platformType;
    }

    /** The platform's activity type name. */
    public String platformType() {
        return platformType;
    }

    /** The kind of a platform activity type (anything but a performance is an activity). */
    public static ClubActivityKind ofPlatformType(String type) {
        return PERFORMANCE.platformType.equals(type) ? PERFORMANCE : ACTIVITY;
    }
}
