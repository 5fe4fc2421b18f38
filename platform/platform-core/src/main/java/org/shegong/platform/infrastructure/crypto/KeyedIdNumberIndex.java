package org.shegong.platform.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.IdNumberIndex;

@ApplicationScoped
public class KeyedIdNumberIndex implements IdNumberIndex {

    @Override
    public String of(IdNumber idNumber) {
        return IdNumberCrypto.configured().blindIndex(idNumber.value());
    }
}
