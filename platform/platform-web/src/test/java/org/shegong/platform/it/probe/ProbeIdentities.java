package org.shegong.platform.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.shegong.platform.api.global.GlobalRecords;

/**
 * The probe module's service over its one global record kind, {@code probe.identity}: a person's
 * identity shared by every operator that has the probe on, keyed by a blind index the caller
 * computes. The module reaches the record only through this service.
 */
@ApplicationScoped
public class ProbeIdentities {

    static final String KIND = "probe.identity";

    @Inject
    GlobalRecords records;

    public void register(String blindIndex, String payload) {
        records.put(KIND, blindIndex, payload, "探针登记 probe registration");
    }

    public Optional<String> lookUp(String blindIndex) {
        return records.find(KIND, blindIndex, "探针核对身份 probe identity check").map(r -> r.payload() + "@" + r.createdByTenant());
    }
}
