package org.shegong.modules.volunteers.domain.model.volunteer;

/** Whether the volunteer takes shifts now; a volunteer who left keeps their hours and certificates. */
public enum VolunteerStatus {
    ACTIVE("在册"),
    PAUSED("暂停"),
    LEFT("已退出");

    private final String label;

    VolunteerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
