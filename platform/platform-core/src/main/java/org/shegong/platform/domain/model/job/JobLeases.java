package org.shegong.platform.domain.model.job;

import java.time.Duration;

/**
 * The right to run a tenant job, one holder at a time across every server on the database. A
 * lease expires on its own, so a server that dies mid-run blocks the job only until then.
 */
public interface JobLeases {

    /**
     * Takes the job's lease for {@code length} if nobody holds an unexpired one and the last run
     * (on any server) started at least {@code gap} ago; false otherwise.
     */
    boolean take(String jobCode, String holder, Duration length, Duration gap);

    /** Extends a lease this holder still has (a long run renews after each tenant); false if lost. */
    boolean renew(String jobCode, String holder, Duration length);

    /** Gives the lease back at the end of a run, so the next trigger need not wait for the expiry. */
    void release(String jobCode, String holder);
}
