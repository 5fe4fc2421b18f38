package org.shegong.platform.application.provisioning;

import java.util.List;

/**
 * What one run of provisioning applied, what it refused with the reason, and what the identity
 * provider could not take (the database side of those operators is applied all the same).
 */
public record ProvisioningReport(List<String> applied, List<String> refused, List<String> identityProblems) {

    public ProvisioningReport {
        applied = List.copyOf(applied);
        refused = List.copyOf(refused);
        identityProblems = List.copyOf(identityProblems);
    }
}
