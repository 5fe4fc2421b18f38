package org.shegong.platform.api.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a query that lost its connection three times, five seconds apart: while the
 * database is down every request then hangs for ten seconds or more before failing. The server's
 * pool already validates connections and refills itself, so one immediate retry (a stale pooled
 * connection after the database came back) is enough, and an outage is answered at once (503).
 * Every persistence unit names this class as {@code eclipselink.session.customizer}.
 */
public class FailFastOnOutage implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
