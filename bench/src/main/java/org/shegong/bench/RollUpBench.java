package org.shegong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.application.metrics.RollUpRows;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.domain.model.rollup.RollUpRow;
import org.shegong.platform.infrastructure.persistence.JdbcRollUpStore;

/**
 * The roll-up benchmark: a synthetic province (11 cities, ~117 districts, ~1,400 streets, operators
 * holding a few streets each) with N done activities over three years in a table shaped like the
 * platform's (tenant, street, status, day). It measures, in one run:
 * <ol>
 * <li>the province's year by city from the pre-summed region rows (the platform's
 * {@link JdbcRollUpStore#regionRows} and {@link RollUpRows}: 11 cities x 12 months) against the same
 * figures by a raw GROUP BY over the base table, and the p95 of 200 random region/period requests
 * from region rows;</li>
 * <li>a full rebuild (per operator one GROUP BY street and month over three years, then the store's
 * replace, which keeps the region rows) and an incremental refresh after K new records (per
 * touched operator, only its changed streets' month, then the store's put).</li>
 * </ol>
 * Both paths must give the same totals; the run fails otherwise.
 */
public final class RollUpBench {

    static final int CITIES = 11;
    static final int DISTRICTS = 117;
    static final int STREETS = 1400;
    static final YearMonth FIRST = YearMonth.of(2024, 1);
    static final int MONTHS = 36;
    static final String PROVINCE = "140000000000";

    /** What one run measured (milliseconds unless said). */
    public record Result(long records, int streets, int operators, double rollUpMs, double rawMs, double p95Ms,
                         double fullRebuildMs, long rowsWritten, int newRecords, double incrementalMs, long provinceYear) {

        public double speedUp() {
            return rawMs / rollUpMs;
        }

        public String report() {
            return String.format("records=%d streets=%d operators=%d%n"
                            + "1. province year by city: roll-ups %.2f ms, raw GROUP BY %.2f ms, ratio %.1fx; p95 of 200 requests %.2f ms%n"
                            + "2. full rebuild %.0f ms (%d rows); incremental after %d new records %.0f ms%n"
                            + "   (province total for the year: %d)",
                    records, streets, operators, rollUpMs, rawMs, speedUp(), p95Ms, fullRebuildMs, rowsWritten, newRecords,
                    incrementalMs, provinceYear);
        }
    }

    private final DataSource dataSource;
    private final JdbcRollUpStore store;
    private final Random random = new Random(14);
    private final List<String> streets = new ArrayList<>();
    private final Map<String, String> cityOf = new HashMap<>();
    private final Map<String, String> districtOf = new HashMap<>();
    private final Map<String, List<String>> streetsOfOperator = new TreeMap<>();
    private final Map<String, String> operatorOf = new HashMap<>();

    /** Over one reused connection of the given data source (as a server's pool would give it). */
    public RollUpBench(DataSource dataSource) throws SQLException {
        this.dataSource = new OneConnection(dataSource);
        this.store = new JdbcRollUpStore(this.dataSource);
    }

    /** Builds the world with {@code records} done activities, then measures; {@code newRecords} for the incremental refresh. */
    public Result run(long records, int streetCount, int operators, int newRecords) throws SQLException, IOException {
        schema();
        world(streetCount, operators);
        regions();
        insert(records, FIRST, MONTHS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE bench_activity");
        }
        long t0 = System.nanoTime();
        long written = 0;
        for (String operator : streetsOfOperator.keySet()) {
            written += rebuild(operator);
        }
        double full = ms(t0);

        ReportPeriod year = ReportPeriod.year(2025);
        Map<String, Long> fromRollUps = null;
        Map<String, Long> fromRaw = null;
        double[] rollUpTimes = new double[7];
        double[] rawTimes = new double[7];
        for (int i = 0; i < rollUpTimes.length; i++) {
            long a = System.nanoTime();
            fromRollUps = byCity(store.regionRows(new TreeSet<>(cityOf.values()), year.from(), year.to()), year);
            rollUpTimes[i] = ms(a);
            long b = System.nanoTime();
            fromRaw = rawByCity(year);
            rawTimes[i] = ms(b);
        }
        if (!fromRollUps.equals(fromRaw)) {
            throw new IllegalStateException("roll-ups and raw counts disagree: " + fromRollUps + " vs " + fromRaw);
        }
        double[] requests = new double[200];
        for (int i = 0; i < requests.length; i++) {
            String region = randomRegion();
            ReportPeriod period = randomPeriod();
            long a = System.nanoTime();
            List<RollUpRow> rows = store.regionRows(Set.of(region), period.from(), period.to());
            RollUpRows.count(MetricKind.EVENTS_IN_PERIOD, rows, period);
            requests[i] = ms(a);
        }

        // Incremental: new records this month at random streets; only their operators' month is counted again.
        YearMonth last = FIRST.plusMonths(MONTHS - 1L);
        Map<String, Set<String>> changed = insert(newRecords, last, 1);
        long c0 = System.nanoTime();
        for (Map.Entry<String, Set<String>> operator : changed.entrySet()) {
            refresh(operator.getKey(), operator.getValue(), last);
        }
        double incremental = ms(c0);
        long total = fromRollUps.values().stream().mapToLong(Long::longValue).sum();
        return new Result(records, streets.size(), streetsOfOperator.size(), median(rollUpTimes), median(rawTimes),
                percentile(requests, 95), full, written, newRecords, incremental, total);
    }

