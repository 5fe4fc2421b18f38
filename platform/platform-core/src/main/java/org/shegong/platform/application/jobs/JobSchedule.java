package org.shegong.platform.application.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.api.job.TenantJob;
import org.shegong.platform.application.modules.ModuleRegistry;

/**
 * Puts every module's jobs on the server's managed scheduled executor once the schema and the
 * tenants are in place (after provisioning): a minute after start, then every interval, each
 * trigger running the job only if it is due ({@link TenantJobs#runIfDue}), so a restart neither
 * re-runs everything nor postpones a daily job for ever. {@code shegong.jobs.scheduled=false}
 * leaves jobs to be triggered by hand ({@link TenantJobs#runNow}), as the integration-test server does.
 */
@ApplicationScoped
public class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());

    /** A minute after start the job runs if it is due (its last run, on any server, is an interval old). */
    static final Duration FIRST_CHECK = Duration.ofMinutes(1);

    /** After migrations (100) and provisioning (110). */
    static final int PRIORITY = 120;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantJobs tenantJobs;

    @Inject
    @ConfigProperty(name = "shegong.jobs.scheduled", defaultValue = "true")
    boolean scheduled;

    private final List<ScheduledFuture<?>> futures = new ArrayList<>();

    void onStartup(@Observes @Priority(PRIORITY) Startup startup) {
        if (!scheduled) {
            LOG.info("tenant jobs are not scheduled on this server (shegong.jobs.scheduled=false)");
            return;
        }
        for (TenantJob job : modules.jobs()) {
            long seconds = job.every().toSeconds();
            futures.add(executor.scheduleWithFixedDelay(() -> trigger(job.code()), FIRST_CHECK.toSeconds(), seconds,
                    TimeUnit.SECONDS));
            LOG.info(() -> "tenant job " + job.code() + " scheduled every " + job.every());
        }
    }

    /** A failing run must not cancel the schedule (an exception would end a fixed-delay task for good). */
    private void trigger(String code) {
        try {
            tenantJobs.runIfDue(code);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "tenant job " + code + " could not run", e);
        }
    }

    @PreDestroy
    void stop() {
        futures.forEach(f -> f.cancel(false));
    }
}
