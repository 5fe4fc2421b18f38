package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.infrastructure.persistence.TenantEntityManager;

/**
 * The product's first promise: tenant B never reads nor changes a row of tenant A, by id, by
 * query, by count, by bulk statement, through a warm cache, or under concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    static final TenantId A = TenantId.of("it-iso-alpha");
    static final TenantId B = TenantId.of("it-iso-beta");

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(TenantIsolationIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    ResidentRegistry residents;

    @Inject
    ActivityRegistry activities;

    @Inject
    TenantEntityManager tenantEntityManager;

    long residentOfA;
    long activityOfA;
    long residentOfB;

    @BeforeEach
    void tenantAAndBEachWriteRows() {
        residentOfA = as(A, () -> residents.register(
                Fixtures.resident("甲方老人", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
        activityOfA = as(A, () -> {
            Activity a = activities.plan("甲方活动", ActivityType.GROUP_ACTIVITY, LocalDate.now().minusDays(1),
                    Fixtures.STREET_YINGZE, null);
            activities.addParticipant(a.getId(), residentOfA);
            return a.getId();
        });
        residentOfB = as(B, () -> residents.register(
                Fixtures.resident("乙方老人", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_WENMIAO)).getId());
    }

    @Test
    void bFindsNothingOfAById() {
        assertTrue(as(B, () -> residents.find(residentOfA)).isEmpty());
        assertTrue(as(B, () -> activities.find(activityOfA)).isEmpty());
        assertTrue(as(A, () -> residents.find(residentOfA)).isPresent(), "A still sees its own row");
        assertTrue(as(B, () -> residents.find(residentOfB)).isPresent(), "B sees its own row");
    }

    @Test
    void bListsAndCountsNoneOfA() {
        List<Long> idsSeenByB = as(B, () -> residents.page(0, 10_000).stream().map(Resident::getId).toList());
        assertFalse(idsSeenByB.contains(residentOfA));
        assertTrue(idsSeenByB.contains(residentOfB));
        assertEquals(idsSeenByB.size(), (long) as(B, () -> residents.count()));
        List<Long> activitiesSeenByB = as(B, () -> activities.page(0, 10_000).stream().map(Activity::getId).toList());
        assertFalse(activitiesSeenByB.contains(activityOfA));
        long countOfB = as(B, () -> tenantEntityManager.get()
                .createQuery("select count(r) from Resident r where r.id = :id", Long.class)
                .setParameter("id", residentOfA).getSingleResult());
        assertEquals(0, countOfB);
    }

    @Test
    void bCanNeitherChangeNorDeleteARow() {
        long versionBefore = as(A, () -> residents.find(residentOfA).orElseThrow().getVersion());
        assertThrows(RecordNotFoundException.class, () -> as(B, () -> residents.updateInStreets(residentOfA, versionBefore,
                Fixtures.resident("被乙方改名", null, Fixtures.COMMUNITY_WENMIAO),
                java.util.Set.of(Fixtures.STREET_YINGZE, Fixtures.STREET_WENMIAO))));
        assertThrows(RecordNotFoundException.class, () -> as(B, () -> {
            residents.removeInStreets(residentOfA, java.util.Set.of(Fixtures.STREET_YINGZE, Fixtures.STREET_WENMIAO));
            return null;
        }));
        assertThrows(RecordNotFoundException.class, () -> as(B, () -> {
            activities.remove(activityOfA);
            return null;
        }));
        assertThrows(RecordNotFoundException.class, () -> as(B, () -> activities.markDone(activityOfA)));
        int bulkUpdated = as(B, () -> bulkRename(residentOfA));
        assertEquals(0, bulkUpdated, "a bulk update by B touches none of A's rows");

        Resident afterwards = as(A, () -> residents.find(residentOfA).orElseThrow());
        assertEquals("甲方老人", afterwards.getName());
        assertEquals(versionBefore, afterwards.getVersion());
        assertTrue(as(A, () -> activities.find(activityOfA)).isPresent());
    }

    private int bulkRename(long id) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            return tenantEntityManager.get().createQuery("update Resident r set r.name = '批量改名' where r.id = :id")
                    .setParameter("id", id).executeUpdate();
        } finally {
            tx.commit();
        }
    }

    @Test
    void aWarmCacheHandsBNothingOfA() {
        // A reads its rows, so any cache that could leak now holds them.
        as(A, () -> {
            residents.find(residentOfA).orElseThrow().getName();
            activities.find(activityOfA).orElseThrow().getParticipants().size();
            return residents.page(0, 100).size();
        });
        assertTrue(as(B, () -> residents.find(residentOfA)).isEmpty());
        assertTrue(as(B, () -> activities.find(activityOfA)).isEmpty());
        assertTrue(as(B, () -> tenantEntityManager.get()
                .createQuery("select r from Resident r where r.id = :id", Resident.class)
                .setParameter("id", residentOfA).getResultList()).isEmpty());
        assertThrows(jakarta.persistence.EntityNotFoundException.class, () -> as(B, () ->
                tenantEntityManager.get().getReference(Resident.class, residentOfA).getName()));
    }

    @Test
    void twoThreadsAlternatingTenantsNeverLeak() throws Exception {
        int iterations = 1_000;
        AtomicInteger leaks = new AtomicInteger();
        AtomicInteger checks = new AtomicInteger();
        ManagedExecutorService threads = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int offset = t;
            done.add(threads.submit(() -> {
                for (int i = 0; i < iterations; i++) {
                    boolean actAsA = (i + offset) % 2 == 0;
                    work.run(actAsA ? A : B, Actor.SYSTEM, () -> {
                        boolean seesA = residents.find(residentOfA).isPresent();
                        boolean seesB = residents.find(residentOfB).isPresent();
                        if (seesA != actAsA || seesB == actAsA) {
                            leaks.incrementAndGet();
                        }
                        checks.incrementAndGet();
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        assertEquals(2 * iterations, checks.get());
        assertEquals(0, leaks.get(), "rows seen by the wrong tenant");
    }

    private <T> T as(TenantId tenant, Callable<T> call) {
        return work.call(tenant, "it-user", call);
    }
}
