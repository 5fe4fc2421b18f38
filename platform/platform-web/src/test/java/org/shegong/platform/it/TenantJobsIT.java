package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.jobs.TenantJobs;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.it.probe.ProbeModule;
import org.shegong.platform.it.probe.ProbeOperators;
import org.shegong.platform.it.probe.ProbeSweep;

/**
 * Tenant jobs with the probe's job over three operators: two with the probe on (the first one's
 * turn fails on purpose), one with it off. A run goes through every tenant that has the module on,
 * as that tenant and the system actor, past a failing one; a trigger that meets a run in progress,
 * or a lease row another server holds, runs nothing; the schedule's trigger runs only when the last
 * run is an interval old.
 */
@ExtendWith(ArquillianExtension.class)
class TenantJobsIT {

    @Deployment
    static WebArchive deployment() {
        return ProbeDeployment.withTests(TenantJobsIT.class);
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantJobs jobs;

    TenantId failing;
    TenantId working;
    TenantId switchedOff;

    @BeforeEach
    void operators() throws Exception {
        failing = ProbeOperators.ensure(provisioning, "it-joba", "作业测试甲", "\"probe\"");
        working = ProbeOperators.ensure(provisioning, "it-jobb", "作业测试乙", "\"probe\"");
        switchedOff = ProbeOperators.ensure(provisioning, "it-jobc", "作业测试丙", "");
        ProbeSweep.TURNS.clear();
        ProbeSweep.FAIL_FOR.clear();
    }

    @AfterEach
    void reset() {
        ProbeSweep.started = null;
        ProbeSweep.release = null;
        ProbeSweep.FAIL_FOR.clear();
    }

    @Test
    void aRunVisitsEveryTenantWithTheModuleOnAsThatTenantAndOneFailureStopsNoOther() {
        ProbeSweep.FAIL_FOR.add(failing);

        TenantJobs.Outcome outcome = jobs.runNow(ProbeModule.SWEEP);

        assertTrue(outcome.ran());
        assertTrue(outcome.failed().contains(failing), outcome.toString());
        assertTrue(outcome.done().contains(working), "the tenant after the failing one still ran: " + outcome);
        assertFalse(outcome.done().contains(failing), outcome.toString());
        assertFalse(outcome.done().contains(switchedOff) || outcome.failed().contains(switchedOff), "probe is off there");
        assertEquals(List.of(new ProbeSweep.Turn(working, working, Actor.SYSTEM)), turnsOf(working),
                "one turn, inside that tenant, as the system");
        assertEquals(List.of(), turnsOf(switchedOff));

        assertTrue(jobs.runNow(ProbeModule.SWEEP).ran(), "the lease was given back: the next trigger runs");
        assertEquals(2, turnsOf(working).size());
        assertFalse(jobs.runIfDue(ProbeModule.SWEEP).ran(), "the schedule's trigger waits for the interval (a day) since the last run");
        assertEquals(2, turnsOf(working).size());
    }

    @Test
    void twoSimultaneousTriggersRunTheJobOnce() throws Exception {
        ProbeSweep.started = new CountDownLatch(1);
        ProbeSweep.release = new CountDownLatch(1);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        Future<TenantJobs.Outcome> first = executor.submit(() -> jobs.runNow(ProbeModule.SWEEP));
        assertTrue(ProbeSweep.started.await(60, TimeUnit.SECONDS), "the first run began");

        TenantJobs.Outcome second = jobs.runNow(ProbeModule.SWEEP);
        ProbeSweep.release.countDown();

        assertFalse(second.ran(), "a trigger during a run skips");
        assertEquals(List.of(), second.done());
        assertTrue(first.get(60, TimeUnit.SECONDS).ran());
        assertEquals(1, turnsOf(working).size(), "the job ran once for each tenant");
    }

    @Test
    void aLeaseAnotherServerHoldsInTheDatabaseMakesTriggersSkipUntilItExpires() throws Exception {
        jobs.runNow(ProbeModule.SWEEP); // the lease row exists from here on
        ProbeSweep.TURNS.clear();
        lease("other-server", "TIMESTAMPADD(MINUTE, 10, CURRENT_TIMESTAMP(6))");
        assertFalse(jobs.runNow(ProbeModule.SWEEP).ran(), "another server's unexpired lease");
        assertEquals(List.of(), ProbeSweep.TURNS);

        lease("other-server", "TIMESTAMPADD(SECOND, -1, CURRENT_TIMESTAMP(6))");
        assertTrue(jobs.runNow(ProbeModule.SWEEP).ran(), "a lease left by a dead server expires");
        assertEquals(1, turnsOf(working).size());

        lastStarted("TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP(6))");
        assertTrue(jobs.runIfDue(ProbeModule.SWEEP).ran(), "a day after the last run, on whichever server, the job is due");
        assertEquals(2, turnsOf(working).size());
    }

    private static List<ProbeSweep.Turn> turnsOf(TenantId tenant) {
        return ProbeSweep.TURNS.stream().filter(t -> t.handed().equals(tenant)).toList();
    }

    private static void lastStarted(String when) throws Exception {
        try (Connection c = Fixtures.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE job_lease SET last_started_at = " + when + " WHERE job_code = ?")) {
            s.setString(1, ProbeModule.SWEEP);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static void lease(String holder, String until) throws Exception {
        try (Connection c = Fixtures.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE job_lease SET holder = ?, leased_until = " + until + " WHERE job_code = ?")) {
            s.setString(1, holder);
            s.setString(2, ProbeModule.SWEEP);
            assertEquals(1, s.executeUpdate());
        }
    }
}
