package org.shegong.platform.application.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.platform.api.event.ActivityDone;
import org.shegong.platform.api.event.ModuleSwitched;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.event.ResidentMoved;
import org.shegong.platform.api.event.ResidentRegistered;
import org.shegong.platform.api.event.ResidentRemoved;
import org.shegong.platform.api.event.ResidentRestored;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.domain.model.rollup.RollUpStore;

/**
 * Notes, inside the transaction of each change, which street and month the next incremental
 * roll-up refresh must count again: the months an activity was held and marked done in, and the
 * current month for the register's changes (a snapshot counts the register at the month's end).
 */
@ApplicationScoped
public class RollUpChanges {

    /**
     * The notes already written by the batch running on this thread ({@link #together}): an import
     * registers thousands of residents in a few streets, and one note per street and month is what
     * the refresh needs (a note is idempotent within a transaction, so the rest would be round trips).
     */
    private static final ThreadLocal<Set<String>> BATCH = new ThreadLocal<>();

    @Inject
    RollUpStore store;

    /**
     * Runs the work (which fires many events in the caller's transaction, on this thread) noting
     * each street and month once. The notes are written as the events arrive, in the same
     * transaction, as without a batch.
     */
    public void together(Runnable work) {
        if (BATCH.get() != null) {
            work.run();
            return;
        }
        BATCH.set(new java.util.HashSet<>());
        try {
            work.run();
        } finally {
            BATCH.remove();
        }
    }

    @Inject
    Clock clock;

    @Inject
    ActivityRegistry activities;

    @Inject
    ModuleRegistry modules;

    /**
     * A module switched off: its figures leave the operator's rows and the region sums at once (the
     * region rows add every operator up, so they cannot hide one operator's metric when read). A
     * module switched on: the next refresh rebuilds in full, so its earlier months are counted too
     * (for an operator already rolled up the platform runs it at once: {@code CoreModule.countSwitchedOnModule}).
     */
    void moduleSwitched(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) ModuleSwitched event) {
        if (event.on()) {
            store.needsFull(event.tenant().value());
            return;
        }
        modules.find(event.moduleId()).ifPresent(module -> {
            Set<String> metrics = module.metrics().stream().filter(m -> !m.isRatio()).map(MetricDefinition::code)
                    .collect(Collectors.toSet());
            store.forget(event.tenant().value(), metrics);
        });
    }

    /** Activities are counted in the month they were held, which may be before the day they are marked done. */
    void activityDone(@Observes ActivityDone event) {
        store.changed(event.tenant().value(), event.streetCode(), YearMonth.from(event.doneOn()));
        activities.find(event.activityId()).ifPresent(a -> store.changed(event.tenant().value(), event.streetCode(),
                YearMonth.from(a.getHeldOn())));
    }

    void registered(@Observes ResidentRegistered event) {
        thisMonth(event.tenant().value(), event.streetCode());
    }

    void moved(@Observes ResidentMoved event) {
        thisMonth(event.tenant().value(), event.fromStreetCode());
        thisMonth(event.tenant().value(), event.toStreetCode());
    }

    void removed(@Observes ResidentRemoved event) {
        thisMonth(event.tenant().value(), event.streetCode());
    }

    void restored(@Observes ResidentRestored event) {
        thisMonth(event.tenant().value(), event.streetCode());
    }

    private void thisMonth(String tenant, String street) {
        if (street != null) {
            YearMonth month = YearMonth.now(clock);
            Set<String> noted = BATCH.get();
            if (noted == null || noted.add(tenant + "|" + street + "|" + month)) {
                store.changed(tenant, street, month);
            }
        }
    }
}
