package org.shegong.modules.childprotection.application;

/**
 * Why someone who is not assigned to a case opens it (查阅目的), kept with the read in the audit trail.
 * The assigned workers read as {@link #CASEWORK} without choosing.
 */
public enum ReadPurpose {
    /** 经办 — the assigned worker's own work */
    CASEWORK("经办"),
    /** 督导 */
    SUPERVISION("督导"),
    /** 代班 */
    COVER("代班"),
    /** 审批 */
    APPROVAL("审批"),
    /** 授权查阅 — under an explicit grant */
    GRANTED("授权查阅");

    private final String recorded;

    ReadPurpose(String recorded) {
        this.recorded = recorded;
    }

    /** The text kept in the audit trail (Chinese, as the 查阅记录 page shows it). */
    public String recorded() {
        return recorded;
    }

    public String labelKey() {
        return "childprotection.purpose." + name();
    }
}
