package org.shegong.platform.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless enough requests have been running for minutes to hold the server's request
 * threads (a loop in a library, a lock never released): then only a restart helps, and saying
 * DOWN lets the platform do it. A request that merely runs long (a big import) is one thread, not all.
 */
@Liveness
@ApplicationScoped
public class RequestThreadsLiveness implements HealthCheck {

    @Inject
    RequestsInFlight inFlight;

    @Inject
    @ConfigProperty(name = "shegong.health.stuck-after-seconds", defaultValue = "180")
    long stuckAfterSeconds;

    @Inject
    @ConfigProperty(name = "shegong.health.stuck-requests", defaultValue = "4")
    long stuckRequests;

    @Override
    public HealthCheckResponse call() {
        long stuck = inFlight.runningLongerThan(stuckAfterSeconds);
        return HealthCheckResponse.named("request-threads").status(stuck < stuckRequests)
                .withData("stuck", stuck).build();
    }
}
