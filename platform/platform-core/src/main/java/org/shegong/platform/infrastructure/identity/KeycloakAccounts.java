package org.shegong.platform.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.AccountLookup;
import org.shegong.platform.application.identity.AccountStanding;

/**
 * Looks accounts up in Keycloak's admin API ({@link KeycloakServiceClient}). This runs inside a
 * page request: a Keycloak that does not answer in time is {@link AccountStanding.Unknown}, never
 * an error page.
 */
@ApplicationScoped
public class KeycloakAccounts implements AccountLookup {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    @Inject
    KeycloakServiceClient keycloak;

    private volatile boolean warnedUnconfigured;

    @Override
    public AccountStanding standingOf(String username) {
        if (!keycloak.isConfigured()) {
            if (!warnedUnconfigured) {
                warnedUnconfigured = true;
                LOG.warning("shegong.keycloak.service-client.secret is not set: page sessions are not re-checked against Keycloak");
            }
            return new AccountStanding.Unknown("no service client configured");
        }
        try {
            HttpResponse<String> found = keycloak.send("GET", "/users?exact=true&briefRepresentation=false&username="
                    + KeycloakServiceClient.encode(username), null);
            if (found.statusCode() != 200) {
                return new AccountStanding.Unknown("Keycloak answered " + found.statusCode());
            }
            JsonArray users = json(found.body()).asJsonArray();
            Optional<JsonObject> user = users.stream().map(JsonValue::asJsonObject)
                    .filter(u -> username.equalsIgnoreCase(u.getString("username", ""))).findFirst();
            if (user.isEmpty() || !user.get().getBoolean("enabled", false)) {
                return new AccountStanding.Ended();
            }
            HttpResponse<String> roles = keycloak.send("GET", "/users/" + KeycloakServiceClient.encode(user.get().getString("id"))
                    + "/role-mappings/realm/composite", null);
            if (roles.statusCode() != 200) {
                return new AccountStanding.Unknown("Keycloak answered " + roles.statusCode() + " for the roles");
            }
            return active(user.get(), json(roles.body()).asJsonArray());
        } catch (IOException | RuntimeException e) {
            return new AccountStanding.Unknown("Keycloak not reachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AccountStanding.Unknown("interrupted");
        }
    }

    /** The standing the tokens would carry: realm roles as {@code groups}, attributes as claims. */
    static AccountStanding.Active active(JsonObject user, JsonArray realmRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        realmRoles.stream().map(JsonValue::asJsonObject)
                .forEach(r -> Role.fromClaim(r.getString("name", "")).ifPresent(roles::add));
        JsonObject attributes = user.containsKey("attributes") && user.get("attributes") instanceof JsonObject a
                ? a : JsonValue.EMPTY_JSON_OBJECT;
        List<String> tenant = values(attributes, "tenant");
        List<String> region = values(attributes, "region");
        return new AccountStanding.Active(roles, tenant.size() == 1 ? tenantId(tenant.get(0)) : Optional.empty(),
                Set.copyOf(values(attributes, "stations")),
                region.size() == 1 ? Optional.of(region.get(0)) : Optional.empty());
    }

    private static Optional<TenantId> tenantId(String value) {
        try {
            return Optional.of(TenantId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> values(JsonObject attributes, String name) {
        List<String> out = new ArrayList<>();
        if (attributes.get(name) instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            });
        }
        return out;
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