    private void schema() throws SQLException, IOException {
        StringBuilder rollUps = new StringBuilder();
        for (String migration : List.of("V2_4__metric_roll_ups.sql", "V2_4_1__region_roll_ups.sql")) {
            try (InputStream in = RollUpBench.class.getResourceAsStream("/db/migration/platform/" + migration)) {
                rollUps.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append(";\n");
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS metric_rollup, rollup_change, rollup_refresh, metric_region_rollup,"
                    + " rollup_region_tenant, bench_activity, region");
            // The platform's region tree as far as the roll-up store reads it (code and parent).
            s.execute("CREATE TABLE region (id BIGINT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(12) NOT NULL UNIQUE,"
                    + " parent_id BIGINT NULL) ENGINE=InnoDB");
            for (String statement : rollUps.toString().replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            // Shaped like the platform's activity table and its tenant index (the counter's path), plus
            // the best index for the raw cross-operator GROUP BY, so the baseline is not starved.
            s.execute("CREATE TABLE bench_activity (id BIGINT AUTO_INCREMENT PRIMARY KEY, tenant_id VARCHAR(64) NOT NULL,"
                    + " street_code VARCHAR(12) NOT NULL, status VARCHAR(20) NOT NULL, held_on DATE NOT NULL,"
                    + " INDEX ix_tenant (tenant_id, status, held_on, street_code),"
                    + " INDEX ix_raw (status, held_on, street_code)) ENGINE=InnoDB");
        }
    }

    private void regions() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO region (code, parent_id) SELECT ?, (SELECT id FROM region p WHERE p.code = ?)")) {
            s.setString(1, PROVINCE);
            s.setString(2, null);
            s.executeUpdate();
            for (String city : new TreeSet<>(cityOf.values())) {
                s.setString(1, city);
                s.setString(2, PROVINCE);
                s.executeUpdate();
            }
            Map<String, String> districtCity = new TreeMap<>();
            streets.forEach(st -> districtCity.put(districtOf.get(st), cityOf.get(st)));
            for (Map.Entry<String, String> d : districtCity.entrySet()) {
                s.setString(1, d.getKey());
                s.setString(2, d.getValue());
                s.executeUpdate();
            }
            for (String street : streets) {
                s.setString(1, street);
                s.setString(2, districtOf.get(street));
                s.executeUpdate();
            }
        }
    }

    private void world(int streetCount, int operators) {
        int districts = Math.max(1, streetCount * DISTRICTS / STREETS);
        int cities = Math.max(1, Math.min(CITIES, districts));
        for (int i = 0; i < streetCount; i++) {
            int district = i % districts;
            int city = district % cities;
            String code = String.format("14%02d%02d%03d%03d", city + 1, district / cities + 1, i / districts + 1, 0);
            streets.add(code);
            cityOf.put(code, String.format("14%02d00000000", city + 1));
            districtOf.put(code, String.format("14%02d%02d000000", city + 1, district / cities + 1));
            String operator = String.format("op%03d", i % operators);
            streetsOfOperator.computeIfAbsent(operator, k -> new ArrayList<>()).add(code);
            operatorOf.put(code, operator);
        }
    }

    /** N done activities at random streets and days within the months; returns the streets touched per operator. */
    private Map<String, Set<String>> insert(long n, YearMonth first, int months) throws SQLException {
        Map<String, Set<String>> operators = new TreeMap<>();
        LocalDate start = first.atDay(1);
        int days = (int) (first.plusMonths(months - 1L).atEndOfMonth().toEpochDay() - start.toEpochDay()) + 1;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO bench_activity (tenant_id, street_code, status, held_on) VALUES (?, ?, 'DONE', ?)")) {
                for (long i = 0; i < n; i++) {
                    String street = streets.get(random.nextInt(streets.size()));
                    String operator = operatorOf.get(street);
                    operators.computeIfAbsent(operator, k -> new TreeSet<>()).add(street);
                    s.setString(1, operator);
                    s.setString(2, street);
                    s.setDate(3, Date.valueOf(start.plusDays(random.nextInt(days))));
                    s.addBatch();
                    if ((i + 1) % 5000 == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
                c.commit();
            }
        }
        return operators;
    }

    /**
     * What RollUpRefresh.full() does for one operator: the counter's one GROUP BY street and month over
     * the three years (MetricCounter.byMonth, as the platform's activities answer it), then the
     * store's replace, which writes the changed figures and adds them to the region rows.
     */
    private long rebuild(String operator) throws SQLException {
        List<String> own = streetsOfOperator.get(operator);
        Map<String, Map<YearMonth, Long>> counted = countPerStreetAndMonth(operator, own, FIRST, FIRST.plusMonths(MONTHS - 1L));
        List<RollUpRow> rows = new ArrayList<>();
        for (String street : own) {
            for (YearMonth month : allMonths()) {
                rows.add(new RollUpRow(operator, street, "activities", month, 1,
                        counted.getOrDefault(street, Map.of()).getOrDefault(month, 0L)));
            }
        }
        store.replace(operator, rows);
        store.refreshed(operator, true);
        return rows.size();
    }

    /** What RollUpRefresh.changes() does for one operator: the changed streets' month counted again, then put. */
    private void refresh(String operator, Set<String> changedStreets, YearMonth month) throws SQLException {
        Map<String, Map<YearMonth, Long>> counted = countPerStreetAndMonth(operator, new ArrayList<>(changedStreets), month, month);
        List<RollUpRow> rows = new ArrayList<>();
        for (String street : changedStreets) {
            rows.add(new RollUpRow(operator, street, "activities", month, 1,
                    counted.getOrDefault(street, Map.of()).getOrDefault(month, 0L)));
        }
        store.put(rows);
        store.refreshed(operator, false);
    }

    /** The counter's query, shaped as JpaActivityRepository.countDonePerStreetAndMonth issues it. */
    private Map<String, Map<YearMonth, Long>> countPerStreetAndMonth(String operator, List<String> own, YearMonth from,
                                                                      YearMonth to) throws SQLException {
        Map<String, Map<YearMonth, Long>> counted = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(own.size(), "?"));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT street_code, YEAR(held_on), MONTH(held_on), COUNT(*) FROM bench_activity WHERE tenant_id = ?"
                        + " AND status = 'DONE' AND street_code IN (" + marks + ") AND held_on BETWEEN ? AND ?"
                        + " GROUP BY street_code, YEAR(held_on), MONTH(held_on)")) {
            int p = 1;
            s.setString(p++, operator);
            for (String street : own) {
                s.setString(p++, street);
            }
            s.setDate(p++, Date.valueOf(from.atDay(1)));
            s.setDate(p, Date.valueOf(to.atEndOfMonth()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counted.computeIfAbsent(r.getString(1), k -> new HashMap<>())
                            .put(YearMonth.of(r.getInt(2), r.getInt(3)), r.getLong(4));
                }
            }
        }
        return counted;
    }

    private Map<String, Long> byCity(List<RollUpRow> rows, ReportPeriod period) {
        Map<String, List<RollUpRow>> perCity = new TreeMap<>();
        for (RollUpRow row : rows) {
            perCity.computeIfAbsent(row.street(), k -> new ArrayList<>()).add(row);
        }
        Map<String, Long> figures = new TreeMap<>();
        perCity.forEach((city, cityRows) -> {
            long value = RollUpRows.count(MetricKind.EVENTS_IN_PERIOD, cityRows, period).value();
            if (value > 0) {
                figures.put(city, value);
            }
        });
        return figures;
    }

    private Map<String, Long> rawByCity(ReportPeriod period) throws SQLException {
        Map<String, Long> figures = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT street_code, COUNT(*) FROM bench_activity WHERE status = 'DONE' AND held_on BETWEEN ? AND ?"
                        + " GROUP BY street_code")) {
            s.setDate(1, Date.valueOf(period.firstDay()));
            s.setDate(2, Date.valueOf(period.lastDay()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    figures.merge(cityOf.get(r.getString(1)), r.getLong(2), Long::sum);
                }
            }
        }
        figures.values().removeIf(v -> v == 0);
        return figures;
    }

    /** A random region of any level: the province, a city, a district or a street. */
    private String randomRegion() {
        String street = streets.get(random.nextInt(streets.size()));
        return switch (random.nextInt(4)) {
            case 0 -> PROVINCE;
            case 1 -> cityOf.get(street);
            case 2 -> districtOf.get(street);
            default -> street;
        };
    }

    private ReportPeriod randomPeriod() {
        int year = 2024 + random.nextInt(3);
        return switch (random.nextInt(3)) {
            case 0 -> ReportPeriod.month(YearMonth.of(year, 1 + random.nextInt(12)));
            case 1 -> ReportPeriod.quarter(year, 1 + random.nextInt(4));
            default -> ReportPeriod.year(year);
        };
    }

    private static Set<YearMonth> allMonths() {
        Set<YearMonth> months = new TreeSet<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(FIRST.plusMonths(i));
        }
        return months;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
