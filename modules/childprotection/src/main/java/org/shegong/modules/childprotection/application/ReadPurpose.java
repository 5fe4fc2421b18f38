package org.shegong.modules.childprotection.application;

import org.shegong.platform.api.audit.Said;

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

    /** The Chinese name, as older rows of the audit trail hold it (the bundle says it now). */
    @SuppressWarnings("unused")
    private final String chinese;

    ReadPurpose(String chinese) {
        this.chinese = chinese;
    }

    /** What the audit trail keeps: the purpose's label key, said in each reader's language on the 查阅记录 page. */
    public String recorded() {
        return Said.of(labelKey());
    }

    public String labelKey() {
        return "childprotection.purpose." + name();
    }
}
