package org.shegong.modules.childprotection.domain.model.casework;

/**
 * A step the case's rules do not allow now (a plan before the assessment, approving one's own plan …).
 * It is bad input, answered with its reason (the API's 400), never a server error.
 */
public class CaseRuleViolation extends IllegalArgumentException {

    public CaseRuleViolation(String message) {
        super(message);
    }
}
