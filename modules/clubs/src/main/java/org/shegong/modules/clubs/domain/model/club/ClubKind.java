package org.shegong.modules.clubs.domain.model.club;

/** The four kinds of community social organisation (社区社会组织) that 民政 counts. */
public enum ClubKind {
    /** 公益慈善 */
    CHARITY("公益慈善"),
    /** 生活服务 */
    LIFE_SERVICE("生活服务"),
    /** 社区事务 */
    COMMUNITY_AFFAIRS("社区事务"),
    /** 文体活动 */
    CULTURE_SPORTS("文体活动");

    private final String label;

    ClubKind(String label) {
        this.label = label;
    }

    /** The Chinese label, for texts stored in the history (pages use the bundle key {@code clubs.kind.<NAME>}). */
    public String label() {
        return label;
    }
}
