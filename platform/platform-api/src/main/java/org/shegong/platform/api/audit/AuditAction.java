package org.shegong.platform.api.audit;

/** What was done to a record. */
public enum AuditAction {
    CREATED("新建"),
    CHANGED("修改"),
    REMOVED("删除"),
    RESTORED("恢复"),
    /** A read of something sensitive: a child's case, a full ID number. */
    VIEWED("查看"),
    IMPORTED("导入");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
