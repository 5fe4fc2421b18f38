package org.shegong.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.devstack.EmbeddedDatabase;
import org.shegong.devstack.EmbeddedKeycloak;

/**
 * Figure 6 on the real server (issue 14): Open Liberty with the application, the real Keycloak and
 * the embedded MariaDB, as the run command starts them but on the bench's own ports. One database and
 * one Keycloak, fresh for each run; the server the build made
 * ({@code platform/platform-web/target/liberty/wlp}, server {@code -Dbench.server}) is started four times:
 *
 * <ol>
 *   <li>with the repository's {@code tenants/} (4 demo operators): first start, provisioning them;</li>
 *   <li>the same again, nothing changed: the baseline restart and its heap;</li>
 *   <li>with the demo operators plus {@code bench.tenants} generated ones ({@link OperatorFiles}): the first
 *       start that provisions them all, Keycloak organisations and logins included;</li>
 *   <li>the same again, nothing changed: the figure — time to ready and heap after GC against step 2's.</li>
 * </ol>
 *
 * With {@code -Dbench.reuse=true} only steps 2 and 4 run, on the database and Keycloak the last run left
 * (step 2 then has 1,004 tenants in the database but only the 4 demo files).
 *
 * Runs only with {@code -Pbench} (minutes of work); docs/BENCHMARKS.md has the command.
 */
class ServerStartBenchTest {

    @Test
    void aThousandTenantsStartTheServerInFifteenSeconds() throws Exception {
        int tenants = Integer.getInteger("bench.tenants", 1000);
        Path work = Path.of("target/server-start").toAbsolutePath();
        Path demo = Path.of("../tenants").toAbsolutePath().normalize();
        Path generated = work.resolve("tenants-" + tenants);
        OperatorFiles.write(demo, generated, tenants);

        int http = Integer.getInteger("bench.http.port", 9213);
        int https = Integer.getInteger("bench.https.port", 9613);
        Path db = work.resolve("db");
        Path keycloakHome = work.resolve("keycloak");
        // -Dbench.reuse=true: the database and Keycloak of the last run, with its 1,000 operators already
        // provisioned; only the restarts run (steps 2 and 4), e.g. to measure a changed server without
        // provisioning 1,000 operators again (half an hour on the shared machine).
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse) {
            deleteRecursively(db);
            // A fresh Keycloak too: the realm is imported again and holds no bench logins yet.
            deleteRecursively(keycloakHome.resolve("data/h2"));
            Files.deleteIfExists(keycloakHome.resolve("data/import/" + EmbeddedKeycloak.REALM + "-realm.json.sha256"));
        }

