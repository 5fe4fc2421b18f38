package org.shegong.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.shegong.platform.domain.model.job.JobLeases;

/**
 * Leases as rows of the global {@code job_lease} table. Taking one is a single conditional UPDATE
 * (the row lock makes two simultaneous takers see one winner); expiry is compared with the
 * database's clock, so servers with drifting clocks still agree. Each call commits on its own
 * (REQUIRES_NEW): a lease must be visible to other servers before the run starts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JdbcJobLeases implements JobLeases {

    @Resource(lookup = "jdbc/shegong")
    DataSource dataSource;

    @Override
    public boolean take(String jobCode, String holder, Duration length, Duration gap) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT IGNORE INTO job_lease (job_code, holder, leased_until) VALUES (?, '', TIMESTAMP('1970-01-02'))")) {
                insert.setString(1, jobCode);
                insert.executeUpdate();
            }
            try (PreparedStatement take = c.prepareStatement("UPDATE job_lease SET holder = ?,"
                    + " leased_until = TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6)), last_started_at = CURRENT_TIMESTAMP(6)"
                    + " WHERE job_code = ? AND leased_until < CURRENT_TIMESTAMP(6)"
                    + " AND (last_started_at IS NULL OR last_started_at <= TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6)))")) {
                take.setString(1, holder);
                take.setLong(2, length.toSeconds());
                take.setString(3, jobCode);
                take.setLong(4, -gap.toSeconds());
                return take.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the lease of job " + jobCode, e);
        }
    }

    @Override
    public boolean renew(String jobCode, String holder, Duration length) {
        return update("UPDATE job_lease SET leased_until = TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(6))"
                + " WHERE job_code = ? AND holder = ? AND leased_until >= CURRENT_TIMESTAMP(6)", length.toSeconds(), jobCode, holder) == 1;
    }

    @Override
    public void release(String jobCode, String holder) {
        update("UPDATE job_lease SET leased_until = CURRENT_TIMESTAMP(6), last_finished_at = CURRENT_TIMESTAMP(6)"
                + " WHERE job_code = ? AND holder = ?", null, jobCode, holder);
    }

    private int update(String sql, Long seconds, String jobCode, String holder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (seconds != null) {
                s.setLong(i++, seconds);
            }
            s.setString(i++, jobCode);
            s.setString(i, holder);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the lease of job " + jobCode, e);
        }
    }
}
