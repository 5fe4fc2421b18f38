package org.shegong.modules.childprotection.application;

import org.shegong.platform.api.records.Refusal;

/**
 * Someone not assigned to a case opened it without saying why (督导, 代班, 审批): a 400 with the reason
 * through the API, the purpose chooser on the child page.
 */
public class PurposeRequired extends Refusal {

    private static final long serialVersionUID = 1L;

    public PurposeRequired() {
        super("childprotection.refused.purposeRequired");
    }
}
