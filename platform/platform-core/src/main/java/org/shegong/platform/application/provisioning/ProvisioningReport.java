package org.shegong.platform.application.provisioning;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of provisioning applied, what it refused with the reason, what the identity
 * provider could not take (the database side of those operators is applied all the same), and
 * which files it left alone because they had not changed since they were last applied.
 */
public record ProvisioningReport(List<String> applied, List<String> refused, List<String> identityProblems,
                                 List<String> unchanged) {

    public ProvisioningReport {
        applied = List.copyOf(applied);
        refused = List.copyOf(refused);
        identityProblems = List.copyOf(identityProblems);
        unchanged = List.copyOf(unchanged);
    }

    public ProvisioningReport(List<String> applied, List<String> refused, List<String> identityProblems) {
        this(applied, refused, identityProblems, List.of());
    }

    /** The same report with more operators whose logins were not written. */
    public ProvisioningReport withIdentityProblems(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(identityProblems);
        all.addAll(more);
        return new ProvisioningReport(applied, refused, all, unchanged);
    }
}
