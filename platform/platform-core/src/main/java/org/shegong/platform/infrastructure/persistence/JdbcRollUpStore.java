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

    @Resource(lookup = "jdbc/shegong")
    DataSource dataSource;

    public JdbcRollUpStore() {
    }

    /** Outside the container (the benchmark): over a data source of one's own. */
    public JdbcRollUpStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(Collection<RollUpRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO metric_rollup (tenant_id, street_code, metric_code, period_start, months, figure, refreshed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6))"
                        + " ON DUPLICATE KEY UPDATE figure = VALUES(figure), refreshed_at = VALUES(refreshed_at)")) {
            int batched = 0;
            for (RollUpRow row : rows) {
                s.setString(1, row.tenant());
                s.setString(2, row.street());
                s.setString(3, row.metric());
                s.setDate(4, Date.valueOf(row.start().atDay(1)));
                s.setInt(5, row.months());
                s.setLong(6, row.figure());
                s.addBatch();
                if (++batched % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write roll-ups", e);
        }
    }

    @Override
    public void clear(String tenant) {
        update("DELETE FROM metric_rollup WHERE tenant_id = ?", tenant);
    }

    @Override
    public List<RollUpRow> rowsOf(Set<String> streets, YearMonth from, YearMonth to) {
        List<RollUpRow> rows = new ArrayList<>();
        List<String> all = new ArrayList<>(new TreeSet<>(streets));
        for (int i = 0; i < all.size(); i += STREETS_PER_QUERY) {
            List<String> part = all.subList(i, Math.min(all.size(), i + STREETS_PER_QUERY));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT tenant_id, street_code, metric_code, period_start, months, figure FROM metric_rollup"
                            + " WHERE street_code IN (" + marks + ") AND period_start BETWEEN ? AND ?")) {
                int p = 1;
                for (String street : part) {
                    s.setString(p++, street);
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
