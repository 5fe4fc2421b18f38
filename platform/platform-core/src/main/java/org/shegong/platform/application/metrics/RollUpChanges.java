package org.shegong.platform.application.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.platform.api.event.ActivityDone;
import org.shegong.platform.api.event.FiguresChanged;
import org.shegong.platform.api.event.ModuleSwitched;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.event.ResidentChanged;
import org.shegong.platform.api.event.ResidentMoved;
import org.shegong.platform.api.event.ResidentRegistered;
import org.shegong.platform.api.event.ResidentRemoved;
import org.shegong.platform.api.event.ResidentRestored;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.domain.model.rollup.RollUpStore;

/**
 * Notes, inside the transaction of each change, which street and month the next incremental
 * roll-up refresh must count again: the months an activity was held and marked done in, and for
 * the register's changes every month whose end-of-month snapshot they change. The register counts a
 * person at a month's end in their street (now) when registered (建档日期) by then and not removed
 * by then, so: a registration counts from its registration date's month on — a ledger entered today
 * with a 建档日期 two years back changes every month since; a move changes both streets from the
 * respective registration dates; a removal changes this month; a restore every month since the
 * removal; a corrected registration date the months between the old and the new one. A module's
 * back-dated record ({@link FiguresChanged}: a club's step taken last month) every month since its date. Months before
 * {@link RollUpRefresh#MONTHS_KEPT} are not noted: no refresh counts them.
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

    /** A module's record dated {@code from}: counted in that month, and in every snapshot since. */
    void moduleRecord(@Observes FiguresChanged event) {
        sinceThen(event.tenant().value(), event.streetCode(), event.from());
    }

    void registered(@Observes ResidentRegistered event) {
        sinceThen(event.tenant().value(), event.streetCode(), event.registeredOn());
    }

    void moved(@Observes ResidentMoved event) {
        sinceThen(event.tenant().value(), event.fromStreetCode(), event.registeredOnBefore());
        sinceThen(event.tenant().value(), event.toStreetCode(), event.registeredOn());
    }

    /** A corrected registration date: the months from the earlier of the two dates to the later one. */
    void changed(@Observes ResidentChanged event) {
        LocalDate before = event.registeredOnBefore();
        LocalDate after = event.registeredOn();
        if (before != null && after != null && !before.equals(after)) {
            YearMonth from = YearMonth.from(before.isBefore(after) ? before : after);
            YearMonth to = YearMonth.from(before.isBefore(after) ? after : before);
            months(event.tenant().value(), event.streetCode(), from, to);
        }
    }

    void removed(@Observes ResidentRemoved event) {
        sinceThen(event.tenant().value(), event.streetCode(), null);
    }

    void restored(@Observes ResidentRestored event) {
        sinceThen(event.tenant().value(), event.streetCode(), event.removedOn());
    }

    /** Every month from the one of {@code day} (null: this one) to this one. */
    private void sinceThen(String tenant, String street, LocalDate day) {
        YearMonth now = YearMonth.now(clock);
        months(tenant, street, day == null ? now : YearMonth.from(day), now);
    }

    /** The months from {@code from} to {@code to}, within the months a refresh counts (at most this one). */
    private void months(String tenant, String street, YearMonth from, YearMonth to) {
        if (street == null) {
            return;
        }
        YearMonth now = YearMonth.now(clock);
        YearMonth oldest = now.minusMonths(RollUpRefresh.MONTHS_KEPT - 1L);
        Set<String> noted = BATCH.get();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from.isBefore(oldest) ? oldest : from; !m.isAfter(to) && !m.isAfter(now); m = m.plusMonths(1)) {
            if (noted == null || noted.add(tenant + "|" + street + "|" + m)) {
                months.add(m);
            }
        }
        if (months.size() == 1) {
            store.changed(tenant, street, months.get(0));
        } else {
            store.changed(tenant, street, months);
        }
    }
}
