package org.shegong.platform.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's calls to Keycloak's admin API of its own realm, as the realm's confidential
 * service-account client ({@code shegong-admin}: realm-management's view/query/manage-users and
 * manage-organizations only, nothing of the master realm). Short timeouts: these calls run inside page requests.
 */
@ApplicationScoped
public class KeycloakServiceClient {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

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

    private record ServiceToken(String value, long validUntilNanos) {
        boolean fresh() {
            return System.nanoTime() < validUntilNanos;
        }
    }

    public boolean isConfigured() {
        return keycloakUrl.filter(u -> !u.isBlank()).isPresent() && clientSecret.filter(s -> !s.isBlank()).isPresent();
    }

    /** One admin call under {@code /admin/realms/<realm>}; {@code json} may be null. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl.orElseThrow() + "/admin/realms/" + realm + path))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + serviceToken());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 401) {
            token = null; // revoked or expired early: a new one next time
        }
        return response;
    }

    /** The client-credentials token, kept until shortly before it expires. */
    private String serviceToken() throws IOException, InterruptedException {
        ServiceToken known = token;
        if (known != null && known.fresh()) {
            return known.value();
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId)
                + "&client_secret=" + encode(clientSecret.orElseThrow());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloakUrl.orElseThrow() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the service client got no token: " + response.statusCode());
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        long seconds = Math.max(5, body.getJsonNumber("expires_in").longValue() - 10);
        token = new ServiceToken(body.getString("access_token"), System.nanoTime() + Duration.ofSeconds(seconds).toNanos());
        return token.value();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
