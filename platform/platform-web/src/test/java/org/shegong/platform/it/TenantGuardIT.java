package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.shegong.platform.api.tenancy.ForeignTenantException;
import org.shegong.platform.api.tenancy.NoTenantException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.infrastructure.persistence.TenantEntityManager;

/**
 * The guard on tenant-owned rows, with two tenants: what EclipseLink's tenant filter cannot see (an
 * EntityManager made for another tenant than the context's) is refused before anything is written,
 * and another tenant's row merged from outside is never copied. With no tenant in the context at all,
 * nothing tenant-owned is read or written: there is no default.
 */
@ExtendWith(ArquillianExtension.class)
class TenantGuardIT {

    static final TenantId A = TenantId.of("it-guard-alpha");
    static final TenantId B = TenantId.of("it-guard-beta");

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(TenantGuardIT.class);
    }

    @Inject
    ActAs actAs;

    @Inject
    ResidentRegistry residents;

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    ActivityRegistry activities;

    long residentOfA;

    @BeforeEach
    void tenantAHasAResident() {
        residentOfA = actAs.tenant(A, () -> residents.register(
                Fixtures.resident("甲方守卫", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
    }

    @Test
    void anEntityManagerMadeForAnotherTenantCannotChangeItsRowsFromThisTenantsContext() throws Exception {
        Exception refused = assertThrows(Exception.class, () -> actAs.tenant(B, () -> inTransaction(() -> {
            EntityManager madeForA = tenantEntityManager.get().getEntityManagerFactory()
                    .createEntityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, A.value()));
            try {
                madeForA.joinTransaction();
                madeForA.find(Resident.class, residentOfA).rename("乙方借道改名");
                madeForA.flush();
                return null;
            } finally {
                madeForA.close();
            }
        })));
        assertForeignTenant(refused);
        assertEquals("甲方守卫", nameInDatabase(residentOfA), "nothing was written");
    }

    /**
     * Merged under B, A's row is invisible, so EclipseLink would take it for a new row of B. Its
     * version already stops that (a versioned row that cannot be found "was deleted since it was
     * read"); the guard stands behind it. Either way: refused, and no copy written for B.
     */
    @Test
    void anotherTenantsRowMergedFromOutsideIsRefusedAndNotCopied() throws Exception {
        Resident readByA = actAs.tenant(A, () -> residents.find(residentOfA).orElseThrow());
        readByA.rename("乙方合并改名");
        long rowsBefore = Fixtures.countRows("resident");
        assertThrows(Exception.class,
                () -> actAs.tenant(B, () -> inTransaction(() -> tenantEntityManager.get().merge(readByA))));
        assertEquals(rowsBefore, Fixtures.countRows("resident"), "no copy of A's row was written for B");
        assertEquals("甲方守卫", nameInDatabase(residentOfA), "and A's row is unchanged");
    }

    @Test
    void theTenantsOwnRowsAreWrittenAsBefore() throws Exception {
        actAs.tenant(A, () -> inTransaction(() -> {
            tenantEntityManager.get().find(Resident.class, residentOfA).rename("甲方自己改名");
            return null;
        }));
        assertEquals("甲方自己改名", nameInDatabase(residentOfA));
    }

    private static <T> T inTransaction(Callable<T> work) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }

    private static void assertForeignTenant(Throwable refused) {
        Throwable t = refused;
        while (t != null && !(t instanceof ForeignTenantException)) {
            t = t.getCause();
        }
        assertTrue(t != null, "refused, but not by the tenant guard: " + refused);
        assertTrue(t.getMessage().contains(A.value()) && t.getMessage().contains(B.value()), t.getMessage());
    }

    private static String nameInDatabase(long id) throws Exception {
        try (Connection c = Fixtures.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select name from resident where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void withNoTenantEveryReadAndWriteFailsClearlyAndWritesNothing() throws Exception {
        long rowsBefore = Fixtures.countRows("resident") + Fixtures.countRows("activity");
        for (Executable call : new Executable[] {
                () -> residents.find(1),
                () -> residents.page(0, 10),
                () -> residents.count(),
                () -> residents.findByIdNumber(Fixtures.freshIdNumber()),
                () -> residents.register(Fixtures.resident("无租户", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)),
                () -> activities.plan("无租户活动", ActivityType.GROUP_ACTIVITY, LocalDate.now(), Fixtures.STREET_YINGZE, null),
                () -> activities.count(),
                () -> tenantEntityManager.get()}) {
            NoTenantException e = assertThrows(NoTenantException.class, call);
            assertTrue(e.getMessage().contains("No tenant"), e.getMessage());
        }
        // Removing asks for a signed-in lead first: without anyone signed in it is refused outright.
        assertThrows(AccessDeniedException.class, () -> residents.removeInStreets(1, java.util.Set.of(Fixtures.STREET_YINGZE)));
        assertEquals(rowsBefore, Fixtures.countRows("resident") + Fixtures.countRows("activity"));
    }
}
