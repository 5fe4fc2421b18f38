package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.shegong.platform.domain.model.region.RegionsChanged;

/**
 * Regions' names by id, in memory, for lists that show each row's community (the residents list:
 * one look-up per distinct community of a page).
 *
 * <p>Why here and not through the EntityManager: regions are global, not tenant data (no
 * {@code @Multitenant}, read by every tenant and by civil affairs), so one map serves all tenants;
 * a read-only {@code em.find} per community cost 7–8 % of the list page's CPU (docs/BENCHMARKS.md,
 * figure 3). Regions change only when the region tree is applied ({@code DescriptorWriter}), which
 * fires {@link RegionsChanged}; after that transaction commits the map is dropped and read again on
 * next use. An id missing from the map (a region created since it was read) reads it again too.
 */
@ApplicationScoped
public class RegionNames {

    @PersistenceContext(unitName = TenantEntityManager.UNIT)
    EntityManager em;

    private volatile Map<Long, String> names;
    /** Counts changes, so a read that raced a change does not keep the names from before it. */
    private long changes;

    /** The region's name, or null if there is no region with this id. */
    public String of(long id) {
        Map<Long, String> known = names;
        String name = known == null ? null : known.get(id);
        return name != null ? name : read().get(id);
    }

    void regionsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegionsChanged changed) {
        synchronized (this) {
            changes++;
            names = null;
        }
    }

    private Map<Long, String> read() {
        long before;
        synchronized (this) {
            before = changes;
        }
        Map<Long, String> read = new HashMap<>();
        for (Object[] row : em.createQuery("select r.id, r.name from Region r", Object[].class).getResultList()) {
            read.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        Map<Long, String> unmodifiable = Map.copyOf(read);
        synchronized (this) {
            if (changes == before) {
                names = unmodifiable;
            }
        }
        return unmodifiable;
    }
}
