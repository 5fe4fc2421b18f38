package org.shegong.modules.volunteers.domain.model.timebank;

/**
 * The kinds of time-bank account. Only issuance accounts may go below zero: the operator's own, where
 * confirmed hours come from, and one per operator credits were received from (see {@link #SENT}); a
 * balance there is minus everything ever credited from it.
 */
public enum AccountKind {
    /** Source of credits: confirmed hours are transferred from here. */
    ISSUANCE("时长发放"),
    /** A volunteer's credits (时间币). */
    VOLUNTEER("志愿者账户"),
    /** Credits spent on a service for a resident. */
    SERVICES("服务兑换"),
    /** Donated credits, the station's pool. */
    POOL("爱心池"),
    /**
     * Credits sent, at the volunteer's request, to another operator's bank where the person also
     * serves (one account per receiving operator). The receiving bank books them out of an
     * {@link #ISSUANCE} account of its own for the sender, so each bank's ledger sums to zero.
     */
    SENT("转至其他运营方");

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
