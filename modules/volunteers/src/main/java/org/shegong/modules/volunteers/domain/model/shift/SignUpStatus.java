package org.shegong.modules.volunteers.domain.model.shift;

public enum SignUpStatus {
    CONFIRMED("已报名"),
    WAITING("候补"),
    CANCELLED("已取消");

    private final String label;

    SignUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
