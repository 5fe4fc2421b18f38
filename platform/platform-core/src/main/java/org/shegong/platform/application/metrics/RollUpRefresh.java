package org.shegong.platform.application.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.shegong.platform.api.module.MetricCounter;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.contracts.ContractProgress;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.domain.model.rollup.RollUpRow;
import org.shegong.platform.domain.model.rollup.RollUpStore;

/**
 * Builds the current operator's roll-ups from its enabled modules' metric counters (the SPI), month
 * by month for every street it holds or held a contract for (within the contract's months, at most
 * {@link #MONTHS_KEPT} back). Distinct-person metrics are also counted over each touched calendar
 * quarter and year. Ratios are not stored: dashboards divide their parts.
 *
 * <ul>
 * <li>{@link #changes()}: the months the platform's events marked as changed since the last run
 * (activities done, residents registered, moved, removed, restored — {@link RollUpChanges}) plus the
 * current month at every street, which also catches what modules recorded this month;</li>
 * <li>{@link #full()}: every month again, replacing the operator's rows (a module switched on, a
 * back-dated record a module wrote without an event).</li>
 * </ul>
 * Either way the store writes only the figures that changed and adds their differences to the
 * region rows above them ({@link RollUpStore#put}), so a refresh after a few new records touches a
 * few rows. Counting asks each metric once per unbroken run of months over all streets at once
 * ({@link MetricCounter#countPerStreetAndMonth}); the platform's activities answer that in one
 * GROUP BY street and month, a module's counter that answers only per period is asked month by month.
 * Runs inside the operator's tenant (the roll-up job, through {@code TenantWork}), in one
 * transaction: rows and the taken changes are written together or not at all.
 */
@ApplicationScoped
public class RollUpRefresh {

    /** How far back roll-ups go: three years, the longest period a dashboard shows. */
    public static final int MONTHS_KEPT = 36;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantContext tenantContext;

    @Inject
    ContractRepository contracts;

    @Inject
    RollUpStore store;

    @Inject
    Clock clock;

    /** A full rebuild at least once a day keeps what no event announces from drifting for long. */
    public static final java.time.Duration FULL_EVERY = java.time.Duration.ofDays(1);

    /** What the roll-up job does for the operator: a full rebuild when none is recent, else the changes. */
    @Transactional
    public int due() {
        TenantId tenant = tenantContext.require();
        boolean stale = store.lastFull(tenant.value()).map(at -> at.plus(FULL_EVERY).isBefore(clock.instant())).orElse(true);
        return stale ? full() : changes();
    }

    /** The changed months and the current month; returns the rows written. */
    @Transactional
    public int changes() {
        TenantId tenant = tenantContext.require();
        Map<String, Set<YearMonth>> heldMonths = heldMonths(tenant);
        Map<String, Set<YearMonth>> todo = new TreeMap<>();
        YearMonth now = YearMonth.now(clock);
        store.takeChanges(tenant.value()).forEach((street, months) -> months.stream()
                .filter(m -> heldMonths.getOrDefault(street, Set.of()).contains(m))
                .forEach(m -> todo.computeIfAbsent(street, k -> new TreeSet<>()).add(m)));
        heldMonths.forEach((street, months) -> {
            if (months.contains(now)) {
                todo.computeIfAbsent(street, k -> new TreeSet<>()).add(now);
            }
        });
        List<RollUpRow> rows = count(tenant, todo);
        store.put(rows);
        store.refreshed(tenant.value(), false);
        return rows.size();
    }

    /** Every month again; returns the rows written. */
    @Transactional
    public int full() {
        TenantId tenant = tenantContext.require();
        store.takeChanges(tenant.value());
        List<RollUpRow> rows = count(tenant, heldMonths(tenant));
        store.replace(tenant.value(), rows);
        store.refreshed(tenant.value(), true);
        return rows.size();
    }

