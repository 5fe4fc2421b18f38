package org.shegong.platform.application.provisioning;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.application.health.StartupProgress;
import org.shegong.platform.infrastructure.persistence.DatabaseMigration;

/** Applies {@code shegong.tenants.dir} once the schema is in place. */
@ApplicationScoped
public class ProvisioningAtStartup {

    public static final String TENANTS_DIR = "shegong.tenants.dir";

    private static final Logger LOG = Logger.getLogger(ProvisioningAtStartup.class.getName());

    @Inject
    @ConfigProperty(name = TENANTS_DIR)
    Optional<String> tenantsDir;

    @Inject
    TenantProvisioning provisioning;

    private volatile ProvisioningReport lastReport;
    private volatile java.time.Instant lastRunAt;

    /** What the start's provisioning did, for the platform admin's page; empty before it ran or when it failed whole. */
    public Optional<ProvisioningReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    public Optional<java.time.Instant> lastRunAt() {
        return Optional.ofNullable(lastRunAt);
    }

    @Inject
    StartupProgress progress;

    void onStartup(@Observes @Priority(DatabaseMigration.PRIORITY + 10) Startup startup) {
        if (tenantsDir.isEmpty() || tenantsDir.get().isBlank()) {
            LOG.warning(TENANTS_DIR + " is not set: no tenants provisioned");
            progress.provisioningFinished();
            return;
        }
        Path folder = Path.of(tenantsDir.get());
        try {
            ProvisioningReport report = provisioning.apply(folder);
            lastReport = report;
            lastRunAt = java.time.Instant.now();
            LOG.info(() -> "tenants provisioned from " + folder + ": " + report.applied() + ", unchanged " + report.unchanged());
            report.refused().forEach(reason -> LOG.severe("descriptor refused: " + reason));
            report.identityProblems().forEach(problem -> LOG.warning("logins not provisioned: " + problem));
            progress.provisioningFinished();
        } catch (MalformedDescriptorException e) {
            LOG.severe("tenants not provisioned, " + e.getMessage());
            progress.provisioningFailed("malformed descriptors");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "tenants not provisioned from " + folder, e);
            progress.provisioningFailed(e.getClass().getSimpleName());
        }
    }
}
