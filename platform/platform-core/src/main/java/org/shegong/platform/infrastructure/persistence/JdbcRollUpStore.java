package org.shegong.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.shegong.platform.domain.model.rollup.RollUpRow;
import org.shegong.platform.domain.model.rollup.RollUpStore;

/**
 * Roll-ups in the global {@code metric_rollup} table by plain JDBC: the table holds no tenant-owned
 * entity (numbers of every operator, read across them), so it stays out of the multitenant unit.
 * Every call joins the caller's transaction (the data source is enlisted), so a refresh writes all
 * its rows and takes its changes, or nothing.
 */
@ApplicationScoped
public class JdbcRollUpStore implements RollUpStore {

    /** Streets per query: keeps the IN list well under any packet limit. */
    private static final int STREETS_PER_QUERY = 500;

    /** Statements per JDBC batch. */
    private static final int BATCH = 1000;

    @Resource(lookup = "jdbc/shegong")
    DataSource dataSource;

    /** Null outside the server (the benchmark): there is never a global transaction there. */
    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    public JdbcRollUpStore() {
    }

    /** Outside the container (the benchmark): over a data source of one's own. */
    public JdbcRollUpStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(Collection<RollUpRow> rows) {
        write(rows, null);
    }

    @Override
    public void replace(String tenant, Collection<RollUpRow> rows) {
        for (RollUpRow row : rows) {
            if (!row.tenant().equals(tenant)) {
                throw new IllegalArgumentException("a row of " + row.tenant() + " among " + tenant + "'s");
            }
        }
        write(rows, tenant);
    }

    @Override
    public void clear(String tenant) {
        write(List.of(), tenant);
    }

