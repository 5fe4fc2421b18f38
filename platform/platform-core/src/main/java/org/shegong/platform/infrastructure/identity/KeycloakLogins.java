package org.shegong.platform.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.staff.LoginDirectory;
import org.shegong.platform.application.staff.LoginsSeen;

/**
 * Staff logins in Keycloak through the service-account client: an account with the attributes the
 * tokens are built from ({@code tenant}, {@code stations}), the realm role of the job, a temporary
 * password, and membership of the operator's Organization; disabling sets {@code enabled=false}
 * and ends the account's Keycloak sessions, so neither a new sign-in nor single sign-on lets the
 * leaver in (the portal's own session re-check ends their open pages).
 */
@ApplicationScoped
public class KeycloakLogins implements LoginDirectory {

    /** Accounts per call when an operator's are read. */
    static final int PAGE = 500;

    @Inject
    KeycloakServiceClient keycloak;

    /**
     * The realm's user profile requires an e-mail address; without one Keycloak refuses the account's
     * sign-in as "not fully set up". Staff accounts get {@code <login>@<domain>}, as provisioning gives them.
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shegong.identity.email-domain", defaultValue = "demo.shegong.local")
    String emailDomain;

    @Override
    public boolean isConfigured() {
        return keycloak.isConfigured();
    }

    @Override
    public void create(NewLogin login) {
        JsonArrayBuilder stations = Json.createArrayBuilder();
        login.stations().stream().sorted().forEach(stations::add);
        String lastName = login.name().substring(0, 1);
        String firstName = login.name().length() > 1 ? login.name().substring(1) : login.name();
        JsonObject user = Json.createObjectBuilder().add("username", login.username()).add("enabled", true)
                .add("firstName", firstName).add("lastName", lastName)
                .add("email", login.username() + "@" + emailDomain).add("emailVerified", true)
                .add("attributes", Json.createObjectBuilder()
                        .add("tenant", Json.createArrayBuilder().add(login.tenant().value()))
                        .add("stations", stations))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", login.temporaryPassword()).add("temporary", true)))
                .build();
        HttpResponse<String> created = call("POST", "/users", user.toString());
        if (created.statusCode() == 409) {
            throw new LoginTakenException(login.username());
        }
        expect(created, 201);
        String id = created.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow(() -> new IllegalStateException("Keycloak created an account without a Location"));
        try {
            JsonObject role = json(expect(call("GET", "/roles/" + KeycloakDirectory.roleOf(login.role()), null), 200).body()).asJsonObject();
            expect(call("POST", "/users/" + id + "/role-mappings/realm", Json.createArrayBuilder().add(role).build().toString()), 204);
            joinOrganization(id, login.tenant().value());
        } catch (RuntimeException e) {
            // Half an account (no role, or outside its operator's Organization) is not kept: the
            // portal's record of the login rolls back with this exception, so Keycloak's must go too.
            call("DELETE", "/users/" + id, null);
            throw e;
        }
    }

    @Override
    public boolean organization(TenantId tenant, String name) {
        if (organizationId(tenant.value()).isPresent()) {
            return false;
        }
        JsonObject wanted = Json.createObjectBuilder().add("name", name).add("alias", tenant.value())
                .add("enabled", true).add("description", "运营方 " + tenant.value()).build();
        HttpResponse<String> created = call("POST", "/organizations", wanted.toString());
        if (created.statusCode() == 409) {
            throw new org.shegong.platform.api.records.Refusal("operator.refused.organizationExists", name);
        }
        expect(created, 201);
        return true;
    }

    @Override
    public void removeOrganization(TenantId tenant) {
        organizationId(tenant.value()).ifPresent(id -> call("DELETE", "/organizations/" + id, null));
    }

    @Override
    public void disable(String username) {
        Optional<String> id = idOf(username);
        if (id.isEmpty()) {
            return;
        }
        expect(call("PUT", "/users/" + id.get(), "{\"enabled\":false}"), 204);
        // Its single sign-on ends too: the leaver's browser cannot come back through Keycloak's cookie.
        expect(call("POST", "/users/" + id.get() + "/logout", null), 204);
    }

    @Override
    public void enable(String username) {
        Optional<String> id = idOf(username);
        if (id.isPresent()) {
            expect(call("PUT", "/users/" + id.get(), "{\"enabled\":true}"), 204);
        }
    }

    /**
     * The operator's accounts by Keycloak's attribute search ({@code q=tenant:<code>}), in full (the
     * attributes and {@code enabled}), {@value #PAGE} a page: an operator's staff in one call. The
     * search is checked again here (an account counts only when {@code tenant} is exactly this one).
     */
    @Override
    public LoginsSeen loginsOf(TenantId tenant) {
        Map<String, LoginsSeen.Account> accounts = new HashMap<>();
        for (int first = 0; ; first += PAGE) {
            JsonArray page = json(expect(call("GET", "/users?briefRepresentation=false&q="
                    + KeycloakServiceClient.encode("tenant:" + tenant.value()) + "&first=" + first + "&max=" + PAGE, null), 200)
                    .body()).asJsonArray();
            for (JsonObject user : page.getValuesAs(JsonObject.class)) {
                if (tenantOf(user).filter(tenant.value()::equals).isPresent()) {
                    accounts.put(user.getString("username"), new LoginsSeen.Account(tenant.value(), user.getBoolean("enabled", false)));
                }
            }
            if (page.size() < PAGE) {
                return LoginsSeen.whole(accounts);
            }
        }
    }

