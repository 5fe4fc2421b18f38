package org.shegong.modules.childprotection.domain.model.casework;

import org.shegong.platform.api.records.Refusal;

/**
 * A step the case's rules do not allow now (a plan before the assessment, approving one's own plan …).
 * It is bad input, answered with its reason (the API's 400), never a server error.
 */
public class CaseRuleViolation extends Refusal {

    private static final long serialVersionUID = 1L;

    /** The reason as a key of the module's bundle with its arguments. */
    public CaseRuleViolation(String key, Object... args) {
        super(key, args);
    }
}
