package org.shegong.platform.application.provisioning;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.application.health.StartupProgress;
import org.shegong.platform.infrastructure.persistence.DatabaseMigration;

/**
 * Applies {@code shegong.tenants.dir} once the schema is in place. The start is ready when the files
 * are applied and the logins of changed files written. The logins of unchanged files are checked
 * before that too, unless there are more of them than {@code shegong.provisioning.wait-for-logins-of}
 * (50): then right after, on a worker thread. With a thousand operators that check reads every
 * account in Keycloak, tens of seconds the server need not wait for accounts that were in step at
 * the last start (figure 6 of issue 14); with a few it takes a second, and a start that leaves
 * nothing running behind it is simpler to reason about (and to test).
 */
@ApplicationScoped
public class ProvisioningAtStartup {

    public static final String TENANTS_DIR = "shegong.tenants.dir";

    /** The most unchanged operators whose logins a start checks before it is ready. */
    static final String WAIT_FOR_LOGINS = "shegong.provisioning.wait-for-logins-of";

    private static final Logger LOG = Logger.getLogger(ProvisioningAtStartup.class.getName());

    @Inject
    @ConfigProperty(name = TENANTS_DIR)
    Optional<String> tenantsDir;

    @Inject
    TenantProvisioning provisioning;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = WAIT_FOR_LOGINS, defaultValue = "50")
    int waitForLoginsOf;

    private volatile ProvisioningReport lastReport;
    private volatile Instant lastRunAt;

    /** What the start's provisioning did, for the platform admin's page; empty before it ran or when it failed whole. */
    public Optional<ProvisioningReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    public Optional<Instant> lastRunAt() {
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
            TenantProvisioning.FilesApplied files = provisioning.applyFiles(folder);
            ProvisioningReport report = files.report();
            lastReport = report;
            lastRunAt = Instant.now();
            LOG.info(() -> "tenants provisioned from " + folder + ": " + report.applied() + ", unchanged " + report.unchanged());
            report.refused().forEach(reason -> LOG.severe("descriptor refused: " + reason));
            report.identityProblems().forEach(problem -> LOG.warning("logins not provisioned: " + problem));
            List<OperatorDescriptor> toCheck = files.loginsToCheck();
            if (toCheck.size() <= waitForLoginsOf) {
                checkLogins(toCheck);
                progress.provisioningFinished();
            } else {
                progress.provisioningFinished();
                executor.execute(() -> checkLogins(toCheck));
            }
        } catch (MalformedDescriptorException e) {
            LOG.severe("tenants not provisioned, " + e.getMessage());
            progress.provisioningFailed("malformed descriptors");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "tenants not provisioned from " + folder, e);
            progress.provisioningFailed(e.getClass().getSimpleName());
        }
    }

    private void checkLogins(List<OperatorDescriptor> operators) {
        long started = System.nanoTime();
        try {
            List<String> problems = provisioning.checkLogins(operators);
            problems.forEach(problem -> LOG.warning("logins not provisioned: " + problem));
            ProvisioningReport report = lastReport;
            lastReport = report == null ? null : report.withIdentityProblems(problems);
            LOG.info(() -> "logins of " + operators.size() + " unchanged operators checked in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms, " + problems.size() + " not provisioned");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "logins of unchanged operators not checked", e);
        }
    }
}