        List<String> rows = new ArrayList<>();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Integer.getInteger("bench.db.port", 3513), db, "shegong");
             EmbeddedKeycloak keycloak = EmbeddedKeycloak.start(Path.of(System.getProperty("bench.keycloak.zip")),
                     keycloakHome, Integer.getInteger("bench.keycloak.port", 8313),
                     Path.of(System.getProperty("bench.realm")), List.of("http://localhost:" + http))) {
            ServerStart server = new ServerStart(Path.of(System.getProperty("bench.wlp")).toAbsolutePath(),
                    System.getProperty("bench.server", "shegong"), http, https, Map.of(
                            "SHEGONG_DB_URL", database.jdbcUrl(),
                            "SHEGONG_DB_USER", EmbeddedDatabase.USER,
                            "SHEGONG_DB_PASSWORD", EmbeddedDatabase.PASSWORD,
                            "SHEGONG_OIDC_ISSUER", keycloak.issuer(),
                            "SHEGONG_KEYCLOAK_URL", keycloak.baseUrl()));
            double demoFirst = Double.NaN;
            double manyFirst = Double.NaN;
            String firstLine = "(reused: not started)";
            if (!reuse) {
                demoFirst = timed(server, demo, work.resolve("1-demo-first.log"), rows, "4 demo operators, first start");
                server.stop();
            }
            double demoRestart = timed(server, demo, work.resolve("2-demo-restart.log"), rows, "4 demo operators, restart, nothing changed");
            loginsChecked(server, rows);
            long demoHeap = server.usedHeapAfterGc();
            System.out.printf("[bench] used heap after GC with the 4 demo files: %.1f MB%n", demoHeap / 1048576.0);
            server.stop();
            if (!reuse) {
                manyFirst = timed(server, generated, work.resolve("3-many-first.log"), rows,
                        (tenants + 4) + " operators, first start (provisions " + tenants + ")");
                firstLine = server.provisioningLine();
                server.stop();
            }
            double manyRestart = timed(server, generated, work.resolve("4-many-restart.log"), rows,
                    (tenants + 4) + " operators, restart, nothing changed");
            // A fast restart that skipped Keycloak would be no figure: the check of every operator's logins, which
            // a start with many unchanged operators runs right after it is ready, must end without a problem.
            loginsChecked(server, rows);
            long manyHeap = server.usedHeapAfterGc();
            String restartLine = server.provisioningLine();
            long loginProblems = server.loginProblems();
            server.stop();
            double growthMb = (manyHeap - demoHeap) / 1048576.0;
            System.out.printf("[bench] %d cores, load %.1f%n", Runtime.getRuntime().availableProcessors(), Figure.currentLoad());
            rows.forEach(r -> System.out.println("[bench] " + r));
            System.out.println("[bench] first start with " + tenants + " new: " + shortened(firstLine));
            System.out.println("[bench] restart: " + shortened(restartLine));
            System.out.printf("[bench] 6. server start, restart with %d operators unchanged: %.1f s (4 demo operators: %.1f s; first starts %.1f s and %.1f s)%n",
                    tenants + 4, manyRestart, demoRestart, demoFirst, manyFirst);
            System.out.printf("[bench] 6. used heap after GC: %.1f MB with %d operators, %.1f MB with 4: growth %.1f MB (load %.1f)%n",
                    manyHeap / 1048576.0, tenants + 4, demoHeap / 1048576.0, growthMb, Figure.currentLoad());
            String appliedOnRestart = restartLine.contains(", unchanged ") ? restartLine.substring(0, restartLine.indexOf(", unchanged ")) : restartLine;
            assertTrue(restartLine.contains(", unchanged ") && !appliedOnRestart.contains("bench-o"),
                    "the restart applied no generated file again: " + shortened(restartLine));
            // A fast restart that skipped Keycloak would be no figure: every operator's logins were checked.
            assertTrue(loginProblems == 0, loginProblems + " operators' logins not provisioned at the restart (messages.log)");
            if (Boolean.parseBoolean(System.getProperty("bench.assert", "false"))) {
                assertTrue(manyRestart <= 15, "server start with " + tenants + " tenants: " + manyRestart + " s");
                assertTrue(growthMb <= 50, "heap growth " + growthMb + " MB");
            }
        }
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String shortened(String line) {
        return line.length() > 400 ? line.substring(0, 400) + " …" : line;
    }

    private static void loginsChecked(ServerStart server, List<String> rows) throws Exception {
        rows.add(String.format("  its check of the unchanged operators' Keycloak logins ended %.1f s after launch", server.loginsChecked()));
        System.out.println("[bench] " + rows.get(rows.size() - 1));
    }

    private static double timed(ServerStart server, Path tenants, Path log, List<String> rows, String what) throws Exception {
        double load = Figure.currentLoad();
        double seconds = server.start(tenants, log);
        rows.add(String.format("%s: ready in %.1f s, server JVM CPU %.1f s (load %.1f at launch, %.1f when ready)",
                what, seconds, server.cpuAtReady(), load, Figure.currentLoad()));
        System.out.println("[bench] " + rows.get(rows.size() - 1));
        return seconds;
    }
}
