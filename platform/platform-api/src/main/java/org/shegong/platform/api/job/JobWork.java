package org.shegong.platform.api.job;

/**
 * A job's work inside one tenant. It runs in a request context of its own with the tenant entered
 * (tenant-bound EntityManagers work as in a request) and the actor {@code system}; it starts no
 * transaction for the work: call the module's own transactional services. Throwing marks this
 * tenant's run as failed and moves on to the next tenant.
 */
@FunctionalInterface
public interface JobWork {

    void run(JobRun run) throws Exception;
}
