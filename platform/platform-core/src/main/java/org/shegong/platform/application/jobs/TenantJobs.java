package org.shegong.platform.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shegong.platform.api.job.JobRun;
import org.shegong.platform.api.job.TenantJob;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.job.JobLeases;

/**
 * Runs a module's {@link TenantJob} once for every tenant that has the module on, each in its own
 * {@link TenantWork} (that tenant, the system actor). The run first takes the job's lease row: a
 * trigger that finds it held — by a run on this server or another — skips, so one job never runs
 * twice at once; a scheduled trigger also skips while the last run is recent ({@link #runIfDue}). One tenant's failure is logged and the next tenant still runs.
 */
@ApplicationScoped
public class TenantJobs {

    private static final Logger LOG = Logger.getLogger(TenantJobs.class.getName());

    /** Long enough for a run over every tenant; renewed after each tenant, so only a dead server lets it lapse. */
    static final Duration LEASE = Duration.ofMinutes(15);

    /** What one trigger did. {@code ran} is false when another run held the lease or the job was not due. */
    public record Outcome(String jobCode, boolean ran, List<TenantId> done, List<TenantId> failed) {

        static Outcome skipped(String jobCode) {
            return new Outcome(jobCode, false, List.of(), List.of());
        }
    }

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantWork tenantWork;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    /** Runs the job now, unless a run (here or on another server) is in progress. */
    public Outcome runNow(String jobCode) {
        return run(job(jobCode), Duration.ZERO);
    }

    /**
     * What the schedule calls: runs the job only if no run started within (nine tenths of) its
     * interval on any server, so several servers, or a server restarted often, still run it about
     * once per interval.
     */
    public Outcome runIfDue(String jobCode) {
        TenantJob job = job(jobCode);
        return run(job, job.every().multipliedBy(9).dividedBy(10));
    }

    /**
     * Runs the job now for one operator (if it has the job's module on), unless a run holds the
     * lease: that run, or the next, does it then. For work one operator's change calls for at once,
     * such as counting a module switched back on, without waiting for the schedule.
     */
    public Outcome runNowFor(String jobCode, TenantId tenant) {
        TenantJob job = job(jobCode);
        ShegongModule module = modules.find(job.moduleId()).orElseThrow();
        return run(job, Duration.ZERO, modules.tenantsWith(module).stream().filter(tenant::equals).toList());
    }

    private TenantJob job(String jobCode) {
        return modules.job(jobCode).orElseThrow(() -> new IllegalArgumentException("no job " + jobCode));
    }

    private Outcome run(TenantJob job, Duration gap) {
        return run(job, gap, null);
    }

    /** Runs the job for the given tenants, or (null) for every tenant with its module on when the lease is taken. */
    private Outcome run(TenantJob job, Duration gap, List<TenantId> only) {
        String jobCode = job.code();
        ShegongModule module = modules.find(job.moduleId()).orElseThrow();
        String holder = "run-" + UUID.randomUUID();
        if (!leases.take(jobCode, holder, LEASE, gap)) {
            LOG.fine(() -> "job " + jobCode + " is running elsewhere or not due: this trigger skips");
            return Outcome.skipped(jobCode);
        }
        List<TenantId> done = new ArrayList<>();
        List<TenantId> failed = new ArrayList<>();
        try {
            Instant startedAt = clock.instant();
            for (TenantId tenant : only != null ? only : modules.tenantsWith(module)) {
                try {
                    tenantWork.call(tenant, Actor.SYSTEM, () -> {
                        job.work().run(new JobRun(jobCode, tenant, startedAt));
                        return null;
                    });
                    done.add(tenant);
                } catch (RuntimeException e) {
                    failed.add(tenant);
                    LOG.log(Level.SEVERE, "job " + jobCode + " failed for tenant " + tenant + "; the other tenants still run", e);
                }
                if (!leases.renew(jobCode, holder, LEASE)) {
                    LOG.severe("job " + jobCode + " lost its lease after tenant " + tenant + ": stopping this run");
                    break;
                }
            }
        } finally {
            leases.release(jobCode, holder);
        }
        return new Outcome(jobCode, true, List.copyOf(done), List.copyOf(failed));
    }
}
