package org.shegong.platform.infrastructure.persistence;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import jakarta.persistence.EntityManagerFactory;

/**
 * The rule that keeps tenants' cached rows apart: a persistence unit whose tenants share the
 * second-level cache is refused on its first use. Measured here: with a shared cache, {@code find},
 * {@code getReference} and JPQL by id returned another tenant's row, and {@code merge} changed it.
 * One forgotten line in a module's persistence.xml must stop the application, not leak quietly.
 */
final class IsolatedTenantCache {

    static final String TENANTS_SHARE_CACHE = "eclipselink.multitenant.tenants-share-cache";

    /** Units already found sound: the check runs once per unit, not on every request. */
    private static final Set<EntityManagerFactory> SOUND = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private IsolatedTenantCache() {
    }

    /** Throws with the reason if the unit lets tenants share its cache. */
    static void require(EntityManagerFactory unit) {
        if (SOUND.contains(unit)) {
            return;
        }
        Optional<String> refusal = refusal(unit.getProperties());
        if (refusal.isPresent()) {
            throw new IllegalStateException(refusal.get());
        }
        SOUND.add(unit);
    }

    /** Why a unit with these properties must not serve tenant-owned entities, or empty if it may. */
    static Optional<String> refusal(Map<String, Object> properties) {
        Object shareCache = properties.get(TENANTS_SHARE_CACHE);
        if (shareCache != null && Boolean.parseBoolean(shareCache.toString().trim())) {
            Object unit = properties.getOrDefault("eclipselink.session-name", "a persistence unit");
            return Optional.of("Refused " + unit + ": " + TENANTS_SHARE_CACHE + " is true, so one tenant's cached rows "
                    + "would be handed to another (find, getReference, JPQL by id, merge). Set it to false in the "
                    + "unit's persistence.xml.");
        }
        return Optional.empty();
    }
}
