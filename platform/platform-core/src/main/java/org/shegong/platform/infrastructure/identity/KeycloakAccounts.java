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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.AccountLookup;
import org.shegong.platform.application.identity.AccountStanding;

/**
 * Looks accounts up in Keycloak's admin API as the realm's confidential service-account client
 * ({@code shegong-admin}, allowed to view users and nothing of the master realm). Short timeouts:
 * this runs inside a page request, and a Keycloak that does not answer in time is
 * {@link AccountStanding.Unknown}, never an error page.
 */
@ApplicationScoped
public class KeycloakAccounts implements AccountLookup {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    @ConfigProperty(name = "shegong.keycloak.url")
    Optional<String> keycloakUrl;

    @Inject
    @ConfigProperty(name = "shegong.keycloak.realm", defaultValue = "shegong")
    String realm;

    @Inject
    @ConfigProperty(name = "shegong.keycloak.service-client.id", defaultValue = "shegong-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "shegong.keycloak.service-client.secret")
    Optional<String> clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile ServiceToken token;
    private volatile boolean warnedUnconfigured;

    private record ServiceToken(String value, long validUntilNanos) {
        boolean fresh() {
            return System.nanoTime() < validUntilNanos;
        }
    }

    @Override
    public AccountStanding standingOf(String username) {
        if (keycloakUrl.filter(u -> !u.isBlank()).isEmpty() || clientSecret.filter(s -> !s.isBlank()).isEmpty()) {
            if (!warnedUnconfigured) {
                warnedUnconfigured = true;
                LOG.warning("shegong.keycloak.service-client.secret is not set: page sessions are not re-checked against Keycloak");
            }
            return new AccountStanding.Unknown("no service client configured");
        }
        try {
            HttpResponse<String> found = get("/users?exact=true&briefRepresentation=false&username=" + encode(username));
            if (found.statusCode() == 401) {
                token = null; // revoked or expired early: a new one next time
            }
            if (found.statusCode() != 200) {
                return new AccountStanding.Unknown("Keycloak answered " + found.statusCode());
            }
            JsonArray users = json(found.body()).asJsonArray();
            Optional<JsonObject> user = users.stream().map(JsonValue::asJsonObject)
                    .filter(u -> username.equalsIgnoreCase(u.getString("username", ""))).findFirst();
            if (user.isEmpty() || !user.get().getBoolean("enabled", false)) {
                return new AccountStanding.Ended();
            }
            HttpResponse<String> roles = get("/users/" + encode(user.get().getString("id")) + "/role-mappings/realm/composite");
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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(keycloakUrl.orElseThrow() + "/admin/realms/" + realm + path))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + serviceToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The client-credentials token, kept until shortly before it expires. */
    private String serviceToken() throws IOException, InterruptedException {
        ServiceToken known = token;
        if (known != null && known.fresh()) {
            return known.value();
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret.orElseThrow());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloakUrl.orElseThrow() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the service client got no token: " + response.statusCode());
        }
        JsonObject body = json(response.body()).asJsonObject();
        long seconds = Math.max(5, body.getJsonNumber("expires_in").longValue() - 10);
        token = new ServiceToken(body.getString("access_token"), System.nanoTime() + Duration.ofSeconds(seconds).toNanos());
        return token.value();
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
