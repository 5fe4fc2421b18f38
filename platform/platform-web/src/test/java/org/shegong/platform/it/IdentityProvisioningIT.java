package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.application.provisioning.DescriptorReader;
import org.shegong.platform.application.provisioning.OperatorDescriptor;
import org.shegong.platform.application.provisioning.ProvisioningAtStartup;
import org.shegong.platform.application.provisioning.ProvisioningReport;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.infrastructure.identity.KeycloakDirectory;
import org.shegong.platform.it.client.Keycloak;

/**
 * Provisioning puts an operator's people into Keycloak: an account per staff username with the
 * operator, stations and role the tokens are built from; applying again changes nothing but what
 * the descriptor changed.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityProvisioningIT {

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(IdentityProvisioningIT.class, Keycloak.class);
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    KeycloakDirectory keycloak;

    @Test
    void staffOfANewOperatorCanSignInWithTheirOperatorStationsAndRole(@TempDir Path dir) throws Exception {
        Path tenants = Path.of(ConfigProvider.getConfig().getValue(ProvisioningAtStartup.TENANTS_DIR, String.class));
        Files.createDirectories(dir.resolve("operators"));
        Files.copy(tenants.resolve("regions.json"), dir.resolve("regions.json"));
        String jinyang = Files.readString(tenants.resolve("operators/jinyang.json"));
        String itSync = jinyang.replace("\"code\": \"jinyang\"", "\"code\": \"it-sync\"")
                .replace("\"name\": \"晋阳社工服务社\"", "\"name\": \"测试同步社工中心\"")
                .replace("YZMZ-2025-006", "IT-SYNC-006").replace("YZMZ-2025-100", "IT-SYNC-100")
                .replace("jinyang.admin", "it-sync.admin").replace("qiaodong.lead", "it-sync.lead")
                .replace("haozhuang.lead", "it-sync.lead2").replace("haozhuang.worker", "it-sync.worker")
                .replace("\"demo\": { \"residentsPerStation\": 20, \"activitiesPerStation\": 16 }", "\"demo\": null")
                // contracts of their own streets would collide with jinyang's: borrow two periods in the past
                .replace("\"startsOn\": \"2025-01-01\"", "\"startsOn\": \"2020-01-01\"")
                .replace("\"endsOn\": \"2027-12-31\"", "\"endsOn\": \"2020-12-31\"");
        Files.writeString(dir.resolve("operators/it-sync.json"), itSync);

        ProvisioningReport first = provisioning.apply(dir);
        assertEquals(List.of(), first.refused(), first.toString());
        assertEquals(List.of(), first.identityProblems(), first.toString());

        JsonObject worker = claims(Keycloak.accessToken("it-sync.worker"));
        assertEquals("it-sync", worker.getString("tenant"));
        assertEquals(List.of("140106100000"), strings(worker, "stations"));
        assertEquals(List.of("social-worker"), shegongRoles(worker));
        JsonObject admin = claims(Keycloak.accessToken("it-sync.admin"));
        assertEquals(List.of("140106006000", "140106100000"), strings(admin, "stations").stream().sorted().toList());
        assertEquals(List.of("operator-admin"), shegongRoles(admin));

        // The worker moves to 桥东街道: applying again updates the account, and creates no second one.
        Files.writeString(dir.resolve("operators/it-sync.json"), itSync.replace(
                "\"role\": \"SOCIAL_WORKER\", \"street\": \"140106100000\"", "\"role\": \"SOCIAL_WORKER\", \"street\": \"140106006000\""));
        ProvisioningReport second = provisioning.apply(dir);
        assertEquals(List.of(), second.identityProblems(), second.toString());
        JsonObject moved = claims(Keycloak.accessToken("it-sync.worker"));
        assertEquals(List.of("140106006000"), strings(moved, "stations"));
        assertEquals(worker.getString("sub"), moved.getString("sub"), "the same account, updated");
        assertTrue(moved.getJsonArray("organization") == null
                || strings(moved, "organization").contains("it-sync"), moved.toString());

        // A start with the file unchanged reads what Keycloak holds and writes only an operator that is not in
        // step (figure 6): here one login removed in Keycloak (a fresh Keycloak, in small) and one role taken
        // away. Both come back; the file itself is not applied again. One operator of 4 accounts beside the
        // realm's 22 or more is read per operator (KeycloakDirectory.readInBulk); the server's own start, the
        // demo files and their 15 accounts in a fresh realm, reads in bulk.
        Keycloak.admin("DELETE", "/realms/shegong/users/" + Keycloak.userId("it-sync.lead2"), null);
        String role = Keycloak.adminGet("/realms/shegong/roles/operator-admin");
        Keycloak.admin("DELETE", "/realms/shegong/users/" + Keycloak.userId("it-sync.admin") + "/role-mappings/realm", "[" + role + "]");
        assertEquals(List.of(), shegongRoles(claims(Keycloak.accessToken("it-sync.admin"))), "the role is gone before the start");
        ProvisioningReport third = provisioning.apply(dir);
        assertEquals(List.of(), third.identityProblems(), third.toString());
        assertTrue(third.unchanged().stream().anyMatch(f -> f.endsWith("it-sync.json")), third.toString());
        JsonObject lead2 = claims(Keycloak.accessToken("it-sync.lead2"));
        assertEquals("it-sync", lead2.getString("tenant"));
        assertEquals(List.of("station-lead"), shegongRoles(lead2));
        assertEquals(List.of("operator-admin"), shegongRoles(claims(Keycloak.accessToken("it-sync.admin"))));

        // The same repair when the realm is read in bulk (a start of many files), whatever the realm's size.
        DescriptorReader reader = new DescriptorReader();
        OperatorDescriptor operator = reader.readOperator(dir.resolve("operators/it-sync.json"),
                reader.readRegionTree(dir.resolve("regions.json")));
        Keycloak.admin("DELETE", "/realms/shegong/users/" + Keycloak.userId("it-sync.lead2"), null);
        String lead = Keycloak.adminGet("/realms/shegong/roles/station-lead");
        Keycloak.admin("DELETE", "/realms/shegong/users/" + Keycloak.userId("it-sync.lead") + "/role-mappings/realm", "[" + lead + "]");
        assertEquals(List.of(), shegongRoles(claims(Keycloak.accessToken("it-sync.lead"))), "the role is gone before the bulk read");
        assertEquals(List.of(), keycloak.applyOperators(List.of(operator), true));
        assertEquals(List.of("station-lead"), shegongRoles(claims(Keycloak.accessToken("it-sync.lead2"))));
        assertEquals(List.of("station-lead"), shegongRoles(claims(Keycloak.accessToken("it-sync.lead"))));
        // and nothing is written for an operator in step, read either way
        String leadSub = claims(Keycloak.accessToken("it-sync.lead2")).getString("sub");
        assertEquals(List.of(), keycloak.applyOperators(List.of(operator), false));
        assertEquals(List.of(), keycloak.applyOperators(List.of(operator), true));
        assertEquals(leadSub, claims(Keycloak.accessToken("it-sync.lead2")).getString("sub"), "the same account");
    }

    @Test
    void aStaffMemberWithoutAUsernameGetsNoAccount() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Keycloak.token(Keycloak.issuer(), Map.of("grant_type", "password", "client_id", Keycloak.CLIENT,
                        "username", "段思远", "password", Keycloak.PASSWORD)));
        assertTrue(e.getMessage().contains("invalid_grant"), e.getMessage());
    }

    /** The realm roles the product knows; Keycloak's own defaults (offline_access …) are left out. */
    private static List<String> shegongRoles(JsonObject claims) {
        return strings(claims, "groups").stream()
                .filter(g -> org.shegong.platform.api.identity.Role.fromClaim(g).isPresent()).sorted().toList();
    }

    private static JsonObject claims(String jwt) {
        return Keycloak.json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonObject claims, String name) {
        return claims.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
