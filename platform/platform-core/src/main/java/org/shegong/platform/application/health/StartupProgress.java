package org.shegong.platform.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * How far the server's start has come: the schema migrated, the tenants provisioned. Readiness
 * reads it, so a load balancer sends no one to a server whose tables or logins are not there yet.
 */
@ApplicationScoped
public class StartupProgress {

    private volatile boolean schemaMigrated;
    private volatile boolean provisioningFinished;
    private volatile String provisioningFailure;

    public void schemaMigrated() {
        schemaMigrated = true;
    }

    /** Provisioning ran to its end (descriptors it refused are logged and do not keep the server out of service). */
    public void provisioningFinished() {
        provisioningFinished = true;
    }

    /** Provisioning stopped as a whole (e.g. the region tree is malformed): the server is not fit to serve. */
    public void provisioningFailed(String reason) {
        provisioningFailure = reason;
    }

    /** Why the server is not ready yet, or empty once start-up is complete. */
    public Optional<String> notReadyBecause() {
        if (!schemaMigrated) {
            return Optional.of("schema not migrated yet");
        }
        if (provisioningFailure != null) {
            return Optional.of("provisioning failed: " + provisioningFailure);
        }
        if (!provisioningFinished) {
            return Optional.of("provisioning not finished yet");
        }
        return Optional.empty();
    }
}
