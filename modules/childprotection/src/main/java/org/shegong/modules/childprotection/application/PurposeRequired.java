package org.shegong.modules.childprotection.application;

/**
 * Someone not assigned to a case opened it without saying why (督导, 代班, 审批): a 400 with the reason
 * through the API, the purpose chooser on the child page.
 */
public class PurposeRequired extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PurposeRequired() {
        super("您不是本个案的经办社工，请选择查阅目的（督导、代班、审批） / "
                + "you are not assigned to this case: choose a purpose (supervision, cover, approval)");
    }
}
