package org.shegong.platform.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule for page sessions, whose identity comes from the ID token read once at sign-in: at most
 * every {@code interval} the account is looked up again. A disabled or deleted account ends the
 * session; new roles, stations or region replace the old ones; an account that now belongs to
 * another operator ends the session too (a session never changes tenant). When the provider does
 * not answer, the session keeps its identity and the check is retried: a short Keycloak outage
 * must not sign everyone out.
 */
public final class IdentityRecheck {

    private IdentityRecheck() {
    }

    /** Whether a session last checked at {@code checkedAt} is due for a look-up at {@code now}. */
    public static boolean isDue(Instant checkedAt, Instant now, Duration interval) {
        return checkedAt == null || !now.isBefore(checkedAt.plus(interval));
    }

    /**
     * The identity the session goes on with, or empty when it must end. {@code Unknown} keeps the
     * identity as it was (the caller retries later).
     */
    public static Optional<Identity> apply(Identity signedIn, AccountStanding standing) {
        if (standing instanceof AccountStanding.Active now) {
            if (!now.tenant().equals(signedIn.tenant())) {
                return Optional.empty();
            }
            return Optional.of(new Identity(signedIn.username(), signedIn.displayName(), now.roles(), now.tenant(),
                    now.stations(), now.region()));
        }
        if (standing instanceof AccountStanding.Unknown) {
            return Optional.of(signedIn);
        }
        return Optional.empty();
    }
}