    @Override
    public void forget(String tenant, Set<String> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        inTransaction(c -> {
            Map<Key, Long> old = new HashMap<>();
            String marks = marks(metrics.size());
            try (PreparedStatement s = c.prepareStatement("SELECT street_code, metric_code, period_start, months, figure"
                    + " FROM metric_rollup WHERE tenant_id = ? AND metric_code IN (" + marks + ") FOR UPDATE")) {
                int p = 1;
                s.setString(p++, tenant);
                for (String metric : metrics) {
                    s.setString(p++, metric);
                }
                readKeys(s, old);
            }
            Map<Key, Long> deltas = new HashMap<>();
            old.forEach((k, v) -> deltas.put(k, -v));
            addToRegions(c, tenant, deltas);
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM metric_rollup WHERE tenant_id = ? AND metric_code IN (" + marks + ")")) {
                int p = 1;
                s.setString(p++, tenant);
                for (String metric : metrics) {
                    s.setString(p++, metric);
                }
                s.executeUpdate();
            }
        });
    }

    /**
     * Writes changed rows and adds their differences to the region rows. With {@code replacing} (a
     * tenant), every other row of that tenant is removed as well; without, only the given keys are
     * compared. Unchanged rows are not written at all, and a zero figure where there was none is
     * left out (no row is a zero), so a refresh that changes little writes little.
     */
    private void write(Collection<RollUpRow> rows, String replacing) {
        Map<String, Map<Key, Long>> byTenant = new TreeMap<>();
        for (RollUpRow row : rows) {
            byTenant.computeIfAbsent(row.tenant(), t -> new HashMap<>())
                    .put(new Key(row.street(), row.metric(), row.start(), row.months()), row.figure());
        }
        if (replacing != null) {
            byTenant.putIfAbsent(replacing, new HashMap<>());
        }
        if (byTenant.isEmpty()) {
            return;
        }
        inTransaction(c -> {
            for (Map.Entry<String, Map<Key, Long>> entry : byTenant.entrySet()) {
                String tenant = entry.getKey();
                Map<Key, Long> figures = entry.getValue();
                Map<Key, Long> old = replacing != null ? allOf(c, tenant) : oldOf(c, tenant, figures.keySet());
                Map<Key, Long> deltas = new HashMap<>();
                List<Map.Entry<Key, Long>> changed = new ArrayList<>();
                for (Map.Entry<Key, Long> f : figures.entrySet()) {
                    Long before = old.get(f.getKey());
                    long delta = f.getValue() - (before == null ? 0 : before);
                    if (delta != 0) {
                        deltas.put(f.getKey(), delta);
                        changed.add(f);
                    }
                }
                List<Key> gone = new ArrayList<>();
                if (replacing != null) {
                    for (Map.Entry<Key, Long> o : old.entrySet()) {
                        if (!figures.containsKey(o.getKey())) {
                            gone.add(o.getKey());
                            if (o.getValue() != 0) {
                                deltas.put(o.getKey(), -o.getValue());
                            }
                        }
                    }
                }
                upsert(c, tenant, changed);
                delete(c, tenant, gone);
                addToRegions(c, tenant, deltas);
            }
        });
    }

    private void upsert(Connection c, String tenant, List<Map.Entry<Key, Long>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO metric_rollup (tenant_id, street_code, metric_code, period_start, months, figure, refreshed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6))"
                        + " ON DUPLICATE KEY UPDATE figure = VALUES(figure), refreshed_at = VALUES(refreshed_at)")) {
            int batched = 0;
            for (Map.Entry<Key, Long> row : rows) {
                Key k = row.getKey();
                s.setString(1, tenant);
                s.setString(2, k.code());
                s.setString(3, k.metric());
                s.setDate(4, Date.valueOf(k.start().atDay(1)));
                s.setInt(5, k.months());
                s.setLong(6, row.getValue());
                s.addBatch();
                if (++batched % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void delete(Connection c, String tenant, List<Key> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM metric_rollup WHERE tenant_id = ? AND street_code = ?"
                + " AND metric_code = ? AND period_start = ? AND months = ?")) {
            int batched = 0;
            for (Key k : keys) {
                s.setString(1, tenant);
                s.setString(2, k.code());
                s.setString(3, k.metric());
                s.setDate(4, Date.valueOf(k.start().atDay(1)));
                s.setInt(5, k.months());
                s.addBatch();
                if (++batched % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /**
     * Adds street figures' differences to the region rows of the street and of each region above it
     * (summed per region row first, written in key order so that two operators' refreshes in one
     * district take their locks in the same order), and notes the operator as having figures there.
     */
    private void addToRegions(Connection c, String tenant, Map<Key, Long> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        Set<String> streets = new TreeSet<>();
        deltas.keySet().forEach(k -> streets.add(k.code()));
        Map<String, List<String>> chains = chainsOf(c, streets);
        Map<Key, Long> sums = new TreeMap<>();
        Set<String> regions = new TreeSet<>();
        deltas.forEach((k, delta) -> {
            for (String region : chains.getOrDefault(k.code(), List.of(k.code()))) {
                sums.merge(new Key(region, k.metric(), k.start(), k.months()), delta, Long::sum);
                regions.add(region);
            }
        });
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO metric_region_rollup (region_code, period_start, metric_code, months, figure) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE figure = figure + VALUES(figure)")) {
            int batched = 0;
            for (Map.Entry<Key, Long> sum : sums.entrySet()) {
                if (sum.getValue() == 0) {
                    continue;
                }
                Key k = sum.getKey();
                s.setString(1, k.code());
                s.setDate(2, Date.valueOf(k.start().atDay(1)));
                s.setString(3, k.metric());
                s.setInt(4, k.months());
                s.setLong(5, sum.getValue());
                s.addBatch();
                if (++batched % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT IGNORE INTO rollup_region_tenant (region_code, tenant_id) VALUES (?, ?)")) {
            for (String region : regions) {
                s.setString(1, region);
                s.setString(2, tenant);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Each street's code followed by the codes of the regions above it, nearest first. */
    private static Map<String, List<String>> chainsOf(Connection c, Set<String> streets) throws SQLException {
        Map<String, List<String>> chains = new HashMap<>();
        List<String> all = new ArrayList<>(streets);
        for (int i = 0; i < all.size(); i += STREETS_PER_QUERY) {
            List<String> part = all.subList(i, Math.min(all.size(), i + STREETS_PER_QUERY));
            try (PreparedStatement s = c.prepareStatement("SELECT s.code, p1.code, p2.code, p3.code, p4.code FROM region s"
                    + " LEFT JOIN region p1 ON p1.id = s.parent_id LEFT JOIN region p2 ON p2.id = p1.parent_id"
                    + " LEFT JOIN region p3 ON p3.id = p2.parent_id LEFT JOIN region p4 ON p4.id = p3.parent_id"
                    + " WHERE s.code IN (" + marks(part.size()) + ")")) {
                int p = 1;
                for (String street : part) {
                    s.setString(p++, street);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        List<String> chain = new ArrayList<>();
                        for (int col = 1; col <= 5 && r.getString(col) != null; col++) {
                            chain.add(r.getString(col));
                        }
                        chains.put(chain.get(0), chain);
                    }
                }
            }
        }
        return chains;
    }

    /** The stored figures of these keys (locked until the transaction ends). */
    private static Map<Key, Long> oldOf(Connection c, String tenant, Set<Key> keys) throws SQLException {
        Map<Key, Long> old = new HashMap<>();
        Map<String, List<Key>> byStreet = new TreeMap<>();
        keys.forEach(k -> byStreet.computeIfAbsent(k.code(), x -> new ArrayList<>()).add(k));
        List<String> streets = new ArrayList<>(byStreet.keySet());
        for (int i = 0; i < streets.size(); i += STREETS_PER_QUERY) {
            List<String> part = streets.subList(i, Math.min(streets.size(), i + STREETS_PER_QUERY));
            YearMonth from = null;
            YearMonth to = null;
            for (String street : part) {
                for (Key k : byStreet.get(street)) {
                    from = from == null || k.start().isBefore(from) ? k.start() : from;
                    to = to == null || k.start().isAfter(to) ? k.start() : to;
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT street_code, metric_code, period_start, months, figure"
                    + " FROM metric_rollup WHERE tenant_id = ? AND street_code IN (" + marks(part.size()) + ")"
                    + " AND period_start BETWEEN ? AND ? FOR UPDATE")) {
                int p = 1;
                s.setString(p++, tenant);
                for (String street : part) {
                    s.setString(p++, street);
                }
                s.setDate(p++, Date.valueOf(from.atDay(1)));
                s.setDate(p, Date.valueOf(to.atDay(1)));
                readKeys(s, old);
            }
        }
        old.keySet().retainAll(keys);
        return old;
    }

    private static Map<Key, Long> allOf(Connection c, String tenant) throws SQLException {
        Map<Key, Long> old = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT street_code, metric_code, period_start, months, figure"
                + " FROM metric_rollup WHERE tenant_id = ? FOR UPDATE")) {
            s.setString(1, tenant);
            readKeys(s, old);
        }
        return old;
    }

    private static void readKeys(PreparedStatement s, Map<Key, Long> into) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                into.put(new Key(r.getString(1), r.getString(2), YearMonth.from(r.getDate(3).toLocalDate()), r.getInt(4)),
                        r.getLong(5));
            }
        }
    }

    @Override
    public List<RollUpRow> rowsOf(Set<String> streets, YearMonth from, YearMonth to) {
        return rows("SELECT tenant_id, street_code, metric_code, period_start, months, figure FROM metric_rollup"
                + " WHERE street_code IN (%s) AND period_start BETWEEN ? AND ?", null, streets, from, to);
    }

    @Override
    public List<RollUpRow> rowsOf(String tenant, Set<String> streets, YearMonth from, YearMonth to) {
        return rows("SELECT tenant_id, street_code, metric_code, period_start, months, figure FROM metric_rollup"
                + " WHERE tenant_id = ? AND street_code IN (%s) AND period_start BETWEEN ? AND ?", tenant, streets, from, to);
    }

    @Override
    public List<RollUpRow> regionRows(Set<String> regions, YearMonth from, YearMonth to) {
        return rows("SELECT '" + ALL_OPERATORS + "', region_code, metric_code, period_start, months, figure"
                + " FROM metric_region_rollup WHERE region_code IN (%s) AND period_start BETWEEN ? AND ?", null, regions, from, to);
    }

    private List<RollUpRow> rows(String sql, String tenant, Set<String> codes, YearMonth from, YearMonth to) {
        List<RollUpRow> rows = new ArrayList<>();
        List<String> all = new ArrayList<>(new TreeSet<>(codes));
        for (int i = 0; i < all.size(); i += STREETS_PER_QUERY) {
            List<String> part = all.subList(i, Math.min(all.size(), i + STREETS_PER_QUERY));
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    String.format(sql, marks(part.size())))) {
                int p = 1;
                if (tenant != null) {
                    s.setString(p++, tenant);
                }
                for (String code : part) {
                    s.setString(p++, code);
                }
                s.setDate(p++, Date.valueOf(from.atDay(1)));
                s.setDate(p, Date.valueOf(to.atDay(1)));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new RollUpRow(r.getString(1), r.getString(2), r.getString(3),
                                YearMonth.from(r.getDate(4).toLocalDate()), r.getInt(5), r.getLong(6)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read roll-ups", e);
            }
        }
        return rows;
    }

    @Override
    public Optional<Instant> lastRefreshedIn(String region) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*), COUNT(f.refreshed_at), MIN(f.refreshed_at) FROM rollup_region_tenant t"
                        + " LEFT JOIN rollup_refresh f ON f.tenant_id = t.tenant_id WHERE t.region_code = ?")) {
            s.setString(1, region);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) == 0 || r.getInt(2) < r.getInt(1) ? Optional.empty() : Optional.of(r.getTimestamp(3).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read when roll-ups were refreshed", e);
        }
    }

    @Override
    public void needsFull(String tenant) {
        update("UPDATE rollup_refresh SET full_at = NULL WHERE tenant_id = ?", tenant);
    }

    /** One street (or region) figure's place: code, metric, first month, months. */
    private record Key(String code, String metric, YearMonth start, int months) implements Comparable<Key> {

        private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::code)
                .thenComparing(Key::start).thenComparing(Key::metric).thenComparingInt(Key::months);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    /**
     * Runs on one connection in the caller's global transaction when there is one (Liberty reports
     * auto-commit on there too, and refuses commit: ask the registry), else in a local transaction of
     * its own, so the street rows and the region sums never part.
     */
    private void inTransaction(SqlWork work) {
        boolean global = transactions != null && (transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE
                || transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK);
        try (Connection c = dataSource.getConnection()) {
            boolean own = !global && c.getAutoCommit();
            if (own) {
                c.setAutoCommit(false);
            }
            try {
                work.run(c);
                if (own) {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (own) {
                    c.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write roll-ups", e);
        }
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public void changed(String tenant, String street, YearMonth month) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT IGNORE INTO rollup_change (tenant_id, street_code, month_start) VALUES (?, ?, ?)")) {
            s.setString(1, tenant);
            s.setString(2, street);
            s.setDate(3, Date.valueOf(month.atDay(1)));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not note a roll-up change", e);
        }
    }

    @Override
    public void changed(String tenant, String street, java.util.Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT IGNORE INTO rollup_change (tenant_id, street_code, month_start) VALUES (?, ?, ?)")) {
            for (YearMonth month : months) {
                s.setString(1, tenant);
                s.setString(2, street);
                s.setDate(3, Date.valueOf(month.atDay(1)));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not note roll-up changes", e);
        }
    }

    @Override
    public Map<String, Set<YearMonth>> takeChanges(String tenant) {
        Map<String, Set<YearMonth>> changes = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT street_code, month_start FROM rollup_change WHERE tenant_id = ? FOR UPDATE")) {
                s.setString(1, tenant);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        changes.computeIfAbsent(r.getString(1), k -> new TreeSet<>())
                                .add(YearMonth.from(r.getDate(2).toLocalDate()));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM rollup_change WHERE tenant_id = ?")) {
                s.setString(1, tenant);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read roll-up changes", e);
        }
        return changes;
    }

    @Override
    public void refreshed(String tenant, boolean full) {
        update(full
                ? "INSERT INTO rollup_refresh (tenant_id, refreshed_at, full_at) VALUES (?, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))"
                        + " ON DUPLICATE KEY UPDATE refreshed_at = VALUES(refreshed_at), full_at = VALUES(full_at)"
                : "INSERT INTO rollup_refresh (tenant_id, refreshed_at) VALUES (?, CURRENT_TIMESTAMP(6))"
                        + " ON DUPLICATE KEY UPDATE refreshed_at = VALUES(refreshed_at)", tenant);
    }

    @Override
    public Optional<Instant> lastFull(String tenant) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT full_at FROM rollup_refresh WHERE tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getTimestamp(1) != null ? Optional.of(r.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read when roll-ups were rebuilt", e);
        }
    }

    @Override
    public Optional<Instant> lastRefreshed(Set<String> tenants) {
        if (tenants.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(",", java.util.Collections.nCopies(tenants.size(), "?"));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*), MIN(refreshed_at) FROM rollup_refresh WHERE tenant_id IN (" + marks + ")")) {
            int p = 1;
            for (String tenant : tenants) {
                s.setString(p++, tenant);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp oldest = r.getTimestamp(2);
                return r.getInt(1) < tenants.size() || oldest == null ? Optional.empty() : Optional.of(oldest.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read when roll-ups were refreshed", e);
        }
    }

    private void update(String sql, String tenant) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update roll-ups of " + tenant, e);
        }
    }
}
