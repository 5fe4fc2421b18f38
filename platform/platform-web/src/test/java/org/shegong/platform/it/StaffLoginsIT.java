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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.provisioning.DescriptorReader;
import org.shegong.platform.application.provisioning.OperatorDescriptor;
import org.shegong.platform.application.staff.LoginDirectory;
import org.shegong.platform.application.staff.LoginsSeen;
import org.shegong.platform.domain.model.staff.ProviderLogin;
import org.shegong.platform.infrastructure.identity.KeycloakDirectory;
import org.shegong.platform.application.staff.StaffLogins;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.domain.model.staff.LoginState;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.it.client.Keycloak;
import java.time.LocalDate;
import java.util.List;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.application.provisioning.OperatorAdministration;
import org.shegong.platform.application.provisioning.OperatorAdministration.NewOperator;
import org.shegong.platform.application.provisioning.OperatorWrites;
import org.shegong.platform.application.provisioning.ProvisioningReport;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.contract.Metric;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/**
 * Issue 15, admin work in the UI: an operator admin gives a staff member a login in Keycloak (role
 * of the job, their station, a temporary password) and disables it when they leave — then they
 * cannot sign in — and enables it again if they come back; never their own. Two operators: another operator's staff is "not found"; bad login names and a
 * taken one are refused with nothing written. The platform admin's work on operators (onboarding with
 * the Organization and first login, modules, contracts) and which wins at a restart, the file or the UI.
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

    @Inject
    KeycloakDirectory directory;

    String code;
    TenantId tenant;
    Identity admin;
    Identity hopeAdmin = new Identity("hope.admin", "希望管理员", Set.of(Role.OPERATOR_ADMIN), Optional.of(TenantId.of("hope")),
            Set.of(), Optional.empty());

    @Inject
    OperatorAdministration administration;

    @Inject
    TenantRepository tenants;

    @Inject
    ContractRepository contracts;

    @Inject
    AuditTrail audit;

    Path tenantsFolder;
    Identity platformAdmin = new Identity("platform.admin", "平台管理员", Set.of(Role.PLATFORM_ADMIN), Optional.empty(),
            Set.of(), Optional.empty());

    @BeforeEach
    void anOperatorOfItsOwn(@TempDir Path dir) throws Exception {
        tenantsFolder = dir;
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
        // Once refused (403: the service account could not manage organizations) and skipped; now the
        // login is a member of its operator's Organization, or it is not created at all.
        assertTrue(organizationMembers(code).contains(username), "a member of the operator's Organization");

        // The person sets their own password at first sign-in; here the admin API stands in for that step.
        Keycloak.admin("PUT", "/realms/shegong/users/" + id + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + Keycloak.PASSWORD + "\",\"temporary\":false}");
        assertTrue(Keycloak.accessToken(username).length() > 100, "the new login signs in");

        assertEquals(LoginState.ACTIVE, member("牛海波").getLoginState());
        actAs.person(admin, () -> logins.disableLogin(worker.getId()));
        assertTrue(!account(username).getBoolean("enabled"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Keycloak.accessToken(username));
        assertTrue(refused.getMessage().contains("invalid_grant"), refused.getMessage());
        assertEquals(LoginState.DISABLED, member("牛海波").getLoginState(), "the page shows 已停用");
        assertEquals("staff.refused.loginDisabledAlready", assertThrows(Refusal.class,
                () -> actAs.person(admin, () -> logins.disableLogin(worker.getId()))).key());

        // They come back: the same login, enabled again, signs in with the password it had.
        actAs.person(admin, () -> logins.enableLogin(worker.getId()));
        assertTrue(account(username).getBoolean("enabled"));
        assertTrue(Keycloak.accessToken(username).length() > 100, "the login enabled again signs in");
        assertEquals(LoginState.ACTIVE, member("牛海波").getLoginState());
        assertEquals("staff.refused.loginInUse", assertThrows(Refusal.class,
                () -> actAs.person(admin, () -> logins.enableLogin(worker.getId()))).key());

        String history = actAs.tenant(tenant, () -> roster.history(worker.getId()).stream()
                .map(h -> Said.say(h.details(), Locale.SIMPLIFIED_CHINESE)).toList().toString());
        assertTrue(history.contains("创建登录 " + username) && history.contains("停用登录 " + username)
                && history.contains("重新启用登录 " + username), history);
    }

    @Test
    void anOperatorAdminCannotDisableTheirOwnLoginAndOnlyTheirOperatorEnablesOne() {
        StaffMember self = member("关文博");
        assertEquals(code + ".admin", self.getUsername());
        Refusal own = assertThrows(Refusal.class, () -> actAs.person(admin, () -> logins.disableLogin(self.getId())));
        assertEquals("staff.refused.ownLogin", own.key());
        assertTrue(Reasons.text(own, Locale.SIMPLIFIED_CHINESE).contains("自己的登录"), Reasons.text(own, Locale.SIMPLIFIED_CHINESE));
        assertTrue(account(code + ".admin").getBoolean("enabled"), "Keycloak was not asked");
        assertEquals(LoginState.ACTIVE, member("关文博").getLoginState());
        String history = actAs.tenant(tenant, () -> roster.history(self.getId()).stream()
                .map(h -> Said.say(h.details(), Locale.SIMPLIFIED_CHINESE)).toList().toString());
        assertTrue(!history.contains("停用登录"), "nothing recorded: " + history);

        // Another operator admin of the same operator may.
        Identity other = new Identity(code + ".admin2", "另一管理员", Set.of(Role.OPERATOR_ADMIN), Optional.of(tenant), Set.of(),
                Optional.empty());
        actAs.person(other, () -> logins.disableLogin(self.getId()));
        assertTrue(!account(code + ".admin").getBoolean("enabled"));
        assertThrows(RecordNotFoundException.class, () -> actAs.person(hopeAdmin, () -> logins.enableLogin(self.getId())));
        Identity lead = new Identity(code + ".lead", "站长", Set.of(Role.STATION_LEAD), Optional.of(tenant),
                Set.of("140106002000"), Optional.empty());
        assertThrows(AccessDeniedException.class, () -> actAs.person(lead, () -> logins.enableLogin(self.getId())));
        assertEquals(LoginState.DISABLED, member("关文博").getLoginState());
        actAs.person(other, () -> logins.enableLogin(self.getId()));
        assertTrue(account(code + ".admin").getBoolean("enabled"));
        assertEquals(LoginState.ACTIVE, member("关文博").getLoginState());

        StaffMember noLogin = member("牛海波");
        assertEquals(LoginState.NONE, noLogin.getLoginState());
        assertEquals("staff.refused.noLogin", assertThrows(Refusal.class,
                () -> actAs.person(admin, () -> logins.enableLogin(noLogin.getId()))).key());
    }

    /**
     * A login disabled (or enabled) in Keycloak's own console — or before the portal kept the state —
     * is shown as Keycloak has it once the staff page opens (one read of the operator's accounts), the
     * record corrected with an entry on the history; another operator whose staff are in the same
     * situation is not touched by this operator's page. A username Keycloak holds no account for is
     * 无登录, not 在用.
     */
    @Test
    void theStaffPageShowsTheLoginStateKeycloakHasAndCorrectsOnlyItsOwnOperatorsRecord() throws Exception {
        String otherCode = code + "b";
        TenantId other = TenantId.of(otherCode);
        Fixtures.provision(provisioning, tenantsFolder.resolve("other"), otherCode,
                Fixtures.operatorLikeTongxin(otherCode, "登录测试中心" + otherCode, ""));
        Identity otherAdmin = new Identity(otherCode + ".admin", "管理员", Set.of(Role.OPERATOR_ADMIN), Optional.of(other), Set.of(),
                Optional.empty());
        Keycloak.admin("PUT", "/realms/shegong/users/" + Keycloak.userId(code + ".lead"), "{\"enabled\":false}");
        Keycloak.admin("PUT", "/realms/shegong/users/" + Keycloak.userId(otherCode + ".lead"), "{\"enabled\":false}");
        assertEquals(LoginState.ACTIVE, member("谷玉兰").getLoginState(), "the record did not know");
        assertEquals(LoginState.ACTIVE, member(other, "谷玉兰").getLoginState());

        StaffLogins.LoginCheck check = actAs.person(admin, () -> logins.checkWithIdentityProvider());
        assertTrue(check.checked());
        assertEquals(Set.of(), check.withoutAccount());
        assertEquals(LoginState.DISABLED, member("谷玉兰").getLoginState(), "the page shows 已停用");
        assertTrue(history(tenant, "谷玉兰").contains("登录 " + code + ".lead 的状态按登录服务（Keycloak）更正为已停用"),
                history(tenant, "谷玉兰"));
        assertEquals(LoginState.ACTIVE, member(other, "谷玉兰").getLoginState(), "another operator's record is not touched");
        assertTrue(!history(other, "谷玉兰").contains("登录服务（Keycloak）"), history(other, "谷玉兰"));
        // A second look finds them in step: nothing more on the history.
        actAs.person(admin, () -> logins.checkWithIdentityProvider());
        assertEquals(1, history(tenant, "谷玉兰").split("更正为").length - 1, history(tenant, "谷玉兰"));

        // Their own page corrects theirs.
        assertTrue(actAs.person(otherAdmin, () -> logins.checkWithIdentityProvider()).checked());
        assertEquals(LoginState.DISABLED, member(other, "谷玉兰").getLoginState());

        // Enabled again in Keycloak's console: 在用 again, and the disable button is back.
        Keycloak.admin("PUT", "/realms/shegong/users/" + Keycloak.userId(code + ".lead"), "{\"enabled\":true}");
        actAs.person(admin, () -> logins.checkWithIdentityProvider());
        assertEquals(LoginState.ACTIVE, member("谷玉兰").getLoginState());
        assertTrue(history(tenant, "谷玉兰").contains("更正为在用"), history(tenant, "谷玉兰"));

        // An account deleted in Keycloak: 无登录 on the page, the record left as it was.
        StaffMember worker = member("牛海波");
        actAs.person(admin, () -> logins.createLogin(worker.getId(), code + ".gone"));
        Keycloak.admin("DELETE", "/realms/shegong/users/" + Keycloak.userId(code + ".gone"), null);
        StaffLogins.LoginCheck gone = actAs.person(admin, () -> logins.checkWithIdentityProvider());
        assertEquals(Set.of(worker.getId()), gone.withoutAccount());
        assertEquals(LoginState.ACTIVE, member("牛海波").getLoginState());

        // Only an operator admin checks (and so corrects) an operator's logins.
        Identity lead = new Identity(code + ".lead", "站长", Set.of(Role.STATION_LEAD), Optional.of(tenant),
                Set.of("140106002000"), Optional.empty());
        assertThrows(AccessDeniedException.class, () -> actAs.person(lead, () -> logins.checkWithIdentityProvider()));
    }

    /**
     * 重新开通登录: a login name whose account was deleted in Keycloak (the page shows 无登录, no action offered) is
     * made again under the same name, as a login is created — the job's role, the operator and the station, a
     * temporary password — and signs in; nothing to recreate while the account exists or without a login name;
     * only the operator's admin may, and another operator's staff id is not found.
     */
    @Test
    void anAccountDeletedInKeycloakIsRecreatedUnderTheSameLoginName() {
        StaffMember worker = member("牛海波");
        assertEquals("staff.refused.noLogin", assertThrows(Refusal.class,
                () -> actAs.person(admin, () -> logins.recreateLogin(worker.getId()))).key(), "no login name to recreate");
        String username = code + ".again";
        actAs.person(admin, () -> logins.createLogin(worker.getId(), username));
        assertThrows(LoginDirectory.LoginTakenException.class, () -> actAs.person(admin, () -> logins.recreateLogin(worker.getId())),
                "the account is still there: nothing to recreate");

        String deleted = account(username).getString("id");
        Keycloak.admin("DELETE", "/realms/shegong/users/" + deleted, null);
        assertEquals(Set.of(worker.getId()), actAs.person(admin, () -> logins.checkWithIdentityProvider()).withoutAccount(),
                "无登录 on the page");

        assertThrows(RecordNotFoundException.class, () -> actAs.person(hopeAdmin, () -> logins.recreateLogin(worker.getId())),
                "another operator's staff is not found");
        Identity lead = new Identity(code + ".lead", "站长", Set.of(Role.STATION_LEAD), Optional.of(tenant),
                Set.of("140106002000"), Optional.empty());
        assertThrows(AccessDeniedException.class, () -> actAs.person(lead, () -> logins.recreateLogin(worker.getId())));
        assertTrue(Keycloak.adminGet("/realms/shegong/users?exact=true&username=" + username).strip().equals("[]"),
                "refused without asking Keycloak");

        String password = actAs.person(admin, () -> logins.recreateLogin(worker.getId()));
        assertEquals(12, password.length());
        JsonObject account = account(username);
        assertTrue(!deleted.equals(account.getString("id")), "a new account");
        assertTrue(account.getBoolean("enabled"));
        assertEquals(code, account.getJsonObject("attributes").getJsonArray("tenant").getString(0));
        assertEquals("140106002000", account.getJsonObject("attributes").getJsonArray("stations").getString(0));
        assertTrue(Keycloak.adminGet("/realms/shegong/users/" + account.getString("id") + "/role-mappings/realm").contains("\"social-worker\""));
        assertEquals(Set.of(), actAs.person(admin, () -> logins.checkWithIdentityProvider()).withoutAccount(), "在用 again");
        assertEquals(LoginState.ACTIVE, member("牛海波").getLoginState());
        assertEquals(username, member("牛海波").getUsername(), "the same login name");
        assertTrue(history(tenant, "牛海波").contains("重新开通登录 " + username), history(tenant, "牛海波"));

        Keycloak.admin("PUT", "/realms/shegong/users/" + account.getString("id") + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + Keycloak.PASSWORD + "\",\"temporary\":false}");
        assertTrue(Keycloak.accessToken(username).length() > 100, "the recreated login signs in");
    }

    /**
     * The start's login check corrects the record from the accounts it reads anyway — read per operator
     * or in bulk — for the operators of its folder only.
     */
    @Test
    void theStartsLoginCheckCorrectsTheRecordFromTheAccountsItReads() throws Exception {
        String otherCode = code + "c";
        TenantId other = TenantId.of(otherCode);
        Path otherFolder = tenantsFolder.resolve("other");
        Fixtures.provision(provisioning, otherFolder, otherCode, Fixtures.operatorLikeTongxin(otherCode, "登录测试中心" + otherCode, ""));
        Keycloak.admin("PUT", "/realms/shegong/users/" + Keycloak.userId(code + ".lead2"), "{\"enabled\":false}");
        Keycloak.admin("PUT", "/realms/shegong/users/" + Keycloak.userId(otherCode + ".lead2"), "{\"enabled\":false}");

        // Both reads the start chooses between see the account as Keycloak has it.
        DescriptorReader reader = new DescriptorReader();
        OperatorDescriptor operator = reader.readOperator(tenantsFolder.resolve("operators/" + code + ".json"),
                reader.readRegionTree(tenantsFolder.resolve("regions.json")));
        for (boolean inBulk : new boolean[] {true, false}) {
            List<LoginsSeen> seen = new java.util.ArrayList<>();
            assertEquals(List.of(), directory.applyOperators(List.of(operator), inBulk, seen::add));
            assertEquals(1, seen.size());
            assertEquals(Optional.of(ProviderLogin.DISABLED), seen.get(0).of(tenant, code + ".lead2"), "in bulk: " + inBulk);
            assertEquals(Optional.of(ProviderLogin.ENABLED), seen.get(0).of(tenant, code + ".lead"), "in bulk: " + inBulk);
            assertEquals(Optional.of(ProviderLogin.ABSENT), seen.get(0).of(other, code + ".lead2"), "not the other operator's");
        }

        ProvisioningReport restart = provisioning.apply(tenantsFolder);
        assertTrue(restart.unchanged().contains("operators/" + code + ".json"), restart.toString());
        assertEquals(LoginState.DISABLED, member("白雪莹").getLoginState());
        assertTrue(history(tenant, "白雪莹").contains("登录 " + code + ".lead2 的状态按登录服务（Keycloak）更正为已停用"),
                history(tenant, "白雪莹"));
        assertEquals(LoginState.ACTIVE, member(other, "白雪莹").getLoginState(), "an operator not in this start's folder");
        assertEquals(LoginState.ACTIVE, member("谷玉兰").getLoginState());
        assertTrue(!account(code + ".lead2").getBoolean("enabled"), "the start did not enable the account again");
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

    @Test
    void thePlatformAdminOnboardsAnOperatorWithItsOrganizationAndFirstLoginAndNothingIsWrittenWhenRefused() {
        String fresh = "it-new" + Long.toString(System.nanoTime() % 1_000_000, 36);
        int before = tenants.all().size();
        List<NewOperator> bad = List.of(
                new NewOperator("", "新机构", null, "王主任", fresh + ".admin", Set.of()),
                new NewOperator("Ab", "新机构", null, "王主任", fresh + ".admin", Set.of()),
                new NewOperator("hope", "新机构", null, "王主任", fresh + ".admin", Set.of()),           // taken code
                new NewOperator(fresh, " ", null, "王主任", fresh + ".admin", Set.of()),
                new NewOperator(fresh, "希望社会工作服务中心", null, "王主任", fresh + ".admin", Set.of()), // taken name
                new NewOperator(fresh, "新机构\u202e", null, "王主任", fresh + ".admin", Set.of()),
                new NewOperator(fresh, "新机构", "abc", "王主任", fresh + ".admin", Set.of()),
                new NewOperator(fresh, "新机构", null, "", fresh + ".admin", Set.of()),
                new NewOperator(fresh, "新机构", null, "王主任", "Admin", Set.of()),
                new NewOperator(fresh, "新机构", null, "王主任", fresh + ".admin", Set.of("no-such-module")));
        for (NewOperator operator : bad) {
            assertThrows(IllegalArgumentException.class, () -> actAs.withoutTenant(platformAdmin,
                    () -> administration.onboard(operator)), operator.toString());
        }
        // Keycloak refuses the login (taken by another operator's demo login): no operator row, no Organization.
        assertThrows(LoginDirectory.LoginTakenException.class, () -> actAs.withoutTenant(platformAdmin,
                () -> administration.onboard(new NewOperator(fresh, "新机构" + fresh, null, "王主任", "yingze.worker", Set.of()))));
        assertEquals(before, tenants.all().size(), "nothing was written");
        assertTrue(tenants.find(TenantId.of(fresh)).isEmpty());
        assertTrue(organizationId(fresh).isEmpty(), "the Organization made for it was taken back");
        // Only the platform admin onboards.
        assertThrows(AccessDeniedException.class, () -> actAs.person(admin, () -> administration.onboard(
                new NewOperator(fresh, "新机构" + fresh, null, "王主任", fresh + ".admin", Set.of()))));

        String password = actAs.withoutTenant(platformAdmin, () -> administration.onboard(
                new NewOperator(fresh, "新机构" + fresh, "0351-1234567", "王主任", fresh + ".admin", Set.of("eldercare"))));
        assertEquals(12, password.length());
        var onboarded = tenants.find(TenantId.of(fresh)).orElseThrow();
        assertEquals(Set.of("eldercare"), onboarded.getEnabledModules());
        assertEquals("0351-1234567", onboarded.getContactPhone());
        assertTrue(organizationMembers(fresh).contains(fresh + ".admin"), "its first login is a member of its Organization");
        JsonObject account = account(fresh + ".admin");
        assertEquals(fresh, account.getJsonObject("attributes").getJsonArray("tenant").getString(0));
        assertTrue(Keycloak.adminGet("/realms/shegong/users/" + account.getString("id") + "/role-mappings/realm")
                .contains("\"operator-admin\""));
        TenantId freshTenant = TenantId.of(fresh);
        StaffMember first = actAs.tenant(freshTenant, () -> roster.all().get(0));
        assertEquals(fresh + ".admin", first.getUsername());
        String history = actAs.tenant(freshTenant, () -> audit.historyOf(OperatorWrites.TENANT_KIND, onboarded.getId()).stream()
                .map(h -> h.actor() + " " + Said.say(h.details(), Locale.SIMPLIFIED_CHINESE)).toList().toString());
        assertTrue(history.contains("运营方入驻") && history.contains("platform.admin"), history);
    }

    @Test
    void modulesAndContractsChangedInTheUiSurviveARestartAndBadInputWritesNothing() {
        String contract = "IT-" + code.substring(code.indexOf('-') + 1).toUpperCase(java.util.Locale.ROOT) + "-002";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        actAs.withoutTenant(platformAdmin, () -> administration.switchModules(code, Set.of("eldercare")));
        actAs.withoutTenant(platformAdmin, () -> administration.endContract(contract, today));
        // a street of its own: 庙前 is held by every operator made like 同心 (and contracts may not overlap)
        String street = Fixtures.freeStreet().code();
        String added = "IT-UI-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        actAs.withoutTenant(platformAdmin, () -> administration.addContract(code, added, street,
                today.withDayOfYear(1), today.withDayOfYear(1).plusYears(2).minusDays(1),
                java.util.Map.of("activities", 40, "eldercare.visits-done", 300)));

        long contractsBefore = contracts.heldBy(tenant).size();
        LocalDate start = today.withDayOfYear(1);
        java.util.List<Runnable> bad = java.util.List.of(
                () -> administration.addContract(code, added, street, start, start.plusYears(1), java.util.Map.of()),  // taken
                () -> administration.addContract(code, "X", street, start, start.plusYears(1), java.util.Map.of()),
                () -> administration.addContract(code, "IT-BAD-1", "", start, start.plusYears(1), java.util.Map.of()),
                () -> administration.addContract(code, "IT-BAD-1", street, start, start.minusDays(1), java.util.Map.of()),
                () -> administration.addContract(code, "IT-BAD-1", street, null, start, java.util.Map.of()),
                // a figure no module of the operator counts (volunteers is off)
                () -> administration.addContract(code, "IT-BAD-1", street, start, start.plusYears(1),
                        java.util.Map.of("volunteers.mobilised", 5)),
                () -> administration.addContract(code, "IT-BAD-1", street, start, start.plusYears(1),
                        java.util.Map.of("activities", -1)),
                () -> administration.endContract(added, start.minusDays(1)),
                () -> administration.endContract(added, start.plusYears(5)),
                () -> administration.switchModules(code, Set.of("no-such-module")));
        for (Runnable call : bad) {
            assertThrows(IllegalArgumentException.class, () -> actAs.withoutTenant(platformAdmin, call));
        }
        assertThrows(RecordNotFoundException.class, () -> actAs.withoutTenant(platformAdmin,
                () -> administration.switchModules("no-such-operator", Set.of())));
        assertThrows(AccessDeniedException.class, () -> actAs.person(admin, () -> administration.switchModules(code, Set.of())));
        assertEquals(contractsBefore, contracts.heldBy(tenant).size(), "nothing was written");

        // A restart applies the same folder again: the file has not changed, so the UI's changes stand.
        ProvisioningReport restart = provisioning.apply(tenantsFolder);
        assertTrue(restart.unchanged().contains("operators/" + code + ".json"), restart.toString());
        assertEquals(Set.of("eldercare"), tenants.find(tenant).orElseThrow().getEnabledModules(), "modules switched in the UI");
        assertEquals(today, contracts.findByNumber(contract).orElseThrow().getEndsOn(), "the contract ended in the UI");
        var kept = contracts.findByNumber(added).orElseThrow();
        assertEquals(300, kept.targetFor(new Metric("eldercare.visits-done")).orElseThrow().getPerYear());

        long contractId = kept.getId();
        String history = actAs.tenant(tenant, () -> audit.historyOf(OperatorWrites.CONTRACT_KIND, contractId).toString());
        assertTrue(history.contains(added) && history.contains("platform.admin"), history);
    }

    private StaffMember member(String name) {
        return member(tenant, name);
    }

    private StaffMember member(TenantId of, String name) {
        return actAs.tenant(of, () -> roster.all().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow());
    }

    private String history(TenantId of, String name) {
        long id = member(of, name).getId();
        return actAs.tenant(of, () -> roster.history(id).stream()
                .map(h -> Said.say(h.details(), Locale.SIMPLIFIED_CHINESE)).toList().toString());
    }

    private static Optional<String> organizationId(String alias) {
        return Json.createReader(new StringReader(Keycloak.adminGet("/realms/shegong/organizations?first=0&max=1000")))
                .readArray().stream().map(v -> v.asJsonObject()).filter(o -> alias.equals(o.getString("alias", null)))
                .map(o -> o.getString("id")).findFirst();
    }

    private static String organizationMembers(String alias) {
        return Keycloak.adminGet("/realms/shegong/organizations/" + organizationId(alias).orElseThrow() + "/members?first=0&max=100");
    }

    private static JsonObject account(String username) {
        return Json.createReader(new StringReader(Keycloak.adminGet("/realms/shegong/users?exact=true&username=" + username)))
                .readArray().getJsonObject(0);
    }
}
