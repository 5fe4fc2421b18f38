package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The module's configuration, all under {@code module.volunteers.*}. */
@ApplicationScoped
public class VolunteersSettings {

    @Inject
    @ConfigProperty(name = "module.volunteers.check-in-key")
    String checkInKey;

    @Inject
    @ConfigProperty(name = "module.volunteers.default-grace-minutes", defaultValue = "15")
    int defaultGraceMinutes;

    /** The HMAC key of check-in codes; at least 32 bytes, or the module refuses to sign anything. */
    byte[] checkInKey() {
        byte[] key = Base64.getDecoder().decode(checkInKey.strip());
        if (key.length < 32) {
            throw new IllegalStateException("module.volunteers.check-in-key must be at least 32 bytes (base64)");
        }
        return key;
    }

    Duration defaultGrace() {
        return Duration.ofMinutes(defaultGraceMinutes);
    }
}
