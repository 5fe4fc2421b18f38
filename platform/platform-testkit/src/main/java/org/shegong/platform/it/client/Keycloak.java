package org.shegong.platform.it.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/** The test run's real Keycloak: tokens by password grant, and a few admin calls to set up odd cases. */
public final class Keycloak {

    /** The demo/test realm's client for the password grant (the portal itself has the browser flow only). */
    public static final String CLIENT = "shegong-cli";
    public static final String PASSWORD = "demo";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /**
     * The test run's issuer: failsafe passes it to client-side tests; in-container tests run in the
     * server's JVM, which knows it as its own configuration ({@code shegong.oidc.issuer}). Without
     * the second, an in-container test of a run on other ports would ask the default port's Keycloak.
     */
    public static String issuer() {
        String fromTestRun = System.getProperty("shegong.it.issuer");
        if (fromTestRun != null) {
            return fromTestRun;
        }
        return ConfigProvider.getConfig().getOptionalValue("shegong.oidc.issuer", String.class)
                .orElse("http://localhost:8190/realms/shegong");
    }

    public static String baseUrl() {
        return issuer().substring(0, issuer().indexOf("/realms/"));
    }

    /** An access token of the portal client for a demo user. */
    public static String accessToken(String username) {
        return token(issuer(), Map.of("grant_type", "password", "client_id", CLIENT,
                "username", username, "password", PASSWORD));
    }

    public static String token(String issuer, Map<String, String> form) {
        return tokens(issuer, form).getString("access_token");
    }

    /** The whole token response (access token, and with scope {@code openid} an ID token too). */
    public static JsonObject tokens(String issuer, Map<String, String> form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    /** POSTs JSON to the admin API of the master realm's admin; 409 (already there) counts as done. */
    public static void adminCreate(String path, String json) {
        String admin = token(baseUrl() + "/realms/master",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin" + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (response.statusCode() != 201 && response.statusCode() != 204 && response.statusCode() != 409) {
            throw new IllegalStateException("admin call " + path + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    /** GETs from the admin API as the master realm's admin. */
    public static String adminGet(String path) {
        String admin = token(baseUrl() + "/realms/master",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin" + path))
                .header("Authorization", "Bearer " + admin).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("admin call " + path + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /**
     * Any admin call (PUT, DELETE with a body …) as the master realm's admin, for tests that change
     * an account while its person is signed in; a 2xx is expected.
     */
    public static String admin(String method, String path, String json) {
        String admin = token(baseUrl() + "/realms/master",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin" + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("admin call " + method + " " + path + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The id of a user of the shegong realm. */
    public static String userId(String username) {
        return Json.createReader(new StringReader(adminGet("/realms/shegong/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)))).readArray().getJsonObject(0).getString("id");
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public static HttpResponse<String> sendGet(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
