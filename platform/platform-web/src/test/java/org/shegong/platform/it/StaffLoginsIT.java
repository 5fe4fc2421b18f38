package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.staff.LoginDirectory;
import org.shegong.platform.application.staff.StaffLogins;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.it.client.Keycloak;

/**
 * Issue 15, admin work in the UI: an operator admin gives a staff member a login in Keycloak (role
 * of the job, their station, a temporary password) and disables it when they leave — then they
 * cannot sign in. Two operators: another operator's staff is "not found"; bad login names and a
 * taken one are refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class StaffLoginsIT {

    @Deployment
    static WebArchive deployment() {
        // The test reads the new login back from Keycloak's admin API, from inside the server.
        return ShegongDeployment.withTests(StaffLoginsIT.class).addClass(Keycloak.class);
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    StaffLogins logins;

    @Inject
    StaffRoster roster;

    @Inject
    ActAs actAs;

    String code;
    TenantId tenant;
    Identity admin;
    Identity hopeAdmin = new Identity("hope.admin", "希望管理员", Set.of(Role.OPERATOR_ADMIN), Optional.of(TenantId.of("hope")),
            Set.of(), Optional.empty());

    @BeforeEach
    void anOperatorOfItsOwn(@TempDir Path dir) throws Exception {
        code = "it-login" + Long.toString(System.nanoTime() % 1_000_000, 36);
        tenant = TenantId.of(code);
        Fixtures.provision(provisioning, dir, code, Fixtures.operatorLikeTongxin(code, "登录测试中心" + code, ""));
        admin = new Identity(code + ".admin", "管理员", Set.of(Role.OPERATOR_ADMIN), Optional.of(tenant), Set.of(), Optional.empty());
    }

    @Test
    void anOperatorAdminGivesAStaffMemberALoginAndDisablesItWhenTheyLeave() {
        StaffMember worker = member("牛海波");
        String username = code + ".worker";
        String password = actAs.person(admin, () -> logins.createLogin(worker.getId(), username));
        assertEquals(12, password.length());
        assertEquals(username, member("牛海波").getUsername());

        JsonObject account = account(username);
        assertTrue(account.getBoolean("enabled"));
        assertEquals(code, account.getJsonObject("attributes").getJsonArray("tenant").getString(0));
        assertEquals("140106002000", account.getJsonObject("attributes").getJsonArray("stations").getString(0));
        String id = account.getString("id");
        assertTrue(Keycloak.adminGet("/realms/shegong/users/" + id + "/role-mappings/realm").contains("\"social-worker\""));

        // The person sets their own password at first sign-in; here the admin API stands in for that step.
        Keycloak.admin("PUT", "/realms/shegong/users/" + id + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + Keycloak.PASSWORD + "\",\"temporary\":false}");
        assertTrue(Keycloak.accessToken(username).length() > 100, "the new login signs in");

        actAs.person(admin, () -> logins.disableLogin(worker.getId()));
        assertTrue(!account(username).getBoolean("enabled"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Keycloak.accessToken(username));
        assertTrue(refused.getMessage().contains("invalid_grant"), refused.getMessage());

        String history = actAs.tenant(tenant, () -> roster.history(worker.getId()).toString());
        assertTrue(history.contains("创建登录 " + username) && history.contains("停用登录 " + username), history);
    }

    @Test
    void anotherOperatorsStaffIsNotFoundAndBadOrTakenNamesAreRefusedWithNothingWritten() {
        StaffMember worker = member("牛海波");
        assertThrows(RecordNotFoundException.class,
                () -> actAs.person(hopeAdmin, () -> logins.createLogin(worker.getId(), code + ".grab")));
        assertThrows(RecordNotFoundException.class, () -> actAs.person(hopeAdmin, () -> logins.disableLogin(worker.getId())));

        for (String bad : new String[] {"", "  ", "Ab", "苗婷婷", "a b c", "x".repeat(51), "1abc", "abc'--"}) {
            assertThrows(IllegalArgumentException.class, () -> actAs.person(admin, () -> logins.createLogin(worker.getId(), bad)), bad);
        }
        // Taken at Keycloak by a demo login of another operator: refused, and the record stays without one.
        assertThrows(LoginDirectory.LoginTakenException.class,
                () -> actAs.person(admin, () -> logins.createLogin(worker.getId(), "yingze.worker")));
        assertNull(member("牛海波").getUsername());

        Identity lead = new Identity(code + ".lead", "站长", Set.of(Role.STATION_LEAD), Optional.of(tenant),
                Set.of("140106002000"), Optional.empty());
        assertThrows(AccessDeniedException.class, () -> actAs.person(lead, () -> logins.createLogin(worker.getId(), code + ".x")));
        assertThrows(IllegalArgumentException.class, () -> actAs.person(admin, () -> logins.disableLogin(worker.getId())),
                "no login to disable");
    }

    @Test
    void anOperatorAdminAddsStaffAtTheirOwnStationsAndBadInputWritesNothing() {
        StaffMember added = actAs.person(admin, () -> roster.add("  韩小雪 ", org.shegong.platform.domain.model.staff.StaffRole.SOCIAL_WORKER,
                "140106004000", org.shegong.platform.domain.model.staff.CertificateLevel.ASSISTANT, "ZL2026140555", "13812345678"));
        StaffMember found = member("韩小雪");
        assertEquals(added.getId(), found.getId());
        assertEquals("140106004000", found.getStation().getStreet().getCode());
        assertEquals("ZL2026140555", found.getCertificateNumber());
        int staffBefore = actAs.tenant(tenant, () -> roster.all().size());

        var worker = org.shegong.platform.domain.model.staff.StaffRole.SOCIAL_WORKER;
        var none = org.shegong.platform.domain.model.staff.CertificateLevel.NONE;
        var assistant = org.shegong.platform.domain.model.staff.CertificateLevel.ASSISTANT;
        java.util.List<Runnable> bad = java.util.List.of(
                () -> roster.add("", worker, "140106004000", none, null, null),
                () -> roster.add("韩\u0000雪", worker, "140106004000", none, null, null),
                () -> roster.add("长".repeat(51), worker, "140106004000", none, null, null),
                () -> roster.add("韩小雪", worker, "140106004000", none, null, null),           // the same name again
                () -> roster.add("新社工", worker, "140106005000", none, null, null),           // hope's station, not this operator's
                () -> roster.add("新社工", worker, "", none, null, null),                       // a worker needs a station
                () -> roster.add("新社工", worker, "140106004000", assistant, "", null),        // certified without a number
                () -> roster.add("新社工", worker, "140106004000", none, "X1", null),           // a number without a level
                () -> roster.add("新社工", worker, "140106004000", none, null, "abc"),          // not a phone
                () -> roster.add("新社工", null, "140106004000", none, null, null),
                () -> roster.add("新社工", worker, "140106004000", null, null, null));
        for (Runnable call : bad) {
            assertThrows(IllegalArgumentException.class, () -> actAs.person(admin, call));
        }
        assertEquals(staffBefore, actAs.tenant(tenant, () -> roster.all().size()), "nothing was written");

        Identity lead = new Identity(code + ".lead", "站长", Set.of(Role.STATION_LEAD), Optional.of(tenant),
                Set.of("140106004000"), Optional.empty());
        assertThrows(AccessDeniedException.class, () -> actAs.person(lead,
                () -> roster.add("新社工", worker, "140106004000", none, null, null)));
        // Another operator's list does not hold them.
        assertTrue(actAs.person(hopeAdmin, () -> roster.all().stream().noneMatch(m -> m.getId().equals(added.getId()))));
    }

    private StaffMember member(String name) {
        return actAs.tenant(tenant, () -> roster.all().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow());
    }

    private static JsonObject account(String username) {
        return Json.createReader(new StringReader(Keycloak.adminGet("/realms/shegong/users?exact=true&username=" + username)))
                .readArray().getJsonObject(0);
    }
}
