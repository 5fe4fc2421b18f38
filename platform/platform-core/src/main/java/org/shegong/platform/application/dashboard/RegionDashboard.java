package org.shegong.platform.application.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.contracts.ContractProgress;
import org.shegong.platform.application.dashboard.DashboardView.Coverage;
import org.shegong.platform.application.dashboard.DashboardView.Indicator;
import org.shegong.platform.application.dashboard.DashboardView.OperatorLine;
import org.shegong.platform.application.dashboard.DashboardView.Place;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.metrics.Cell;
import org.shegong.platform.application.metrics.Figure;
import org.shegong.platform.application.metrics.RollUpRows;
import org.shegong.platform.application.metrics.SmallCounts;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.contract.Pace;
import org.shegong.platform.domain.model.contract.Target;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.region.RegionTree;
import org.shegong.platform.domain.model.rollup.PeriodChange;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.domain.model.rollup.RollUpRow;
import org.shegong.platform.domain.model.rollup.RollUpStore;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;

/**
 * The dashboard of a region for a period, read from roll-ups only (never an operator's records):
 * <ul>
 * <li>civil affairs ({@link #forRegion}): the token's region and anything below it; a region outside
 * it, or unknown, is 404 alike. Every operator's figures; sensitive metrics' small counts hidden
 * ({@link SmallCounts});</li>
 * <li>an operator admin ({@link #forOperator}): the same dashboard over its own streets only, opening
 * at the lowest region above them all (a row per street when they share a district) and reaching up
 * to the top of the tree by the breadcrumb, nothing hidden (its own figures).</li>
 * </ul>
 * Permissions are checked here, not only at the page or route.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionDashboard {

    public static final String KIND = "行政区划 region";

    @Inject
    RegionRepository regions;

    @Inject
    StationRepository stations;

    @Inject
    ContractRepository contracts;

    @Inject
    RollUpStore rollUps;

    @Inject
    ModuleRegistry modules;

    @Inject
    Clock clock;

    /** Civil affairs: {@code regionCode} (or the token's own region when null) within the token's region. */
    public DashboardView forRegion(Identity identity, String regionCode, ReportPeriod period) {
        Access.REGION.check(identity);
        RegionTree tree = treeOfToken(identity);
        // The tree holds the token's region and below (no communities): anything else is unknown alike.
        Region region = regionCode == null || regionCode.isBlank() ? tree.top() : tree.find(regionCode)
                .orElseThrow(() -> new RecordNotFoundException(KIND, regionCode));
        return view(tree, region, period, street -> true, Optional.empty(), null);
    }

    /**
     * Civil affairs: every station within the token's region with its operator (contract in force
     * today) and its residents (at the period's end) and activities done (in the period), from the
     * streets' region rows, hidden as the dashboard hides them. Street order.
     */
    public List<StationLine> stations(Identity identity, ReportPeriod period) {
        Access.REGION.check(identity);
        RegionTree tree = treeOfToken(identity);
        List<Station> inRegion = stations.all().stream().filter(s -> tree.find(s.getStreet().getCode()).isPresent())
                .sorted(java.util.Comparator.comparing((Station s) -> s.getStreet().getCode())).toList();
        Set<String> streets = new TreeSet<>();
        inRegion.forEach(s -> streets.add(s.getStreet().getCode()));
        Map<String, Contract> inForce = contracts.inForceAt(streets, LocalDate.now(clock));
        Map<String, MetricDefinition> all = metricsByCode();
        Map<String, List<RollUpRow>> byMetric = new HashMap<>();
        if (!streets.isEmpty()) {
            for (RollUpRow row : rollUps.regionRows(streets, period.from(), period.to())) {
                byMetric.computeIfAbsent(row.metric(), k -> new ArrayList<>()).add(row);
            }
        }
        List<StationLine> lines = new ArrayList<>();
        for (Station station : inRegion) {
            String street = station.getStreet().getCode();
            Contract contract = inForce.get(street);
            lines.add(new StationLine(street, station.getStreet().getName(), station.getName(),
                    contract == null ? null : contract.getOperator().getName(),
                    stationCell(all.get("residents"), byMetric, street, period),
                    stationCell(all.get("activities"), byMetric, street, period)));
        }
        return lines;
    }

    /** The token's region and everything below it to the streets, in one read. */
    private RegionTree treeOfToken(Identity identity) {
        Region root = regions.findByCode(identity.region().orElseThrow())
                .orElseThrow(() -> new RecordNotFoundException(KIND, identity.region().orElseThrow()));
        return regions.treeUnder(root);
    }

    private static Cell stationCell(MetricDefinition metric, Map<String, List<RollUpRow>> byMetric, String street,
                                    ReportPeriod period) {
        if (metric == null) {
            return Cell.of(Figure.count(MetricKind.EVENTS_IN_PERIOD, 0), false);
        }
        Counted c = figure(metric, Map.of(metric.code(), metric), byMetric, Set.of(street), period);
        return metric.sensitive() ? SmallCounts.cell(c.figure(), c.upperBound()) : Cell.of(c.figure(), c.upperBound());
    }

    /** An operator admin: its own streets, from the lowest region above them all ({@code regionCode} null) down. */
    public DashboardView forOperator(Identity identity, String regionCode, ReportPeriod period) {
        Access.OPERATOR.check(identity);
        TenantId tenant = identity.tenant().orElseThrow();
        Set<String> own = new TreeSet<>();
        Region top = null;
        String operatorName = null;
        for (Contract contract : contracts.heldBy(tenant)) {
            operatorName = contract.getOperator().getName();
            Region street = contract.getStation().getStreet();
            own.add(street.getCode());
            Region r = street;
            while (r.getParent() != null) {
                r = r.getParent();
            }
            top = r;
        }
        if (top == null) {
            throw new RecordNotFoundException(KIND, regionCode == null ? "-" : regionCode);
        }
        RegionTree tree = regions.treeUnder(top);
        Region region = regionCode == null || regionCode.isBlank() ? ownStart(tree, top, own) : tree.find(regionCode)
                .filter(r -> tree.streetsUnder(r).stream().anyMatch(s -> own.contains(s.getCode())))
                .orElseThrow(() -> new RecordNotFoundException(KIND, regionCode));
        return view(tree, region, period, own::contains, Optional.of(tenant), operatorName);
    }

    /**
     * Where an operator's dashboard opens: the lowest region above all its streets, so its by-region
     * table has a row per street it runs (迎泽区's 老军营 and 迎泽街道 for 希望), not the province with the
     * one city row its streets share (the same figures as the total). From the top, down while a
     * single child holds all its streets and is not a street itself; the breadcrumb still leads up.
     */
    private static Region ownStart(RegionTree tree, Region top, Set<String> own) {
        Region region = top;
        while (true) {
            List<Region> holding = tree.children(region).stream()
                    .filter(c -> tree.streetsUnder(c).stream().anyMatch(s -> own.contains(s.getCode()))).toList();
            if (holding.size() != 1 || holding.get(0).getLevel().isStreetLevel()) {
                return region;
            }
            region = holding.get(0);
        }
    }

    private DashboardView view(RegionTree tree, Region region, ReportPeriod period, Predicate<String> streetShown,
                               Optional<TenantId> operator, String operatorName) {
        boolean suppress = operator.isEmpty();
        List<Region> childRegions = tree.children(region);
        // What each figure adds up: civil affairs reads the regions' pre-summed rows (every operator,
        // O(regions in view x months)); an operator its own streets' rows (a handful of streets).
        Map<Region, Set<String>> childStreets = new LinkedHashMap<>();
        Set<String> streets = codes(tree.streetsUnder(region), streetShown);
        // The streets each figure adds up, whatever rows it reads: whom it counts and whom not.
        List<Set<String>> streetsOfChildren = new ArrayList<>();
        Set<String> total;
        List<RollUpRow> rows;
        ReportPeriod previous = period.previous();
        Map<String, List<RollUpRow>> byMetric = new HashMap<>();
        if (operator.isEmpty()) {
            for (Region child : childRegions) {
                childStreets.put(child, Set.of(child.getCode()));
                streetsOfChildren.add(codes(tree.streetsUnder(child), streetShown));
            }
            total = Set.of(region.getCode());
            Set<String> inView = new TreeSet<>(total);
            childRegions.forEach(c -> inView.add(c.getCode()));
            rows = rollUps.regionRows(inView, previous.from(), period.to());
            for (RollUpRow row : rows) {
                byMetric.computeIfAbsent(row.metric(), k -> new ArrayList<>()).add(row);
            }
        } else {
            for (Region child : childRegions) {
                Set<String> own = codes(tree.streetsUnder(child), streetShown);
                if (!own.isEmpty()) {
                    childStreets.put(child, own);
                    streetsOfChildren.add(own);
                }
            }
            total = streets;
            rows = rollUps.rowsOf(operator.get().value(), streets, previous.from(), period.to());
            // A switched-off module's figures are hidden at once (its rows go at the switch).
            Set<String> enabled = modules.metricsFor(operator).keySet();
            for (RollUpRow row : rows) {
                if (enabled.contains(row.metric())) {
                    byMetric.computeIfAbsent(row.metric(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        Map<String, Contract> inForce = contracts.inForceAt(streets, LocalDate.now(clock));
        EnabledMetrics enabled = new EnabledMetrics();
        List<Indicator> indicators = new ArrayList<>();
        for (Map.Entry<MetricDefinition, String> entry : metricsShown(operator).entrySet()) {
            Indicator indicator = indicator(entry.getKey(), entry.getValue(), metricsByCode(), byMetric, total, childStreets,
                    period, suppress);
            indicators.add(notCounted(indicator, streetsOfChildren, streets, inForce, enabled));
        }
        List<Place> children = childStreets.keySet().stream().map(c -> place(c)).toList();
        java.time.Instant refreshedAt = operator.isEmpty() ? rollUps.lastRefreshedIn(region.getCode()).orElse(null)
                : rows.isEmpty() ? null : rollUps.lastRefreshed(Set.of(operator.get().value())).orElse(null);
        return new DashboardView(place(region), tree.pathTo(region).stream().map(RegionDashboard::place).toList(), period, previous,
                refreshedAt, suppress, children, indicators,
                coverage(streets, period, inForce, operator), operatorLines(inForce, operator, suppress, enabled), operatorName);
    }

    /**
     * The metric codes each operator has on (its switched-on modules'), asked once per operator per
     * view: what the by-region table and the operators' lines both go by.
     */
    private final class EnabledMetrics {

        private final Map<TenantId, Set<String>> byTenant = new HashMap<>();

        boolean counts(Contract contract, String metric) {
            TenantId tenant = contract.getOperator().tenantId();
            return byTenant.computeIfAbsent(tenant, t -> modules.metricsFor(Optional.of(t)).keySet()).contains(metric);
        }
    }

    /**
     * A street whose operator (contract in force today) has the metric's module off does not count it:
     * its cell is "not counted", never a 0 read as "served nobody"; a region adding up streets of which
     * only some count it says over how many (its figure is theirs: a switched-off module's rows are gone,
     * {@code RollUpChanges}). A figure still there (an earlier operator's, in a past period) is shown.
     * The cells replaced are 0 and never hidden, so suppression is untouched.
     */
    private static Indicator notCounted(Indicator indicator, List<Set<String>> streetsOfChildren, Set<String> streets,
                                        Map<String, Contract> inForce, EnabledMetrics enabled) {
        java.util.function.ToIntFunction<Set<String>> counting = codes -> (int) codes.stream()
                .filter(s -> inForce.get(s) == null || enabled.counts(inForce.get(s), indicator.code())).count();
        List<Cell> byChild = new ArrayList<>();
        for (int i = 0; i < streetsOfChildren.size(); i++) {
            byChild.add(marked(indicator.byChild().get(i), counting.applyAsInt(streetsOfChildren.get(i)), streetsOfChildren.get(i).size()));
        }
        int counted = counting.applyAsInt(streets);
        Cell value = marked(indicator.value(), counted, streets.size());
        byChild.add(value);
        if (!value.notCounted()) {
            return new Indicator(indicator.code(), indicator.labelKey(), indicator.moduleId(), indicator.kind(), indicator.sensitive(),
                    value, indicator.previous(), indicator.change(), indicator.months(), indicator.trend(), byChild);
        }
        // Nowhere counted: nor the months, nor the period before, and so no change either.
        List<Cell> trend = indicator.trend().stream().map(c -> marked(c, 0, streets.size())).toList();
        return new Indicator(indicator.code(), indicator.labelKey(), indicator.moduleId(), indicator.kind(), indicator.sensitive(),
                value, marked(indicator.previous(), 0, streets.size()), PeriodChange.NONE, indicator.months(), trend, byChild);
    }

    private static Cell marked(Cell cell, int counted, int of) {
        if (counted == of || cell.suppressed()) {
            return cell;
        }
        if (counted == 0) {
            return cell.shown() != null && cell.shown() != 0 ? cell : Cell.uncounted(cell.percent());
        }
        return cell.over(counted, of);
    }

    private Indicator indicator(MetricDefinition metric, String moduleId, Map<String, MetricDefinition> all,
                                Map<String, List<RollUpRow>> byMetric, Set<String> streets, Map<Region, Set<String>> childStreets,
                                ReportPeriod period, boolean suppress) {
        boolean hide = suppress && metric.sensitive();
        List<Figure> childFigures = new ArrayList<>();
        List<Boolean> childBounds = new ArrayList<>();
        for (Set<String> child : childStreets.values()) {
            Counted c = figure(metric, all, byMetric, child, period);
            childFigures.add(c.figure());
            childBounds.add(c.upperBound());
        }
        Counted total = figure(metric, all, byMetric, streets, period);
        List<Cell> byChild = line(childFigures, total, childBounds, hide);
        List<YearMonth> months = period.months();
        List<Figure> monthFigures = new ArrayList<>();
        for (YearMonth month : months) {
            monthFigures.add(figure(metric, all, byMetric, streets, ReportPeriod.month(month)).figure());
        }
        List<Cell> trend = line(monthFigures, total, Collections.nCopies(months.size(), false), hide);
        trend = trend.subList(0, months.size());
        Cell value = byChild.get(byChild.size() - 1);
        Counted before = figure(metric, all, byMetric, streets, period.previous());
        Cell previous = hide ? SmallCounts.cell(before.figure(), before.upperBound()) : Cell.of(before.figure(), before.upperBound());
        // A hidden figure has no change either: the change and the other figure would give it away.
        PeriodChange change = value.suppressed() || previous.suppressed() ? PeriodChange.NONE
                : metric.isRatio() ? PeriodChange.ofShares(total.figure().count(), total.figure().denominator(),
                        before.figure().count(), before.figure().denominator())
                : PeriodChange.ofCounts(total.figure().value(), before.figure().value());
        return new Indicator(metric.code(), metric.labelKey(), moduleId, metric.kind(), metric.sensitive(), value, previous,
                change, months, trend, byChild);
    }

    private static List<Cell> line(List<Figure> parts, Counted total, List<Boolean> bounds, boolean hide) {
        if (hide) {
            return SmallCounts.line(parts, total.figure(), bounds, total.upperBound());
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            cells.add(Cell.of(parts.get(i), bounds.get(i)));
        }
        cells.add(Cell.of(total.figure(), total.upperBound()));
        return cells;
    }

    private record Counted(Figure figure, boolean upperBound) {
    }

    /** A metric over some streets: a count from its rows, a ratio from its two parts' counts. */
    private static Counted figure(MetricDefinition metric, Map<String, MetricDefinition> all, Map<String, List<RollUpRow>> byMetric,
                                  Set<String> streets, ReportPeriod period) {
        return figure(metric, all, byMetric, streets, period, false);
    }

    /** {@code contractYear}: one operator's street over its contract year so far, whose distinct persons have a window of their own. */
    private static Counted figure(MetricDefinition metric, Map<String, MetricDefinition> all, Map<String, List<RollUpRow>> byMetric,
                                  Set<String> streets, ReportPeriod period, boolean contractYear) {
        if (!metric.isRatio()) {
            RollUpRows.Counted c = count(metric, byMetric, streets, period, contractYear);
            return new Counted(Figure.count(metric.kind(), c.value()), c.upperBound());
        }
        MetricDefinition numerator = all.get(metric.numerator());
        MetricDefinition denominator = all.get(metric.denominator());
        RollUpRows.Counted n = count(numerator, byMetric, streets, period, contractYear);
        RollUpRows.Counted d = count(denominator, byMetric, streets, period, contractYear);
        return new Counted(Figure.ratio(n.value(), d.value()), n.upperBound() || d.upperBound());
    }

    private static RollUpRows.Counted count(MetricDefinition metric, Map<String, List<RollUpRow>> byMetric, Set<String> streets,
                                            ReportPeriod period, boolean contractYear) {
        if (metric == null) {
            return new RollUpRows.Counted(0, false);
        }
        List<RollUpRow> rows = byMetric.getOrDefault(metric.code(), List.of()).stream()
                .filter(r -> streets.contains(r.street())).toList();
        return contractYear ? RollUpRows.countAtStreet(metric.kind(), rows, period) : RollUpRows.count(metric.kind(), rows, period);
    }

    /** The metrics shown, with their module: every module on for some operator (or for this operator). */
    private Map<MetricDefinition, String> metricsShown(Optional<TenantId> operator) {
        Map<MetricDefinition, String> shown = new LinkedHashMap<>();
        List<ShegongModule> platformFirst = modules.all().stream()
                .sorted(java.util.Comparator.comparing((ShegongModule m) -> m.switchable()).thenComparing(ShegongModule::id)).toList();
        for (ShegongModule module : platformFirst) {
            boolean on = operator.map(t -> modules.isEnabled(module, Optional.of(t))).orElseGet(() -> modules.onForAnyTenant(module));
            if (on) {
                module.metrics().forEach(m -> shown.put(m, module.id()));
            }
        }
        return shown;
    }

    private Map<String, MetricDefinition> metricsByCode() {
        Map<String, MetricDefinition> all = new HashMap<>();
        modules.all().forEach(m -> m.metrics().forEach(d -> all.put(d.code(), d)));
        return all;
    }

    /** Coverage on the period's last day (today while it runs): a past year's, not today's, for a past year. */
    private Coverage coverage(Set<String> streets, ReportPeriod period, Map<String, Contract> inForceToday,
                              Optional<TenantId> operator) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.lastDay().isBefore(today) ? period.lastDay() : today;
        Map<String, Contract> inForce = asOf.equals(today) ? inForceToday : contracts.inForceAt(streets, asOf);
        long covered = inForce.values().stream()
                .filter(c -> operator.isEmpty() || c.getOperator().tenantId().equals(operator.get())).count();
        return new Coverage(streets.size(), (int) covered, asOf);
    }

    /** Each contract in force in the region, target by target, measured on the roll-ups over its contract year so far. */
    private List<OperatorLine> operatorLines(Map<String, Contract> inForce, Optional<TenantId> operator,
                                             boolean suppress, EnabledMetrics enabled) {
        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        Map<String, MetricDefinition> all = metricsByCode();
        List<OperatorLine> lines = new ArrayList<>();
        // The contract years' rows of every street with a contract, in one read (a contract year is at most 12 months back).
        Map<String, Map<String, List<RollUpRow>>> rowsByStreet = new HashMap<>();
        if (!inForce.isEmpty()) {
            for (RollUpRow row : rollUps.rowsOf(inForce.keySet(), thisMonth.minusMonths(12), thisMonth)) {
                rowsByStreet.computeIfAbsent(row.street(), k -> new HashMap<>())
                        .computeIfAbsent(row.tenant() + "|" + row.metric(), k -> new ArrayList<>()).add(row);
            }
        }
        for (Map.Entry<String, Contract> held : inForce.entrySet()) {
            String street = held.getKey();
            Contract contract = held.getValue();
            if (operator.isPresent() && !contract.getOperator().tenantId().equals(operator.get())) {
                continue;
            }
            String tenant = contract.getOperator().tenantId().value();
            LocalDate yearStarts = ContractProgress.contractYearStart(contract, today);
            LocalDate yearEnds = yearStarts.plusYears(1).minusDays(1);
            if (yearEnds.isAfter(contract.getEndsOn())) {
                yearEnds = contract.getEndsOn();
            }
            ReportPeriod soFar = new ReportPeriod(YearMonth.from(yearStarts), thisMonth.isBefore(YearMonth.from(yearStarts))
                    ? YearMonth.from(yearStarts) : thisMonth);
            Map<String, List<RollUpRow>> rows = new HashMap<>();
            rowsByStreet.getOrDefault(street, Map.of()).forEach((key, list) -> {
                if (key.startsWith(tenant + "|")) {
                    rows.put(key.substring(tenant.length() + 1), list);
                }
            });
            for (Target target : contract.getTargets()) {
                String code = target.getMetric().code();
                MetricDefinition metric = all.get(code);
                if (metric == null || !enabled.counts(contract, code)) {
                    lines.add(new OperatorLine(contract.getOperator().getName(), contract.getStation().getName(), street,
                            contract.getNumber(), code, target.getPerYear(), Cell.uncounted(metric != null && metric.isRatio()), 0,
                            null, false, yearStarts.toString()));
                    continue;
                }
                // A contract year is seldom a calendar year: its distinct persons so far have a window of their
                // own (RollUpRefresh), the contract progress's figure. Only until the month's first refresh, or
                // for a year starting within a month, are they the months added up, which may count a person
                // twice (marked, as on the cards); behind is still certain when flagged: the true figure is at most this.
                Counted counted = figure(metric, all, rows, Set.of(street), soFar, true);
                Figure done = counted.figure();
                long expected = metric.isRatio() ? Pace.expectedShare(target.getPerYear())
                        : Pace.expectedBy(target.getPerYear(), yearStarts, yearEnds, today);
                Cell cell = suppress && metric.sensitive() ? SmallCounts.cell(done, counted.upperBound())
                        : Cell.of(done, counted.upperBound());
                lines.add(new OperatorLine(contract.getOperator().getName(), contract.getStation().getName(), street,
                        contract.getNumber(), code, target.getPerYear(), cell, expected,
                        cell.suppressed() ? null : Pace.percentOfPace(done.value(), expected),
                        Pace.isBehind(done.value(), expected), yearStarts.toString()));
            }
        }
        return lines;
    }

    private static Set<String> codes(List<Region> streets, Predicate<String> shown) {
        Set<String> codes = new TreeSet<>();
        streets.stream().map(Region::getCode).filter(shown).forEach(codes::add);
        return codes;
    }

    private static Place place(Region region) {
        return new Place(region.getCode(), region.getName(), region.getLevel(), !region.getLevel().isStreetLevel());
    }
}
