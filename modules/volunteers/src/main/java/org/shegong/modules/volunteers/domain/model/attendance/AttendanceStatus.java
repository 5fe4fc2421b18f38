package org.shegong.modules.volunteers.domain.model.attendance;

public enum AttendanceStatus {
    CHECKED_IN("已签到"),
    CHECKED_OUT("已签退"),
    CONFIRMED("已确认");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
