package org.shegong.platform.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.application.provisioning.IdentityDirectory;
import org.shegong.platform.application.provisioning.OperatorDescriptor;
import org.shegong.platform.application.provisioning.OperatorDescriptor.ContractSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.StaffSpec;
import org.shegong.platform.application.staff.LoginsSeen;
import org.shegong.platform.domain.model.staff.StaffRole;

/**
 * Keeps Keycloak in step with the operator descriptors: one Organization per operator (alias =
 * tenant code), one user per staff member with a username, carrying the attributes the tokens are
 * built from ({@code tenant}, {@code stations}) and the realm role of their job. A demo password is
 * set only on accounts it creates, and only when {@code shegong.identity.demo-password} is set.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());

    @Inject
    @ConfigProperty(name = "shegong.keycloak.url")
    Optional<String> keycloakUrl;

    @Inject
    @ConfigProperty(name = "shegong.keycloak.realm", defaultValue = "shegong")
    String realm;

    @Inject
    @ConfigProperty(name = "shegong.keycloak.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "shegong.keycloak.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "shegong.identity.demo-password")
    Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "shegong.identity.email-domain", defaultValue = "demo.shegong.local")
    String emailDomain;

    /** Items per call when a start reads Keycloak's listings in bulk. */
    static final int PAGE = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public boolean isConfigured() {
        return keycloakUrl.filter(u -> !u.isBlank()).isPresent() && adminUsername.isPresent() && adminPassword.isPresent();
    }

    @Override
    public void applyOperator(OperatorDescriptor operator) {
        apply(new Session(adminToken()), operator, null);
    }

    /** {@code known}: the organizations a start read in bulk (by alias), or null to look the operator's up. */
    private void apply(Session session, OperatorDescriptor operator, Map<String, JsonObject> known) {
        String organizationId = session.organization(operator, known);
        for (StaffSpec staff : operator.staff()) {
            if (staff.username() == null) {
                continue;
            }
            String userId = session.user(staff, operator.code().value(), stationsOf(operator, staff));
            // Membership before the role: a start finds an operator in step by its users' roles (Directory.inStep),
            // so a role granted must mean that the steps before it were done.
            session.addMember(organizationId, userId);
            session.grantRealmRole(userId, roleOf(staff.role()));
        }
    }

    /**
     * A start's operators: what Keycloak holds is read once ({@link Directory}); an operator whose
     * organization, accounts, attributes and roles are all there as its file says is left alone, any
     * other goes through {@link #applyOperator}. So a restart with a thousand operators in step costs a
     * few dozen calls, not six per operator. Memberships are not read back (one call per organization):
     * an account is given its role only after its membership, so an account with its role is a member
     * unless someone removed it in Keycloak's console.
     */
    @Override
    public List<String> applyOperators(List<OperatorDescriptor> operators) {
        return applyOperators(operators, seen -> { });
    }

    /**
     * The accounts' {@code enabled} flags and operators come with the reads made anyway (every account
     * of the realm in pages, or each operator's own by username): handed to {@code seen} before writing.
     */
    @Override
    public List<String> applyOperators(List<OperatorDescriptor> operators, Consumer<LoginsSeen> seen) {
        boolean inBulk;
        try {
            int accounts = accountsOf(operators).size();
            long inRealm = new Session(adminToken()).accountsInRealm();
            inBulk = readInBulk(operators.size(), accounts, inRealm);
            LOG.info(() -> "Keycloak read " + (inBulk ? "in bulk" : "per operator") + " for " + operators.size()
                    + " operators with " + accounts + " accounts, beside " + inRealm + " accounts in the realm");
        } catch (RuntimeException e) {
            return operators.stream().map(o -> o.file() + ": " + e.getMessage()).toList();
        }
        return applyOperators(operators, inBulk, seen);
    }

    /** {@link #applyOperators(List)} with the read chosen by the caller ({@link #readInBulk}); tests take each. */
    public List<String> applyOperators(List<OperatorDescriptor> operators, boolean inBulk) {
        return applyOperators(operators, inBulk, seen -> { });
    }

    /** {@link #applyOperators(List, Consumer)} with the read chosen by the caller. */
    public List<String> applyOperators(List<OperatorDescriptor> operators, boolean inBulk, Consumer<LoginsSeen> seen) {
        Directory directory;
        try {
            Session session = new Session(adminToken());
            directory = inBulk ? session.directory() : session.directoryOf(operators);
        } catch (RuntimeException e) {
            return operators.stream().map(o -> o.file() + ": " + e.getMessage()).toList();
        }
        seen.accept(directory.seen());
        List<String> problems = new ArrayList<>();
        for (OperatorDescriptor operator : operators) {
            if (directory.inStep(operator)) {
                continue;
            }
            try {
                // A token of its own per operator written, as applyOperator does: a first start that writes
                // a thousand operators outlives one admin token.
                apply(new Session(adminToken()), operator, directory.everyOrganization());
            } catch (RuntimeException e) {
                problems.add(operator.file() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Whether a pass reads every organization, account and role holder of the realm in pages, or only
     * its operators' own: one call per operator and two per account. An account read in full (its
     * attributes) costs Keycloak about as much as a small call (1,021 accounts took 36.9 s at a cold
     * start, figure 6), so the pass makes whichever is fewer. A few files beside many accounts (staff
     * given logins in the portal, who are in no file) are read per operator; a thousand files in bulk.
     */
    static boolean readInBulk(int operators, int accounts, long accountsInRealm) {
        return operators + 2L * accounts >= accountsInRealm;
    }

    private static List<String> accountsOf(List<OperatorDescriptor> operators) {
        return operators.stream().flatMap(o -> o.staff().stream()).map(StaffSpec::username).filter(u -> u != null).toList();
    }

    private static Set<String> stationsOf(OperatorDescriptor operator, StaffSpec staff) {
        if (staff.role() != StaffRole.OPERATOR_ADMIN) {
            return Set.of(staff.street());
        }
        Set<String> contractStreets = new TreeSet<>();
        operator.contracts().stream().map(ContractSpec::street).forEach(contractStreets::add);
        return contractStreets;
    }

    /**
     * What Keycloak holds, read in bulk or for some operators only: organizations by alias, accounts by
     * username, holders of each role.
     */
    private record Directory(Map<String, JsonObject> organizations, Map<String, JsonObject> users,
                             Map<String, Set<String>> roleHolders, boolean inBulk, Set<String> asked) {

        /**
         * Every organization by alias, or null when only those found by their operator's name were read:
         * a renamed one is then looked up again, as {@link #applyOperator} does.
         */
        /**
         * The accounts read, with their operator and enabled flag: every account of the realm in bulk,
         * else the usernames looked up one by one (one a start did not ask about is left undecided).
         */
        LoginsSeen seen() {
            Map<String, LoginsSeen.Account> accounts = new HashMap<>();
            users.forEach((username, user) -> accounts.put(username,
                    new LoginsSeen.Account(KeycloakLogins.tenantOf(user).orElse(null), user.getBoolean("enabled", false))));
            return new LoginsSeen(accounts, inBulk ? null : asked);
        }

        Map<String, JsonObject> everyOrganization() {
            return inBulk ? organizations : null;
        }

        boolean inStep(OperatorDescriptor operator) {
            JsonObject organization = organizations.get(operator.code().value());
            if (organization == null || !operator.name().equals(organization.getString("name", null))) {
                return false;
            }
            for (StaffSpec staff : operator.staff()) {
                if (staff.username() == null) {
                    continue;
                }
                String username = staff.username().toLowerCase(java.util.Locale.ROOT);
                JsonObject user = users.get(username);
                if (user == null || !roleHolders.getOrDefault(roleOf(staff.role()), Set.of()).contains(username)) {
                    return false;
                }
                JsonObject attributes = user.getJsonObject("attributes");
                if (attributes == null
                        || !values(attributes, "tenant").equals(Set.of(operator.code().value()))
                        || !values(attributes, "stations").equals(new TreeSet<>(stationsOf(operator, staff)))) {
                    return false;
                }
            }
            return true;
        }
    }

    static String roleOf(StaffRole role) {
        return switch (role) {
            case OPERATOR_ADMIN -> "operator-admin";
            case STATION_LEAD -> "station-lead";
            case SOCIAL_WORKER -> "social-worker";
        };
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(adminUsername.orElseThrow())
                + "&password=" + encode(adminPassword.orElseThrow());
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(keycloakUrl.orElseThrow() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return json(response.body()).asJsonObject().getString("access_token");
    }

    /** The admin calls of one provisioning pass, with one admin token. */
    private final class Session {

        private String token;

        Session(String token) {
            this.token = token;
        }

        String organization(OperatorDescriptor operator, Map<String, JsonObject> known) {
            String alias = operator.code().value();
            Optional<JsonObject> existing = known == null ? find(operator) : Optional.ofNullable(known.get(alias));
            JsonObject wanted = Json.createObjectBuilder().add("name", operator.name()).add("alias", alias)
                    .add("enabled", true).add("description", "运营方 " + alias).build();
            if (existing.isPresent()) {
                String id = existing.get().getString("id");
                if (!operator.name().equals(existing.get().getString("name", null))) {
                    put("/organizations/" + id, Json.createObjectBuilder(existing.get()).add("name", operator.name()).build());
                }
                return id;
            }
            return idFromLocation(post("/organizations", wanted.toString(), 201));
        }

        private Optional<JsonObject> find(OperatorDescriptor operator) {
            String alias = operator.code().value();
            JsonArray found = get("/organizations?search=" + encode(operator.name()) + "&exact=true&max=10").asJsonArray();
            Optional<JsonObject> existing = found.stream().map(JsonValue::asJsonObject)
                    .filter(o -> alias.equals(o.getString("alias", null))).findFirst();
            if (existing.isEmpty()) {
                // The name may have changed since: look the alias up across all organizations, every page.
                existing = pages("/organizations?briefRepresentation=true").stream()
                        .filter(o -> alias.equals(o.getString("alias", null))).findFirst();
            }
            return existing;
        }

        String user(StaffSpec staff, String tenant, Set<String> stations) {
            JsonArray found = get("/users?exact=true&username=" + encode(staff.username())).asJsonArray();
            JsonArrayBuilder stationValues = Json.createArrayBuilder();
            stations.forEach(stationValues::add);
            JsonObjectBuilder attributes = Json.createObjectBuilder()
                    .add("tenant", Json.createArrayBuilder().add(tenant))
                    .add("stations", stationValues);
            String lastName = staff.name().substring(0, 1);
            String firstName = staff.name().length() > 1 ? staff.name().substring(1) : staff.name();
            if (found.isEmpty()) {
                JsonObjectBuilder user = Json.createObjectBuilder().add("username", staff.username()).add("enabled", true)
                        .add("emailVerified", true).add("email", staff.username() + "@" + emailDomain)
                        .add("firstName", firstName).add("lastName", lastName).add("attributes", attributes);
                demoPassword.ifPresent(p -> user.add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", p).add("temporary", false))));
                return idFromLocation(post("/users", user.build().toString(), 201));
            }
            JsonObject existing = found.getJsonObject(0);
            String id = existing.getString("id");
            JsonObject current = get("/users/" + id).asJsonObject();
            JsonObject currentAttributes = current.getJsonObject("attributes");
            JsonObject wantedAttributes = attributes.build();
            if (currentAttributes == null || !sameValues(currentAttributes, wantedAttributes, "tenant")
                    || !sameValues(currentAttributes, wantedAttributes, "stations")) {
                JsonObjectBuilder merged = Json.createObjectBuilder(currentAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : currentAttributes);
                wantedAttributes.forEach(merged::add);
                put("/users/" + id, Json.createObjectBuilder(current).add("attributes", merged).build());
            }
            return id;
        }

        Directory directory() {
            Map<String, JsonObject> organizations = new HashMap<>();
            pages("/organizations?briefRepresentation=true").forEach(o -> organizations.put(o.getString("alias", ""), o));
            Map<String, JsonObject> users = new HashMap<>();
            pages("/users?briefRepresentation=false").forEach(u -> users.put(u.getString("username"), u));
            Map<String, Set<String>> roleHolders = new HashMap<>();
            for (StaffRole role : StaffRole.values()) {
                Set<String> holders = new HashSet<>();
                pages("/roles/" + encode(roleOf(role)) + "/users?briefRepresentation=true")
                        .forEach(u -> holders.add(u.getString("username")));
                roleHolders.put(roleOf(role), holders);
            }
            return new Directory(organizations, users, roleHolders, true, null);
        }

        /** How many accounts the realm holds. */
        long accountsInRealm() {
            return ((JsonNumber) get("/users/count")).longValue();
        }

        /**
         * The same as {@link #directory()}, for these operators only: each organization found by its name,
         * each account by its username (in full, with its attributes) and its realm roles.
         */
        Directory directoryOf(List<OperatorDescriptor> operators) {
            Map<String, JsonObject> organizations = new HashMap<>();
            Map<String, JsonObject> users = new HashMap<>();
            Map<String, Set<String>> roleHolders = new HashMap<>();
            for (OperatorDescriptor operator : operators) {
                get("/organizations?search=" + encode(operator.name()) + "&exact=true&max=10").asJsonArray().stream()
                        .map(JsonValue::asJsonObject).filter(o -> operator.code().value().equals(o.getString("alias", null)))
                        .forEach(o -> organizations.put(operator.code().value(), o));
            }
            for (String username : accountsOf(operators)) {
                JsonArray found = get("/users?exact=true&briefRepresentation=false&username=" + encode(username)).asJsonArray();
                for (JsonObject user : found.getValuesAs(JsonObject.class)) {
                    users.put(user.getString("username"), user);
                    get("/users/" + user.getString("id") + "/role-mappings/realm").asJsonArray().getValuesAs(JsonObject.class)
                            .forEach(r -> roleHolders.computeIfAbsent(r.getString("name"), k -> new HashSet<>())
                                    .add(user.getString("username")));
                }
            }
            return new Directory(organizations, users, roleHolders, false, Set.copyOf(accountsOf(operators)));
        }

        /** Every item of a listing, read {@value #PAGE} at a time. */
        private List<JsonObject> pages(String path) {
            List<JsonObject> all = new ArrayList<>();
            for (int first = 0; ; first += PAGE) {
                // A token per page: on a loaded machine Keycloak needs seconds per page of accounts (about
                // 12 s for 500 at load 11), and the whole read outlives one admin token (60 s by default).
                token = adminToken();
                JsonArray page = get(path + "&first=" + first + "&max=" + PAGE).asJsonArray();
                page.stream().map(JsonValue::asJsonObject).forEach(all::add);
                if (page.size() < PAGE) {
                    return all;
                }
            }
        }

        void grantRealmRole(String userId, String roleName) {
            JsonArray granted = get("/users/" + userId + "/role-mappings/realm").asJsonArray();
            boolean has = granted.stream().map(JsonValue::asJsonObject).anyMatch(r -> roleName.equals(r.getString("name")));
            if (!has) {
                JsonObject role = get("/roles/" + encode(roleName)).asJsonObject();
                post("/users/" + userId + "/role-mappings/realm", Json.createArrayBuilder().add(role).build().toString(), 204);
            }
        }

        void addMember(String organizationId, String userId) {
            HttpResponse<String> response = raw(request("/organizations/" + organizationId + "/members")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createValue(userId).toString())));
            if (response.statusCode() != 201 && response.statusCode() != 204 && response.statusCode() != 409) {
                throw new IllegalStateException("Keycloak refused the membership: " + response.statusCode() + " " + response.body());
            }
        }

        private JsonValue get(String path) {
            return json(send(request(path).GET(), 200).body());
        }

        private HttpResponse<String> post(String path, String body, int expected) {
            return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                    expected);
        }

        private void put(String path, JsonObject body) {
            send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString())), 204);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(keycloakUrl.orElseThrow() + "/admin/realms/" + realm + path))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token);
        }
    }

    private static boolean sameValues(JsonObject a, JsonObject b, String name) {
        return values(a, name).equals(values(b, name));
    }

    private static Set<String> values(JsonObject attributes, String name) {
        Set<String> out = new LinkedHashSet<>();
        JsonValue v = attributes.get(name);
        if (v instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(s -> out.add(s.getString()));
        }
        return new TreeSet<>(out);
    }

    private static String idFromLocation(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created something without a Location"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        HttpResponse<String> response = raw(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri().getPath() + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> raw(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + keycloakUrl.orElse("?") + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to Keycloak", e);
        }
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
