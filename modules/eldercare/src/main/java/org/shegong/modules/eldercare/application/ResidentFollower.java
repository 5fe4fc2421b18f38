package org.shegong.modules.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.shegong.modules.eldercare.domain.model.ResidentCopies;
import org.shegong.platform.api.event.ResidentChanged;
import org.shegong.platform.api.event.ResidentMoved;
import org.shegong.platform.api.event.ResidentRemoved;
import org.shegong.platform.api.event.ResidentRestored;

/**
 * Keeps elder care's records in step with the platform's register, inside the register's own
 * transaction (the events are delivered there): a renamed resident is renamed on every list, a
 * moved one takes their records to the new station — or out of the operator's lists, when no
 * station of the operator serves the new street — and a removed one leaves every list and count
 * until restored. Runs whether or not the module is on for the tenant, so switching it back on
 * shows the truth. A failure here undoes the register's change too: the two never disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResidentFollower {

    @Inject
    ResidentCopies copies;

    void renamed(@Observes ResidentChanged changed) {
        copies.rename(changed.residentId(), changed.name());
    }

    void moved(@Observes ResidentMoved moved) {
        copies.moveTo(moved.residentId(), moved.toStreetCode());
    }

    void removed(@Observes ResidentRemoved removed) {
        copies.markRemoved(removed.residentId(), true);
    }

    void restored(@Observes ResidentRestored restored) {
        copies.markRemoved(restored.residentId(), false);
    }
}
