package org.shegong.platform.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.application.identity.AccountLookup;
import org.shegong.platform.application.identity.AccountStanding;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.identity.IdentityRecheck;
import org.shegong.platform.infrastructure.identity.IdentityProviderProbe;

/**
 * A page session's identity over time. The ID token is read once at sign-in and Liberty keeps the
 * login for the whole session, so a person disabled in Keycloak, or given other roles or stations,
 * would keep the old rights until the session ends. Every {@code shegong.session.recheck-seconds}
 * (3 minutes by default) the account is looked up again ({@link IdentityRecheck}); the identity it
 * yields is kept in the session and used instead of the token's. While Keycloak does not answer
 * ({@link IdentityProviderProbe}, remembered for a few seconds), sessions keep their identity and the
 * look-up is retried on a later request, so an outage never signs everyone out.
 */
@ApplicationScoped
public class SessionIdentity {

    private static final Logger LOG = Logger.getLogger(SessionIdentity.class.getName());
    static final String CHECKED_AT = "shegong.identity.checkedAt";
    static final String RENEWED = "shegong.identity.renewed";

    @Inject
    @ConfigProperty(name = "shegong.session.recheck-seconds", defaultValue = "180")
    long recheckSeconds;

    @Inject
    AccountLookup accounts;

    @Inject
    IdentityProviderProbe identityProvider;

    @Inject
    Clock clock;

    /** Marks a session as checked now: its token has just been issued. */
    void signedIn(HttpSession session) {
        session.setAttribute(CHECKED_AT, clock.instant());
        session.removeAttribute(RENEWED);
    }

    /**
     * The identity this session's request acts as, or empty when the account has ended and the
     * session with it. {@code fromToken} is what the sign-in's ID token says.
     */
    Optional<Identity> current(HttpSession session, Identity fromToken) {
        Identity known = session.getAttribute(RENEWED) instanceof Identity renewed
                && renewed.username().equals(fromToken.username()) ? renewed : fromToken;
        Instant checkedAt = session.getAttribute(CHECKED_AT) instanceof Instant at ? at : null;
        Instant now = clock.instant();
        if (!IdentityRecheck.isDue(checkedAt, now, Duration.ofSeconds(Math.max(0, recheckSeconds)))) {
            return Optional.of(known);
        }
        if (!identityProvider.isAnswering()) {
            return Optional.of(known); // retried on a later request, once Keycloak answers again
        }
        AccountStanding standing = accounts.standingOf(fromToken.username());
        if (standing instanceof AccountStanding.Unknown unknown) {
            LOG.fine(() -> "identity of " + fromToken.username() + " not re-checked: " + unknown.why());
            return Optional.of(known);
        }
        Optional<Identity> next = IdentityRecheck.apply(known, standing);
        if (next.isPresent()) {
            session.setAttribute(CHECKED_AT, now);
            session.setAttribute(RENEWED, next.get());
        }
        return next;
    }
}
