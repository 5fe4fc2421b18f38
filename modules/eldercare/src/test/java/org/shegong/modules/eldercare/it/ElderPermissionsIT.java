package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.modules.eldercare.application.CarePlanning;
import org.shegong.modules.eldercare.application.ElderCarePermissions;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.PlanDetails;
import org.shegong.modules.eldercare.application.VisitDetails;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.api.access.ModuleNotEnabledException;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;

/**
 * Module permissions below the URL (issue 9 item 2, issue 10 item 1): elder care's services are
 * called directly, with no URL and no filter involved. For 晋阳 (jinyang), which has elder care off,
 * every service is "not found"; for 希望 (hope), a volunteer is refused everything and the operator
 * admin may read but not write, while the social worker may do both.
 */
@ExtendWith(ArquillianExtension.class)
class ElderPermissionsIT {

    static final String STREET_HAOZHUANG = "140106100000";
    static final Identity JINYANG_WORKER = new Identity("haozhuang.worker", "邢慧敏", Set.of(Role.SOCIAL_WORKER),
            Optional.of(TenantId.of("jinyang")), Set.of(STREET_HAOZHUANG), Optional.empty());
    static final Identity JINYANG_ADMIN = new Identity("jinyang.admin", "阎立新", Set.of(Role.OPERATOR_ADMIN),
            Optional.of(TenantId.of("jinyang")), Set.of(), Optional.empty());
    static final Identity HOPE_WORKER = new Identity("yingze.worker", "苗婷婷", Set.of(Role.SOCIAL_WORKER),
            Optional.of(TenantId.of("hope")), Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    static final Identity HOPE_ADMIN = new Identity("hope.admin", "梁志刚", Set.of(Role.OPERATOR_ADMIN),
            Optional.of(TenantId.of("hope")), Set.of(), Optional.empty());
    static final Identity HOPE_VOLUNTEER = new Identity("volunteer.demo", "志愿者", Set.of(Role.VOLUNTEER),
            Optional.of(TenantId.of("hope")), Set.of(), Optional.empty());

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ElderPermissionsIT.class);
    }

    @Inject
    ActAs actAs;

    @Inject
    Permissions permissions;

    @Inject
    ResidentRegistry residents;

    @Inject
    ElderRegister register;

    @Inject
    CarePlanning planning;

    @Inject
    VisitLog visits;

    @Inject
    Clock clock;

    @Test
    void aServiceOfASwitchedOffModuleIsNotFoundWhenCalledDirectly() throws Exception {
        long jinyangResident = as(JINYANG_WORKER, () -> residents.register(Fixtures.resident("晋阳居民",
                Fixtures.freshIdNumber(), "140106100001")).getId());
        for (Identity who : List.of(JINYANG_WORKER, JINYANG_ADMIN)) {
            assertFalse(as(who, () -> permissions.holds(ElderCarePermissions.READ)), who.username());
            assertThrows(ModuleNotEnabledException.class,
                    () -> as(who, () -> visits.due(Set.of(STREET_HAOZHUANG))), "a list");
            assertThrows(ModuleNotEnabledException.class,
                    () -> as(who, () -> register.eldersAt(Set.of(STREET_HAOZHUANG))), "another list");
            assertThrows(ModuleNotEnabledException.class,
                    () -> as(who, () -> register.profileOf(jinyangResident)), "a record by id");
            assertThrows(ModuleNotEnabledException.class, () -> as(who, () -> visits.log(jinyangResident,
                    new VisitDetails(today(), VisitKind.HOME_VISIT, "入户", null, null))), "a write");
        }
        assertEquals(0L, Fixtures.countRows("elder_visit where tenant_id = 'jinyang'"), "nothing was written");
    }

    @Test
    void aRoleWithoutThePermissionIsRefusedAndOneWithItIsServed() {
        long elder = as(HOPE_WORKER, () -> residents.register(Fixtures.resident("权限老人", Fixtures.freshIdNumber(),
                Fixtures.COMMUNITY_YINGZE)).getId());
        VisitDetails visit = new VisitDetails(today(), VisitKind.HOME_VISIT, "入户探访", null, null);

        assertThrows(AccessDeniedException.class, () -> as(HOPE_VOLUNTEER, () -> visits.due(Set.of(Fixtures.STREET_YINGZE))),
                "a volunteer reads nothing of elder care");
        assertThrows(AccessDeniedException.class, () -> as(HOPE_VOLUNTEER, () -> visits.log(elder, visit)));

        assertTrue(as(HOPE_ADMIN, () -> permissions.holds(ElderCarePermissions.READ)));
        assertFalse(as(HOPE_ADMIN, () -> permissions.holds(ElderCarePermissions.RECORD)));
        as(HOPE_ADMIN, () -> register.eldersAt(Set.of(Fixtures.STREET_YINGZE)));
        assertThrows(AccessDeniedException.class, () -> as(HOPE_ADMIN, () -> visits.log(elder, visit)),
                "the operator admin oversees; the station's staff record visits");
        assertThrows(AccessDeniedException.class, () -> as(HOPE_ADMIN, () -> planning.revise(elder,
                new PlanDetails(today(), today().plusMonths(3), "需求", "目标",
                        List.of(new PlannedService(VisitKind.HOME_VISIT, 14)), "yingze.worker"))));

        assertTrue(as(HOPE_WORKER, () -> permissions.holds(ElderCarePermissions.RECORD)));
        assertEquals(elder, as(HOPE_WORKER, () -> visits.log(elder, visit)).getResidentId());
        assertEquals(1, as(HOPE_WORKER, () -> visits.visitsOf(elder)).size(), "only the worker's visit was written");
    }

    @Test
    void anUndeclaredPermissionIsNeverHeld() {
        assertFalse(as(HOPE_WORKER, () -> permissions.holds("eldercare.no-such-thing")));
        assertThrows(AccessDeniedException.class, () -> as(HOPE_WORKER, () -> {
            permissions.check("eldercare.no-such-thing");
            return null;
        }));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private <T> T as(Identity who, Callable<T> call) {
        return actAs.person(who, call);
    }
}
