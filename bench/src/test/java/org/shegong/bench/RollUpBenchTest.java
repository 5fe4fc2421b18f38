package org.shegong.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.devstack.EmbeddedDatabase;

/**
 * The roll-up benchmark, small by default (50,000 records, 200 streets: part of ./mvnw verify, so the
 * harness cannot rot; about 30 s) asserting only ratios with a wide margin; with the {@code bench} profile at
 * the scale of {@code -Dbench.records}, over a province of 1,400 streets and 500 operators, printing
 * every figure for docs/BENCHMARKS.md.
 */
class RollUpBenchTest {

    @Test
    void rollUpsAnswerFasterThanARawGroupByAndGiveTheSameFigures(@TempDir Path dir) throws Exception {
        boolean full = Boolean.parseBoolean(System.getProperty("bench.full", "false"));
        long records = Long.getLong("bench.records", 50_000);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(port, dir.resolve("db"), "bench")) {
            MysqlDataSource ds = new MysqlDataSource();
            ds.setUrl(db.jdbcUrl() + "?rewriteBatchedStatements=true");
            ds.setUser(EmbeddedDatabase.USER);
            ds.setPassword(EmbeddedDatabase.PASSWORD);
            RollUpBench.Result result = full
                    ? new RollUpBench(ds).run(records, RollUpBench.STREETS, 500, 10_000)
                    : new RollUpBench(ds).run(records, 200, 60, 1_000);
            System.out.println("[bench] " + Runtime.getRuntime().availableProcessors() + " cores\n" + result.report());
            assertTrue(result.speedUp() >= 5, "region rows at least 5x as fast as the raw GROUP BY: " + result.report());
            assertTrue(result.incrementalMs() < result.fullRebuildMs(), "an incremental refresh costs less than a rebuild: "
                    + result.report());
        }
    }
}
