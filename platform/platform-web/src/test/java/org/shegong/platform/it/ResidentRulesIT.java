package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.resident.Resident;

/**
 * Issue 10, the rules that live in {@link ResidentRegistry} itself, called directly as a page or
 * any other caller would: removing and restoring takes a station lead or operator admin (item 8);
 * an empty ID number never erases the stored one (item 6); a refused duplicate ID number tells a
 * worker only whom to ask, and only the operator admin where the person is (item 14).
 */
@ExtendWith(ArquillianExtension.class)
class ResidentRulesIT {

    static final TenantId TENANT = TenantId.of("it-rules");
    static final Set<String> STREETS = Set.of(Fixtures.STREET_YINGZE);
    static final Identity WORKER = person("it-rules.worker", Role.SOCIAL_WORKER);
    static final Identity LEAD = person("it-rules.lead", Role.STATION_LEAD);
    static final Identity ADMIN = person("it-rules.admin", Role.OPERATOR_ADMIN);

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ResidentRulesIT.class);
    }

    @Inject
    org.shegong.platform.application.tenancy.TenantWork work;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ResidentRegistry residents;

    @Test
    void onlyLeadsAndAdminsRemoveAndRestoreEvenWhenTheServiceIsCalledDirectly() {
        long id = as(WORKER, () -> residents.register(Fixtures.resident("规则删除", Fixtures.freshIdNumber(),
                Fixtures.COMMUNITY_YINGZE)).getId());
        assertThrows(AccessDeniedException.class, () -> as(WORKER, () -> {
            residents.removeInStreets(id, STREETS);
            return null;
        }));
        assertFalse(as(LEAD, () -> residents.find(id).orElseThrow().isRemoved()), "the worker removed nothing");

        as(LEAD, () -> {
            residents.removeInStreets(id, STREETS);
            return null;
        });
        assertTrue(as(LEAD, () -> residents.find(id).orElseThrow().isRemoved()));
        assertThrows(AccessDeniedException.class, () -> as(WORKER, () -> {
            residents.restoreInStreets(id, STREETS);
            return null;
        }));
        assertTrue(as(LEAD, () -> residents.find(id).orElseThrow().isRemoved()), "the worker restored nothing");
        as(ADMIN, () -> {
            residents.restoreInStreets(id, STREETS);
            return null;
        });
        assertFalse(as(LEAD, () -> residents.find(id).orElseThrow().isRemoved()));
    }

    @Test
    void anEmptyOrAbsentIdNumberNeverErasesTheStoredOne() {
        String idNumber = Fixtures.freshIdNumber();
        Resident registered = as(WORKER, () -> residents.register(Fixtures.resident("规则身份证", idNumber, Fixtures.COMMUNITY_YINGZE)));
        long id = registered.getId();
        for (String empty : new String[] {"", "   ", null}) {
            long version = as(WORKER, () -> residents.find(id).orElseThrow().getVersion());
            as(WORKER, () -> residents.updateInStreets(id, version, new ResidentDetails("规则身份证改", empty, null, null,
                    "13800000001", Fixtures.COMMUNITY_YINGZE, "地址", Set.of(),
                    residents.find(id).orElseThrow().getRegisteredOn()), STREETS));
            assertEquals(idNumber, as(WORKER, () -> residents.find(id).orElseThrow().getIdNumber().value()),
                    "kept after an update with " + (empty == null ? "null" : "'" + empty + "'"));
            assertEquals(id, as(WORKER, () -> residents.findByIdNumber(idNumber).orElseThrow().getId()), "still found by it");
        }
    }

    @Test
    void aRefusedDuplicateTellsAWorkerWhomToAskAndOnlyTheAdminWhere() {
        String idNumber = Fixtures.freshIdNumber();
        long id = as(LEAD, () -> residents.register(Fixtures.resident("规则重复", idNumber, Fixtures.COMMUNITY_YINGZE)).getId());
        as(LEAD, () -> {
            residents.removeInStreets(id, STREETS);
            return null;
        });
        for (Identity who : new Identity[] {WORKER, LEAD}) {
            var refused = assertThrows(IllegalArgumentException.class, () -> as(who, () -> residents.register(
                    Fixtures.resident("规则重复二", idNumber, Fixtures.COMMUNITY_YINGZE))));
            assertTrue(refused.getMessage().contains("不能在此登记"), refused.getMessage());
            assertFalse(refused.getMessage().contains(String.valueOf(id)), "no record number: " + refused.getMessage());
            assertFalse(refused.getMessage().contains("删除"), "nothing about removal: " + refused.getMessage());
        }
        var toAdmin = assertThrows(IllegalArgumentException.class, () -> as(ADMIN, () -> residents.register(
                Fixtures.resident("规则重复三", idNumber, Fixtures.COMMUNITY_YINGZE))));
        assertTrue(toAdmin.getMessage().contains(String.valueOf(id)), "the operator admin may find the person: " + toAdmin.getMessage());
    }

    private static Identity person(String username, Role role) {
        return new Identity(username, username, Set.of(role), Optional.of(TENANT), Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    }

    private <T> T as(Identity who, Callable<T> call) {
        return work.call(TENANT, who.username(), () -> {
            currentIdentity.set(who);
            return call.call();
        });
    }
}
