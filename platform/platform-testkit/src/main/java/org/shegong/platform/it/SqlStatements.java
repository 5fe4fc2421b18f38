package org.shegong.platform.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts the SELECT statements the database ran while some work ran (MariaDB's {@code Com_select}),
 * so a test can show that a read does not grow with the data (no N+1). The counter is the
 * server's: a job or another request running at the same time can only add to it, so the work is
 * run three times and the fewest is taken.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public interface Work {
        void run() throws Exception;
    }

    public static long selectsWhile(Work work) throws Exception {
        long fewest = Long.MAX_VALUE;
        // One connection for both readings: opening one runs SELECTs of its own.
        try (Connection c = Fixtures.dataSource().getConnection()) {
            for (int i = 0; i < 3; i++) {
                long before = selects(c);
                work.run();
                fewest = Math.min(fewest, selects(c) - before);
            }
        }
        return fewest;
    }

    /** SHOW counts as a SHOW, not as a SELECT, so reading the counter does not move it. */
    private static long selects(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            r.next();
            return r.getLong(2);
        }
    }
}
