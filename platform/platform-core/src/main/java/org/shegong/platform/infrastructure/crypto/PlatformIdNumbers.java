package org.shegong.platform.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import org.shegong.platform.api.records.IdNumbers;
import org.shegong.platform.domain.model.resident.IdNumber;

/** The register's own rules and keys ({@link IdNumber}, {@link IdNumberCrypto}) handed to modules. */
@ApplicationScoped
public class PlatformIdNumbers implements IdNumbers {

    @Override
    public String checked(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new org.shegong.platform.api.records.Refusal("idNumber.refused.required");
        }
        // Full-width digits and Ｘ, and spaces typed between groups, say the same number.
        return IdNumber.of(Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0\\u200b]", "")).value();
    }

    @Override
    public String encrypt(String checked) {
        return IdNumberCrypto.configured().encrypt(IdNumber.of(checked).value());
    }

    @Override
    public String decrypt(String stored) {
        return IdNumberCrypto.configured().decrypt(stored);
    }

    @Override
    public String blindIndex(String checked) {
        return IdNumberCrypto.configured().blindIndex(IdNumber.of(checked).value());
    }

    @Override
    public String masked(String checked) {
        return IdNumber.of(checked).masked();
    }
}
