package org.shegong.platform.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.shegong.platform.infrastructure.identity.IdentityProviderProbe;

/**
 * Ready once the identity provider's signing keys have been seen: with them the server checks
 * tokens and serves signed-in people even while Keycloak is briefly away (reported as data, not
 * as DOWN, because taking every server out of service would turn a sign-in outage into a full one).
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    @Inject
    IdentityProviderProbe identityProvider;

    @Override
    public HealthCheckResponse call() {
        IdentityProviderProbe.State state = identityProvider.current();
        return HealthCheckResponse.named("identity-provider").status(state.keysSeen())
                .withData("answering", state.answering()).build();
    }
}