    /** The account's operator: its single {@code tenant} attribute value. */
    static Optional<String> tenantOf(JsonObject user) {
        if (!(user.get("attributes") instanceof JsonObject attributes) || !(attributes.get("tenant") instanceof JsonArray values)
                || values.size() != 1 || !(values.get(0) instanceof jakarta.json.JsonString value)) {
            return Optional.empty();
        }
        return Optional.of(value.getString());
    }

    private Optional<String> idOf(String username) {
        JsonArray found = json(expect(call("GET", "/users?exact=true&username=" + KeycloakServiceClient.encode(username), null), 200)
                .body()).asJsonArray();
        return found.stream().map(JsonValue::asJsonObject).filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
                .map(u -> u.getString("id")).findFirst();
    }

    /**
     * Organization membership mirrors the {@code tenant} attribute (the tokens' {@code organization}
     * claim comes from it). It used to be tried and skipped on a 403: the service account lacked
     * realm-management's {@code manage-organizations}, which Keycloak 26 asks for both reading
     * organizations and adding members. Now a membership that cannot be set fails the login's creation.
     */
    private void joinOrganization(String userId, String alias) {
        String organization = organizationId(alias).orElseThrow(() -> refusedState(
                new org.shegong.platform.api.records.Refusal("operator.refused.noOrganization", alias), null));
        HttpResponse<String> joined = call("POST", "/organizations/" + organization + "/members", Json.createValue(userId).toString());
        if (joined.statusCode() != 201 && joined.statusCode() != 204 && joined.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused the membership of " + alias + ": " + joined.statusCode() + " " + joined.body());
        }
    }

    private Optional<String> organizationId(String alias) {
        HttpResponse<String> found = expect(call("GET", "/organizations?first=0&max=1000&briefRepresentation=true", null), 200);
        return json(found.body()).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> alias.equals(o.getString("alias", null))).map(o -> o.getString("id")).findFirst();
    }

    private HttpResponse<String> call(String method, String path, String json) {
        try {
            return keycloak.send(method, path, json);
        } catch (IOException e) {
            throw refusedState(new org.shegong.platform.api.records.Refusal("operator.refused.loginServiceDown"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to Keycloak", e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri().getPath() + ": " + response.body());
        }
        return response;
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    /**
     * A failure of the login service said as its reason (pages and the API find the refusal as the
     * cause); what went wrong underneath stays attached for the log.
     */
    private static IllegalStateException refusedState(org.shegong.platform.api.records.Refusal reason, Exception underneath) {
        IllegalStateException e = new IllegalStateException(reason.getMessage()
                + (underneath == null ? "" : ": " + underneath.getMessage()), reason);
        if (underneath != null) {
            e.addSuppressed(underneath);
        }
        return e;
    }
}
