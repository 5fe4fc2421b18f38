package org.shegong.platform.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsolatedTenantCacheTest {

    @Test
    void aUnitWhoseTenantsShareTheCacheIsRefusedWithTheLineToFix() {
        Optional<String> refusal = IsolatedTenantCache.refusal(Map.of(IsolatedTenantCache.TENANTS_SHARE_CACHE, "true",
                "eclipselink.session-name", "eldercare"));
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("eldercare") && refusal.get().contains(IsolatedTenantCache.TENANTS_SHARE_CACHE),
                refusal.get());
    }

    @Test
    void theValueIsReadAsPersistenceXmlWritesIt() {
        assertTrue(IsolatedTenantCache.refusal(Map.of(IsolatedTenantCache.TENANTS_SHARE_CACHE, " TRUE ")).isPresent());
        assertTrue(IsolatedTenantCache.refusal(Map.of(IsolatedTenantCache.TENANTS_SHARE_CACHE, Boolean.TRUE)).isPresent());
    }

    @Test
    void anIsolatedOrDefaultUnitIsAccepted() {
        assertEquals(Optional.empty(), IsolatedTenantCache.refusal(Map.of(IsolatedTenantCache.TENANTS_SHARE_CACHE, "false")));
        // EclipseLink's default is an isolated cache for multitenant entities.
        assertEquals(Optional.empty(), IsolatedTenantCache.refusal(Map.of()));
    }
}
