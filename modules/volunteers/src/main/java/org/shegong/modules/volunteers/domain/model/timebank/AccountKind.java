package org.shegong.modules.volunteers.domain.model.timebank;

/**
 * The kinds of time-bank account. Only the issuance account may go below zero: it is where confirmed
 * hours come from, so its balance is minus everything ever credited.
 */
public enum AccountKind {
    /** Source of credits: confirmed hours are transferred from here. */
    ISSUANCE("时长发放"),
    /** A volunteer's credits (时间币). */
    VOLUNTEER("志愿者账户"),
    /** Credits spent on a service for a resident. */
    SERVICES("服务兑换"),
    /** Donated credits, the station's pool. */
    POOL("爱心池");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean mayGoNegative() {
        return this == ISSUANCE;
    }
}
