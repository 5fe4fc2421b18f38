package org.shegong.platform.application.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.shegong.platform.api.event.ResidentChanged;
import org.shegong.platform.api.event.ResidentMoved;
import org.shegong.platform.api.event.ResidentRegistered;
import org.shegong.platform.api.event.ResidentRemoved;
import org.shegong.platform.api.event.ResidentRestored;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.metrics.RollUpChanges;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.resident.Resident;

/**
 * Announces what happened to a resident, inside the transaction of the change (synchronous CDI
 * events), so every module's copy follows atomically — or the change fails with it. Never carries
 * the ID number.
 */
@ApplicationScoped
public class ResidentEvents {

    @Inject
    TenantContext tenant;

    @Inject
    Event<ResidentRegistered> registered;

    @Inject
    Event<ResidentChanged> changed;

    @Inject
    RollUpChanges rollUps;

    @Inject
    Event<ResidentMoved> moved;

    @Inject
    Event<ResidentRemoved> removed;

    @Inject
    Event<ResidentRestored> restored;

    void registered(Resident r) {
        registered.fire(new ResidentRegistered(tenant.require(), r.getId(), r.getName(), streetOf(r),
                r.getCommunity().getCode(), r.getBirthDate(), r.getRegisteredOn()));
    }

    /**
     * Many residents registered at once (an import), with their ids in the same order: one event
     * each, as by hand, while the roll-up notes are taken once per street and month.
     */
    void registeredAll(List<Resident> residents, List<Long> ids) {
        TenantId t = tenant.require();
        rollUps.together(() -> {
            for (int i = 0; i < residents.size(); i++) {
                Resident r = residents.get(i);
                registered.fire(new ResidentRegistered(t, ids.get(i), r.getName(), streetOf(r), r.getCommunity().getCode(),
                        r.getBirthDate(), r.getRegisteredOn()));
            }
        });
    }

    /**
     * After an update: a move if the street changed; a change if any detail did (a move changes the
     * community and address too, so a move is also a change — observers of both stay simple). Both
     * carry the registration date before the change, which the roll-up notes need.
     */
    void updated(Resident r, String streetBefore, java.time.LocalDate registeredOnBefore, boolean otherDetailsChanged) {
        String street = streetOf(r);
        if (!Objects.equals(streetBefore, street)) {
            moved.fire(new ResidentMoved(tenant.require(), r.getId(), r.getName(), streetBefore, street,
                    r.getCommunity().getCode(), registeredOnBefore, r.getRegisteredOn()));
        }
        if (otherDetailsChanged) {
            changed.fire(new ResidentChanged(tenant.require(), r.getId(), r.getName(), street, registeredOnBefore,
                    r.getRegisteredOn()));
        }
    }

    void removed(Resident r) {
        removed.fire(new ResidentRemoved(tenant.require(), r.getId(), streetOf(r)));
    }

    /** After a restore: {@code removedAt} is when the person had been removed (the restore clears it). */
    void restored(Resident r, java.time.Instant removedAt) {
        restored.fire(new ResidentRestored(tenant.require(), r.getId(), streetOf(r),
                java.time.LocalDate.ofInstant(removedAt, java.time.ZoneId.of("Asia/Shanghai"))));
    }

    static String streetOf(Resident r) {
        return r.getCommunity().getParent().getCode();
    }
}
