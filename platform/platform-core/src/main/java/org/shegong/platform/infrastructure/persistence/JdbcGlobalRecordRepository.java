package org.shegong.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.shegong.platform.api.global.GlobalRecord;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.global.GlobalRecordRepository;

/**
 * The global {@code global_record} table. Plain JDBC on purpose: the table has no tenant column, so
 * it must not sit in the multitenant persistence unit (whose native SQL is refused, and whose
 * entities all carry a tenant). Connections join the caller's JTA transaction, so a record and the
 * audit entry of its lookup commit together.
 */
@ApplicationScoped
public class JdbcGlobalRecordRepository implements GlobalRecordRepository {

    @Resource(lookup = "jdbc/shegong")
    DataSource dataSource;

    @Override
    public Optional<Stored> find(String kind, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, payload, created_by_tenant, updated_by_tenant, updated_at FROM global_record"
                        + " WHERE kind = ? AND record_key = ?")) {
            s.setString(1, kind);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(r.getLong(1), new GlobalRecord(kind, key, r.getString(2), r.getString(3),
                        r.getString(4), r.getTimestamp(5).toInstant())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read global record " + kind, e);
        }
    }

    @Override
    public void put(String moduleId, String kind, String key, String payload, TenantId writer) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO global_record (module_id, kind, record_key, payload, created_at, created_by_tenant,"
                        + " updated_at, updated_by_tenant) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(6), ?, CURRENT_TIMESTAMP(6), ?)"
                        + " ON DUPLICATE KEY UPDATE payload = VALUES(payload), updated_at = CURRENT_TIMESTAMP(6),"
                        + " updated_by_tenant = VALUES(updated_by_tenant)")) {
            s.setString(1, moduleId);
            s.setString(2, kind);
            s.setString(3, key);
            s.setString(4, payload);
            s.setString(5, writer.value());
            s.setString(6, writer.value());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write global record " + kind, e);
        }
    }
}
