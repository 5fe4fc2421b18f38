package org.shegong.platform.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 10 item 11: the shipped demo secrets are recognised, a deployment's own values are not. */
class DemoSecretsCheckTest {

    @Test
    void everyShippedDemoSecretIsFound() {
        Map<String, String> config = new HashMap<>(DemoSecretsCheck.DEMO_VALUES);
        assertEquals(List.of("module.volunteers.check-in-key", "shegong.crypto.id-number-index-key", "shegong.crypto.id-number-key",
                "shegong.identity.demo-password", "shegong.keycloak.service-client.secret", "shegong.oidc.client-secret"),
                DemoSecretsCheck.demoSecretsIn(name -> Optional.ofNullable(config.get(name))));
    }

    @Test
    void ownValuesAndUnsetValuesPass() {
        Map<String, String> config = Map.of(
                "shegong.crypto.id-number-key", "bXktb3duLWtleS1vZi0zMi1ieXRlcy1leGFjdGx5ISE=",
                "shegong.crypto.id-number-index-key", "YW5vdGhlci1rZXktb2YtMzItYnl0ZXMtZXhhY3RseSE=",
                "shegong.oidc.client-secret", "a-real-secret");
        assertEquals(List.of(), DemoSecretsCheck.demoSecretsIn(name -> Optional.ofNullable(config.get(name))));
    }

    @Test
    void oneForgottenKeyIsEnough() {
        Map<String, String> config = Map.of("shegong.crypto.id-number-key", " ZGVtby1vbmx5LWlkLW51bWJlci1lbmNyeXB0aW9uLSE= ",
                "shegong.oidc.client-secret", "a-real-secret");
        assertEquals(List.of("shegong.crypto.id-number-key"),
                DemoSecretsCheck.demoSecretsIn(name -> Optional.ofNullable(config.get(name))));
    }
}
