package org.shegong.platform.application.provisioning;

import java.util.List;

/** What one run of provisioning applied, and what it refused with the reason. */
public record ProvisioningReport(List<String> applied, List<String> refused) {

    public ProvisioningReport {
        applied = List.copyOf(applied);
        refused = List.copyOf(refused);
    }
}
