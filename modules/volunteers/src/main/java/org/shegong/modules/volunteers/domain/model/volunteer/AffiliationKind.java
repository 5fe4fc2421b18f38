package org.shegong.modules.volunteers.domain.model.volunteer;

/** Where a volunteer comes from; the station links these outside resources (链接社会资源). */
public enum AffiliationKind {
    UNIVERSITY("高校"),
    ENTERPRISE("企业"),
    MEDICAL("医疗机构"),
    RESIDENT("社区居民"),
    OTHER("其他");

    private final String label;

    AffiliationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
