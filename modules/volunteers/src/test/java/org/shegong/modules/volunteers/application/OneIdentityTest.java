package org.shegong.modules.volunteers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.global.GlobalRecord;
import org.shegong.platform.api.global.GlobalRecords;
import org.shegong.platform.api.tenancy.TenantId;

/** Each operator writes only its own minutes into the person's one identity; the person sees them all. */
class OneIdentityTest {

    final Map<String, String> stored = new HashMap<>();
    String tenant = "hope";

    final OneIdentity identity = new OneIdentity();

    {
        identity.records = new GlobalRecords() {
            @Override
            public void put(String kind, String key, String payload, String purpose) {
                stored.put(kind + "/" + key, payload);
            }

            @Override
            public Optional<GlobalRecord> find(String kind, String key, String purpose) {
                return Optional.ofNullable(stored.get(kind + "/" + key))
                        .map(p -> new GlobalRecord(kind, key, p, "hope", tenant, Instant.EPOCH));
            }

            @Override
            public Optional<GlobalRecord> findPublic(String kind, String key) {
                return Optional.empty();
            }
        };
        identity.tenant = () -> Optional.of(TenantId.of(tenant));
    }

    @Test
    void eachOperatorKeepsItsOwnEntryAndThePersonSeesBoth() {
        identity.recordMinutes("index-1", 60, "test");
        tenant = "huide";
        identity.recordMinutes("index-1", 25, "test");
        assertEquals(Map.of("hope", 60L, "huide", 25L), identity.minutesByOperator("index-1"));
        tenant = "hope";
        identity.recordMinutes("index-1", 90, "test");
        assertEquals(Map.of("hope", 90L, "huide", 25L), identity.minutesByOperator("index-1"), "hope's update leaves huide's");
        assertEquals(Map.of(), identity.minutesByOperator("index-2"));
        assertFalse(stored.get(OneIdentity.KIND + "/index-1").contains("name"), "no personal data in the shared record");
    }
}
