package org.shegong.platform.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.AccountStanding;

/** An account as Keycloak's admin API shows it becomes what its tokens would say. */
class KeycloakAccountsTest {

    @Test
    void rolesAndAttributesBecomeTheStanding() {
        JsonObject user = Json.createReader(new StringReader("""
                {"username":"yingze.lead","enabled":true,
                 "attributes":{"tenant":["hope"],"stations":["140106001000","140106002000"]}}""")).readObject();
        JsonArray roles = Json.createReader(new StringReader("""
                [{"name":"station-lead"},{"name":"default-roles-shegong"},{"name":"offline_access"}]""")).readArray();
        AccountStanding.Active active = KeycloakAccounts.active(user, roles);
        assertEquals(Set.of(Role.STATION_LEAD), active.roles());
        assertEquals(Optional.of(TenantId.of("hope")), active.tenant());
        assertEquals(Set.of("140106001000", "140106002000"), active.stations());
        assertEquals(Optional.empty(), active.region());
    }

    @Test
    void anAccountWithoutAttributesHasNoTenant() {
        JsonObject user = Json.createReader(new StringReader("{\"username\":\"x\",\"enabled\":true}")).readObject();
        AccountStanding.Active active = KeycloakAccounts.active(user, jakarta.json.JsonValue.EMPTY_JSON_ARRAY);
        assertEquals(Optional.empty(), active.tenant());
        assertEquals(Set.of(), active.roles());
    }
}
