package org.shegong.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.shegong.platform.application.provisioning.ProvisionedFiles;

/** Fingerprints as rows of the global {@code provisioned_file} table (no tenant: files are the platform's). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JdbcProvisionedFiles implements ProvisionedFiles {

    @Resource(lookup = "jdbc/shegong")
    DataSource dataSource;

    @Override
    public Optional<String> fingerprintOf(String file) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT sha256 FROM provisioned_file WHERE file = ?")) {
            select.setString(1, file);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the fingerprint of " + file, e);
        }
    }

    @Override
    public java.util.List<AppliedFile> all() {
        java.util.List<AppliedFile> files = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT file, sha256, applied_at FROM provisioned_file ORDER BY file");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                files.add(new AppliedFile(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
            }
            return files;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the applied files", e);
        }
    }

    @Override
    public void applied(String file, String fingerprint) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("INSERT INTO provisioned_file (file, sha256, applied_at)"
                     + " VALUES (?, ?, CURRENT_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE sha256 = VALUES(sha256),"
                     + " applied_at = VALUES(applied_at)")) {
            upsert.setString(1, file);
            upsert.setString(2, fingerprint);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the fingerprint of " + file, e);
        }
    }
}
