package org.shegong.platform.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.shegong.platform.api.job.JobRun;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.tenancy.TenantContext;

/**
 * The probe's tenant job. Each turn notes who it ran as (the request's tenant and actor, not just
 * what it was handed); a test can make it fail for one tenant, or hold it until released so a
 * second trigger meets a run in progress.
 */
@ApplicationScoped
public class ProbeSweep {

    /** One turn: the tenant handed over, and the tenant and actor the context really had. */
    public record Turn(TenantId handed, TenantId context, String actor) {
    }

    public static final List<Turn> TURNS = new CopyOnWriteArrayList<>();

    public static final Set<TenantId> FAIL_FOR = new java.util.concurrent.CopyOnWriteArraySet<>();

    /** When set, a turn signals {@code started} and waits (bounded) for {@code release}. */
    public static volatile CountDownLatch started;

    public static volatile CountDownLatch release;

    @Inject
    TenantContext tenantContext;

    @Inject
    Actor actor;

    void run(JobRun run) throws InterruptedException {
        TURNS.add(new Turn(run.tenant(), tenantContext.require(), actor.name()));
        CountDownLatch holdUntil = release;
        if (holdUntil != null) {
            started.countDown();
            if (!holdUntil.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the probe job");
            }
        }
        if (FAIL_FOR.contains(run.tenant())) {
            throw new IllegalStateException("probe job fails for " + run.tenant() + " on purpose");
        }
    }
}
