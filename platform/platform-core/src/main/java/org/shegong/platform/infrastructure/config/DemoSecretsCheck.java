package org.shegong.platform.infrastructure.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shegong.platform.infrastructure.crypto.IdNumberCrypto;
import org.shegong.platform.infrastructure.persistence.DatabaseMigration;

/**
 * Refuses to start a server that runs with the secrets shipped in this repository: the demo keys of
 * the ID numbers, the demo password of provisioned accounts, the demo client secret. They are
 * public, so a deployment that forgot to set its own would protect nothing. The run command and the
 * test server say {@value #ALLOW}{@code =true}; nothing else should.
 */
@ApplicationScoped
public class DemoSecretsCheck {

    public static final String ALLOW = "shegong.allow-demo-secrets";

    /** Configuration key → the value shipped with the demo (never a secret of a real deployment). */
    static final Map<String, String> DEMO_VALUES = Map.of(
            IdNumberCrypto.ENCRYPTION_KEY, "ZGVtby1vbmx5LWlkLW51bWJlci1lbmNyeXB0aW9uLSE=",
            IdNumberCrypto.INDEX_KEY, "ZGVtby1vbmx5LWlkLW51bWJlci1ibGluZC1pbmRleCE=",
            "shegong.identity.demo-password", "demo",
            "shegong.oidc.client-secret", "portal-demo-secret",
            "shegong.keycloak.service-client.secret", "shegong-admin-demo-secret",
            // the volunteers module's check-in signing key (its META-INF/microprofile-config.properties):
            // with the shipped one, anyone could sign a check-in code for any shift
            "module.volunteers.check-in-key", "ZGVtby1vbmx5LXZvbHVudGVlci1jaGVjay1pbi1rZXkh");

    private static final Logger LOG = Logger.getLogger(DemoSecretsCheck.class.getName());

    void onStartup(@Observes @Priority(DatabaseMigration.PRIORITY - 50) Startup startup) {
        Config config = ConfigProvider.getConfig();
        List<String> found = demoSecretsIn(name -> config.getOptionalValue(name, String.class));
        if (found.isEmpty()) {
            return;
        }
        if (config.getOptionalValue(ALLOW, Boolean.class).orElse(false)) {
            LOG.warning("Running with the demo secrets " + found + " (" + ALLOW + "=true): a development or test server only.");
            return;
        }
        throw new IllegalStateException("拒绝启动：仍在使用演示密钥/口令 " + found + "。请为每项设置自己的值，或仅在开发/测试中设置 "
                + ALLOW + "=true / refusing to start with the demo secrets " + found
                + ": set your own, or set " + ALLOW + "=true on a development or test server only");
    }

    /** The configuration keys that still hold their demo value, in a stable order. */
    static List<String> demoSecretsIn(Function<String, Optional<String>> config) {
        List<String> found = new ArrayList<>();
        DEMO_VALUES.keySet().stream().sorted().forEach(name -> {
            if (config.apply(name).map(String::strip).filter(DEMO_VALUES.get(name)::equals).isPresent()) {
                found.add(name);
            }
        });
        return found;
    }
}
