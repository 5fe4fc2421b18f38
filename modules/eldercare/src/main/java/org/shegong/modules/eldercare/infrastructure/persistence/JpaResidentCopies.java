package org.shegong.modules.eldercare.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shegong.modules.eldercare.domain.model.ResidentCopies;

/**
 * Bulk updates of one resident's records in every elder-care table. EclipseLink confines each to
 * the EntityManager's tenant (measured: bulk UPDATE touches only that tenant's rows); the version
 * goes up, so an edit based on the old copy is refused as a concurrent change.
 */
@ApplicationScoped
public class JpaResidentCopies implements ResidentCopies {

    private static final List<String> ALL = List.of("ElderProfile", "CarePlan", "HomeVisit", "HealthReading",
            "FollowUpTask", "Referral");
    private static final List<String> NAMED = List.of("ElderProfile", "CarePlan", "FollowUpTask", "Referral");

    @Inject
    ElderUnit unit;

    @Override
    public void rename(long residentId, String name) {
        update(NAMED, "residentName", name, residentId);
    }

    @Override
    public void moveTo(long residentId, String streetCode) {
        update(ALL, "streetCode", streetCode, residentId);
    }

    @Override
    public void markRemoved(long residentId, boolean removed) {
        update(ALL, "residentRemoved", removed, residentId);
    }

    private void update(List<String> entities, String attribute, Object value, long residentId) {
        for (String entity : entities) {
            unit.em().createQuery("update " + entity + " e set e." + attribute + " = :v, e.version = e.version + 1 "
                    + "where e.residentId = :r and e." + attribute + " <> :v")
                    .setParameter("v", value).setParameter("r", residentId).executeUpdate();
        }
    }
}