    /** The months of each street the operator held a contract in, up to this month, at most three years back. */
    private Map<String, Set<YearMonth>> heldMonths(TenantId tenant) {
        YearMonth now = YearMonth.now(clock);
        YearMonth oldest = now.minusMonths(MONTHS_KEPT - 1L);
        Map<String, Set<YearMonth>> held = new TreeMap<>();
        for (Contract contract : contracts.heldBy(tenant)) {
            YearMonth first = YearMonth.from(contract.getStartsOn());
            YearMonth last = YearMonth.from(contract.getEndsOn());
            Set<YearMonth> months = held.computeIfAbsent(contract.getStation().getStreet().getCode(), k -> new TreeSet<>());
            for (YearMonth m = first.isBefore(oldest) ? oldest : first; !m.isAfter(last) && !m.isAfter(now); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return held;
    }

    /**
     * Counts the asked (street, month) cells: per metric, one {@link MetricCounter#countPerStreetAndMonth}
     * call per unbroken run of asked months over all asked streets (a full rebuild: one call per
     * metric; a counter that groups by month answers it in one query, others month by month), the
     * answers outside the asked cells dropped. Distinct persons also per touched quarter and year.
     */
    private List<RollUpRow> count(TenantId tenant, Map<String, Set<YearMonth>> todo) {
        Set<YearMonth> asked = new TreeSet<>();
        todo.values().forEach(asked::addAll);
        List<MetricDefinition> counted = modules.metricsFor(Optional.of(tenant)).values().stream()
                .filter(m -> !m.isRatio()).toList();
        List<RollUpRow> rows = new ArrayList<>();
        for (MetricDefinition metric : counted) {
            for (ReportPeriod run : runs(asked)) {
                Set<String> streets = new TreeSet<>();
                todo.forEach((street, months) -> {
                    if (months.stream().anyMatch(run::contains)) {
                        streets.add(street);
                    }
                });
                Map<String, Map<YearMonth, Long>> counts = metric.counter().countPerStreetAndMonth(streets, run.from(), run.to());
                for (String street : streets) {
                    for (YearMonth month : todo.get(street)) {
                        if (run.contains(month)) {
                            rows.add(new RollUpRow(tenant.value(), street, metric.code(), month, 1,
                                    counts.getOrDefault(street, Map.of()).getOrDefault(month, 0L)));
                        }
                    }
                }
            }
        }
        Map<ReportPeriod, Set<String>> windows = new TreeMap<>(java.util.Comparator.comparing(ReportPeriod::from)
                .thenComparing(ReportPeriod::to));
        todo.forEach((street, months) -> months.forEach(month -> {
            windows.computeIfAbsent(ReportPeriod.quarterOf(month), k -> new TreeSet<>()).add(street);
            windows.computeIfAbsent(ReportPeriod.year(month.getYear()), k -> new TreeSet<>()).add(street);
        }));
        contractYearsSoFar(tenant, todo).forEach((window, streets) -> windows.computeIfAbsent(window, k -> new TreeSet<>())
                .addAll(streets));
        windows.forEach((window, streets) -> {
            for (MetricDefinition metric : counted) {
                if (metric.kind() == MetricKind.DISTINCT_PERSONS_IN_PERIOD) {
                    rows.addAll(rows(tenant, metric, streets, window));
                }
            }
        });
        return rows;
    }

    /**
     * The current contract year so far of each of the operator's contracts in force, at the streets
     * counted this month: a window of its own for distinct persons, so a contract line's "people
     * served this contract year" is exact, as the contract progress counts it, not months added up
     * (the dashboards read it for the operators' lines only: a region's row of such a window would
     * add up only the streets whose contract years share it). Recounted at every refresh, as the
     * current month always is. A contract year starting within a month is left to the months
     * added up (marked as at most): a window counts whole months.
     */
    private Map<ReportPeriod, Set<String>> contractYearsSoFar(TenantId tenant, Map<String, Set<YearMonth>> todo) {
        LocalDate today = LocalDate.now(clock);
        YearMonth now = YearMonth.from(today);
        Map<ReportPeriod, Set<String>> windows = new TreeMap<>(java.util.Comparator.comparing(ReportPeriod::from)
                .thenComparing(ReportPeriod::to));
        for (Contract contract : contracts.heldBy(tenant)) {
            String street = contract.getStation().getStreet().getCode();
            if (!contract.isInForceOn(today) || !todo.getOrDefault(street, Set.of()).contains(now)) {
                continue;
            }
            LocalDate yearStarts = ContractProgress.contractYearStart(contract, today);
            ReportPeriod soFar = new ReportPeriod(YearMonth.from(yearStarts), now);
            if (yearStarts.getDayOfMonth() == 1 && soFar.window().isEmpty()) {
                windows.computeIfAbsent(soFar, k -> new TreeSet<>()).add(street);
            }
        }
        return windows;
    }

    /** The asked months as unbroken runs (at most {@link ReportPeriod#MAX_MONTHS} each). */
    static List<ReportPeriod> runs(Set<YearMonth> months) {
        List<ReportPeriod> runs = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (YearMonth m : new TreeSet<>(months)) {
            if (first != null && m.equals(last.plusMonths(1)) && !first.plusMonths(ReportPeriod.MAX_MONTHS - 1L).isBefore(m)) {
                last = m;
                continue;
            }
            if (first != null) {
                runs.add(new ReportPeriod(first, last));
            }
            first = m;
            last = m;
        }
        if (first != null) {
            runs.add(new ReportPeriod(first, last));
        }
        return runs;
    }

    /** One row per asked street (0 where the counter left a street out), so a recount overwrites an old figure. */
    private static List<RollUpRow> rows(TenantId tenant, MetricDefinition metric, Set<String> streets, ReportPeriod period) {
        LocalDate from = period.firstDay();
        LocalDate to = period.lastDay();
        Map<String, Long> counts = metric.counter().countPerStreet(streets, from, to);
        List<RollUpRow> rows = new ArrayList<>();
        for (String street : streets) {
            rows.add(new RollUpRow(tenant.value(), street, metric.code(), period.from(), period.length(),
                    counts.getOrDefault(street, 0L)));
        }
        return rows;
    }
}
