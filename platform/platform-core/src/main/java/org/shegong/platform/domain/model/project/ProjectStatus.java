package org.shegong.platform.domain.model.project;

/**
 * Where a project stands. Projects are never deleted: one that ends is closed (结项), one that
 * will not happen is cancelled (取消). Only open projects take checklist changes.
 */
public enum ProjectStatus {
    /** 调研/计划中: needs being researched, plan being written. */
    PLANNING,
    /** 实施中 */
    ACTIVE,
    /** 已结项 */
    CLOSED,
    /** 已取消 */
    CANCELLED;

    public boolean isOpen() {
        return this == PLANNING || this == ACTIVE;
    }
}
