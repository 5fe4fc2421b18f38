package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;

/**
 * The REST API with real Keycloak tokens: every route × every role, tenant A's token on tenant B's
 * ids, and tokens that must not pass (none, expired, altered, unsigned, another realm's, another
 * audience's).
 */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    static final List<String> USERS = List.of("platform.admin", "yingze.mz", "hope.admin", "laojunying.lead",
            "laojunying.worker", "volunteer.demo", "nobody.demo");

    /** Route → users who may read it; everyone else gets 403. */
    static final Map<String, List<String>> READ_ROUTES = new LinkedHashMap<>();

    static {
        READ_ROUTES.put("me", List.of("platform.admin", "yingze.mz", "hope.admin", "laojunying.lead", "laojunying.worker",
                "volunteer.demo"));
        READ_ROUTES.put("residents", List.of("hope.admin", "laojunying.lead", "laojunying.worker"));
        READ_ROUTES.put("activities", List.of("hope.admin", "laojunying.lead", "laojunying.worker"));
        READ_ROUTES.put("projects", List.of("hope.admin", "laojunying.lead", "laojunying.worker"));
        READ_ROUTES.put("region/stations", List.of("yingze.mz"));
        READ_ROUTES.put("region/dashboard", List.of("yingze.mz"));
        READ_ROUTES.put("operator/dashboard", List.of("hope.admin"));
        READ_ROUTES.put("platform/tenants", List.of("platform.admin"));
        READ_ROUTES.put("platform/stations", List.of("platform.admin"));
    }

    @Test
    void everyRouteForEveryRoleAllowsExactlyWhatTheRuleBookSays() {
        List<String> unexpected = new ArrayList<>();
        int checked = 0;
        for (String user : USERS) {
            String token = Keycloak.accessToken(user);
            for (var route : READ_ROUTES.entrySet()) {
                int expected = route.getValue().contains(user) ? 200 : 403;
                int status = api.get(route.getKey(), token).statusCode();
                checked++;
                if (status != expected) {
                    unexpected.add(user + " GET /api/" + route.getKey() + " → " + status + " (expected " + expected + ")");
                }
            }
            // Planning needs station work; an empty body is then refused as bad input, before anything is written.
            int plan = api.post("activities", token, "{}").statusCode();
            int expectedPlan = List.of("hope.admin", "laojunying.lead", "laojunying.worker").contains(user) ? 400 : 403;
            checked++;
            if (plan != expectedPlan) {
                unexpected.add(user + " POST /api/activities → " + plan + " (expected " + expectedPlan + ")");
            }
            // Writes: removing needs a station lead or operator admin; the id does not exist anywhere.
            int delete = api.delete("residents/999999999", token).statusCode();
            int expectedDelete = List.of("hope.admin", "laojunying.lead").contains(user) ? 404 : 403;
            checked++;
            if (delete != expectedDelete) {
                unexpected.add(user + " DELETE /api/residents/999999999 → " + delete + " (expected " + expectedDelete + ")");
            }
        }
        assertEquals(USERS.size() * (READ_ROUTES.size() + 2), checked);
        assertEquals(List.of(), unexpected, "0 unexpected allows or denies");
    }

    @Test
    void theOpenApiDocumentDescribesTheRoutes() throws Exception {
        URL openapi = new URL(base, "/openapi");
        HttpResponse<String> doc = Keycloak.sendGet(openapi.toURI());
        assertEquals(200, doc.statusCode());
        for (String route : List.of("/api/residents/{id}", "/api/activities/{id}/done", "/api/region/stations", "/api/me")) {
            assertTrue(doc.body().contains(route), route + " in " + doc.body().substring(0, Math.min(500, doc.body().length())));
        }
    }

    @Test
    void theTokenDecidesTenantAndStations() {
        JsonObject me = Keycloak.json(api.get("me", Keycloak.accessToken("hope.admin")).body());
        assertEquals("hope", me.getString("tenant"));
        assertEquals(List.of("140106001000", "140106005000"), strings(me.getJsonArray("stations")));
        JsonObject worker = Keycloak.json(api.get("me", Keycloak.accessToken("laojunying.worker")).body());
        assertEquals(List.of("140106005000"), strings(worker.getJsonArray("stations")));
        JsonObject civil = Keycloak.json(api.get("me", Keycloak.accessToken("yingze.mz")).body());
        assertFalse(civil.containsKey("tenant") && !civil.isNull("tenant"), "no tenant for civil affairs: " + civil);
        assertEquals("140106000000", civil.getString("region"));
    }

    @Test
    void aCivilAffairsUserGetsCountsOnlyNeverAPersonalRecord() {
        String body = api.get("region/stations", Keycloak.accessToken("yingze.mz")).body();
        JsonArray lines = Keycloak.json("{\"l\":" + body + "}").getJsonArray("l");
        assertEquals(7, lines.size(), body);
        for (JsonValue line : lines) {
            assertEquals(List.of("activitiesDone", "operatorName", "residents", "stationName", "streetCode", "streetName"),
                    line.asJsonObject().keySet().stream().sorted().toList());
        }
        assertEquals(403, api.get("residents", Keycloak.accessToken("yingze.mz")).statusCode());
    }

    @Test
    void tenantAsTokenOnTenantBsIdsIsNotFoundAndChangesNothing() {
        String huide = Keycloak.accessToken("huide.admin");
        JsonObject residentOfB = first(api.get("residents?max=1", huide).body());
        JsonObject activityOfB = first(api.get("activities?max=1", huide).body());
        long residentId = residentOfB.getJsonNumber("id").longValue();
        long activityId = activityOfB.getJsonNumber("id").longValue();
        String before = api.get("residents/" + residentId, huide).body();

        String hope = Keycloak.accessToken("hope.admin");
        String change = "{\"version\":" + residentOfB.getJsonNumber("version").longValue()
                + ",\"name\":\"越权修改\",\"communityCode\":\"140106005001\"}";
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("GET residents/{id}", api.get("residents/" + residentId, hope).statusCode());
        answers.put("PUT residents/{id}", api.put("residents/" + residentId, hope, change).statusCode());
        answers.put("DELETE residents/{id}", api.delete("residents/" + residentId, hope).statusCode());
        answers.put("GET activities/{id}", api.get("activities/" + activityId, hope).statusCode());
        answers.put("POST activities/{id}/done", api.post("activities/" + activityId + "/done", hope, "").statusCode());
        answers.forEach((route, status) -> assertEquals(404, status, route));
        assertFalse(api.get("residents?max=500", hope).body().contains("\"id\":" + residentId + ","));

        assertEquals(before, api.get("residents/" + residentId, huide).body(), "B's resident is unchanged");
        assertEquals(200, api.get("activities/" + activityId, huide).statusCode());
    }

    @Test
    void aSocialWorkerSeesOnlyTheirOwnStation() {
        // 迎泽街道 is hope's too, but laojunying.worker is assigned to 老军营街道 only.
        String admin = Keycloak.accessToken("hope.admin");
        String body = api.get("residents?max=500", admin).body();
        JsonArray all = Keycloak.json("{\"l\":" + body + "}").getJsonArray("l");
        long elsewhere = all.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("communityCode").startsWith("140106001"))
                .mapToLong(r -> r.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        String worker = Keycloak.accessToken("laojunying.worker");
        assertEquals(404, api.get("residents/" + elsewhere, worker).statusCode());
        String listed = api.get("residents?max=500", worker).body();
        assertFalse(listed.contains("\"communityCode\":\"140106001"), "only 老军营 residents");
    }

    @Test
    void anEditWithAStaleVersionIsAConflict() {
        String lead = Keycloak.accessToken("laojunying.lead");
        JsonObject r = first(api.get("residents?max=1", lead).body());
        long id = r.getJsonNumber("id").longValue();
        long version = r.getJsonNumber("version").longValue();
        String change = "{\"version\":" + version + ",\"name\":\"" + r.getString("name") + "\",\"phone\":\"13900000001\","
                + "\"communityCode\":\"" + r.getString("communityCode") + "\"}";
        assertEquals(200, api.put("residents/" + id, lead, change).statusCode());
        HttpResponse<String> stale = api.put("residents/" + id, lead, change.replace("13900000001", "13900000002"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(api.get("residents/" + id, lead).body().contains("13900000001"));
        HttpResponse<String> invalid = api.put("residents/" + id, lead,
                "{\"version\":" + (version + 1) + ",\"name\":\"\",\"communityCode\":\"" + r.getString("communityCode") + "\"}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("姓名不能为空"), invalid.body());
    }

    @Test
    void tokensThatMustNotPass() throws Exception {
        String good = Keycloak.accessToken("laojunying.worker");
        assertEquals(200, api.get("me", good).statusCode(), "the genuine token passes");

        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("no token", api.get("me", null).statusCode());
        answers.put("garbage", api.get("me", "not.a.token").statusCode());
        answers.put("signature altered", api.get("me", alterSignature(good)).statusCode());
        answers.put("alg none", api.get("me", unsigned(good)).statusCode());
        answers.put("payload altered", api.get("me", withPayload(good, payload(good).replace("\"hope\"", "\"huide\""))).statusCode());
        answers.put("wrong audience", api.get("me", Keycloak.token(Keycloak.issuer(), Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "laojunying.worker", "password", Keycloak.PASSWORD))).statusCode());
        answers.put("another realm", api.get("me", otherRealmToken()).statusCode());
        String shortLived = shortLivedToken();
        assertEquals(200, api.get("me", shortLived).statusCode(), "the short-lived token passes while fresh");
        Thread.sleep(9_000); // 2 s lifespan + 5 s clock skew allowed by the server + margin
        answers.put("expired", api.get("me", shortLived).statusCode());
        answers.forEach((kind, status) -> assertEquals(401, status, kind));
    }

    private static String shortLivedToken() {
        Keycloak.adminCreate("/realms/shegong/clients", """
                {"clientId": "it-short-lived", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "2"},
                 "protocolMappers": [
                   {"name": "audience portal", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                    "config": {"included.client.audience": "portal", "access.token.claim": "true"}},
                   {"name": "groups", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-realm-role-mapper",
                    "config": {"claim.name": "groups", "multivalued": "true", "access.token.claim": "true", "jsonType.label": "String"}},
                   {"name": "tenant", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
                    "config": {"user.attribute": "tenant", "claim.name": "tenant", "access.token.claim": "true", "jsonType.label": "String"}}]}
                """);
        return Keycloak.token(Keycloak.issuer(), Map.of("grant_type", "password", "client_id", "it-short-lived",
                "username", "laojunying.worker", "password", Keycloak.PASSWORD));
    }

    private static String otherRealmToken() {
        Keycloak.adminCreate("/realms", """
                {"realm": "other", "enabled": true,
                 "clients": [{"clientId": "portal", "publicClient": true, "directAccessGrantsEnabled": true,
                   "protocolMappers": [{"name": "audience portal", "protocol": "openid-connect",
                     "protocolMapper": "oidc-audience-mapper",
                     "config": {"included.client.audience": "portal", "access.token.claim": "true"}}]}],
                 "users": [{"username": "intruder", "enabled": true, "emailVerified": true, "firstName": "Ex",
                   "lastName": "Ample", "email": "intruder@demo.shegong.local",
                   "credentials": [{"type": "password", "value": "demo", "temporary": false}]}]}
                """);
        return Keycloak.token(Keycloak.baseUrl() + "/realms/other", Map.of("grant_type", "password",
                "client_id", "portal", "username", "intruder", "password", "demo"));
    }

    private static String alterSignature(String jwt) {
        int dot = jwt.lastIndexOf('.');
        char[] signature = jwt.substring(dot + 1).toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return jwt.substring(0, dot + 1) + new String(signature);
    }

    private static String unsigned(String jwt) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + jwt.split("\\.")[1] + ".";
    }

    private static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String withPayload(String jwt, String payload) {
        String[] parts = jwt.split("\\.");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static JsonObject first(String listBody) {
        JsonArray list = Keycloak.json("{\"l\":" + listBody + "}").getJsonArray("l");
        assertFalse(list.isEmpty(), "demo data present: " + listBody);
        return list.getJsonObject(0);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
