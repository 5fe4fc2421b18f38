package org.shegong.modules.childprotection.application;

import java.util.List;
import org.shegong.platform.api.audit.Said;

/**
 * Why someone who is not assigned to a case opens it (查阅目的), kept with the read in the audit trail.
 * The assigned workers read as {@link #CASEWORK} without choosing.
 */
public enum ReadPurpose {
    /** 经办 — the assigned worker's own work */
    CASEWORK,
    /** 督导 */
    SUPERVISION,
    /** 代班 */
    COVER,
    /** 审批 */
    APPROVAL,
    /** 授权查阅 — under an explicit grant */
    GRANTED;

    /**
     * The purposes a person not assigned may give (督导, 代班, 审批), and the chooser offers. 经办 and 授权查阅 are
     * never given: they are what the assignment or the lead's grant makes a read, so a caller who names them (an
     * address, the API) is not believed and the read is recorded as what it is.
     */
    public static List<ReadPurpose> chosen() {
        return List.of(SUPERVISION, COVER, APPROVAL);
    }

    public boolean isChosen() {
        return chosen().contains(this);
    }

    /** What the audit trail keeps: the purpose's label key, said in each reader's language on the 查阅记录 page. */
    public String recorded() {
        return Said.of(labelKey());
    }

    public String labelKey() {
        return "childprotection.purpose." + name();
    }
}
