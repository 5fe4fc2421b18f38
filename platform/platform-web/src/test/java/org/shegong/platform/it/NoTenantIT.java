package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.shegong.platform.api.tenancy.NoTenantException;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.infrastructure.persistence.TenantEntityManager;

/** With no tenant in the context, nothing tenant-owned is read or written: there is no default. */
@ExtendWith(ArquillianExtension.class)
class NoTenantIT {

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(NoTenantIT.class);
    }

    @Inject
    ResidentRegistry residents;

    @Inject
    ActivityRegistry activities;

    @Inject
    TenantEntityManager tenantEntityManager;

    @Test
    void everyReadAndWriteFailsClearlyAndWritesNothing() throws Exception {
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
