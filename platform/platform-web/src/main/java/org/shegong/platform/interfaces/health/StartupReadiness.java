package org.shegong.platform.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.shegong.platform.application.health.StartupProgress;

/** Ready only once the schema is migrated and the tenants are provisioned. */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @Inject
    StartupProgress progress;

    @Override
    public HealthCheckResponse call() {
        Optional<String> notReady = progress.notReadyBecause();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("startup").status(notReady.isEmpty());
        notReady.ifPresent(reason -> response.withData("reason", reason));
        return response.build();
    }
}
