package org.shegong.platform.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the identity provider (Keycloak) answers, probed cheaply through its public signing keys
 * and remembered for a few seconds, so that neither health checks nor sign-ins hammer a Keycloak
 * that is down. Only one caller probes at a time; the others get the last answer.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    /** How long "answering" is trusted before the next probe. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    /**
     * How long "not answering" is trusted: shorter, because one slow answer on a busy machine would
     * otherwise send every sign-in to the "unavailable" page for the full ten seconds after Keycloak
     * is back.
     */
    static final Duration DOWN_FRESH_FOR = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** What the last probe found; {@code keysSeen} stays true once the keys were ever fetched (the server caches them). */
    public record State(boolean answering, boolean keysSeen, long checkedAtNanos) {
    }

    @Inject
    @ConfigProperty(name = "shegong.oidc.issuer")
    String issuer;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile State state;

    /** The identity provider answered its last probe (probing again if that was long enough ago). */
    public boolean isAnswering() {
        return current().answering();
    }

    /** The realm's signing keys were fetched at least once, so tokens can be checked even while it is away. */
    public boolean keysSeen() {
        return current().keysSeen();
    }

    public State current() {
        State known = state;
        boolean stale = known == null
                || System.nanoTime() - known.checkedAtNanos() > (known.answering() ? FRESH_FOR : DOWN_FRESH_FOR).toNanos();
        if (stale && probing.compareAndSet(false, true)) {
            try {
                boolean answering = probe();
                known = new State(answering, answering || (known != null && known.keysSeen()), System.nanoTime());
                state = known;
            } finally {
                probing.set(false);
            }
        }
        return known != null ? known : new State(false, false, System.nanoTime());
    }

    private boolean probe() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject keys = reader.readObject();
                return keys.containsKey("keys") && !keys.getJsonArray("keys").isEmpty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            // Refused, timed out, not JSON: to the portal all the same, "not answering".
            return false;
        }
    }
}
