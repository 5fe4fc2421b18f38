package org.shegong.devstack;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the stack (MariaDB and Keycloak) once for a whole integration-test run and stops it afterwards. Only the
 * failsafe run switches it on ({@code -Dshegong.devstack=it}); unit tests never start anything.
 * The database starts empty every run, so the tests also prove that a fresh schema migrates.
 */
public class TestStackSession implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"it".equals(System.getProperty("shegong.devstack"))) {
            return;
        }
        Path dir = Path.of(System.getProperty("shegong.devstack.dir", "target/devstack"));
        Path dataDir = dir.resolve("db");
        EmbeddedDatabase.deleteRecursively(dataDir);
        database = EmbeddedDatabase.start(Integer.getInteger("shegong.devstack.db.port", 3317), dataDir, "shegong");
        TestStack.database = database;
        TestStack.keycloakStart = () -> EmbeddedKeycloak.start(Path.of(System.getProperty("shegong.devstack.keycloak.zip")),
                dir.resolve("keycloak"), Integer.getInteger("shegong.devstack.keycloak.port", 8190),
                Path.of(System.getProperty("shegong.devstack.realm")), appOrigins());
        TestStack.startKeycloak();
    }

    /** The IT server's origin, when the run uses a port of its own (parallel runs on one machine). */
    private static java.util.List<String> appOrigins() {
        String port = System.getProperty("shegong.it.http.port");
        return port == null || port.equals("9090") ? java.util.List.of() : java.util.List.of("http://localhost:" + port);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestStack.stopKeycloak();
        TestStack.keycloakStart = null;
        if (database != null) {
            TestStack.database = null;
            database.close();
            database = null;
        }
    }
}
