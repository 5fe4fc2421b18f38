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

    /** The test server's port that the shipped realm lets the portal client redirect to. */
    private static final int IT_HTTP_PORT = 9090;

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
        Path realm = realmFor(Path.of(System.getProperty("shegong.devstack.realm")), dir,
                Integer.getInteger("shegong.it.http.port", IT_HTTP_PORT));
        TestStack.keycloakStart = () -> EmbeddedKeycloak.start(Path.of(System.getProperty("shegong.devstack.keycloak.zip")),
                dir.resolve("keycloak"), Integer.getInteger("shegong.devstack.keycloak.port", 8190), realm);
        TestStack.startKeycloak();
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

    /**
     * The realm as shipped, or, for a run on another port (several runs side by side, each with its
     * own -Dit.http.port), a copy whose redirect addresses name that port instead of 9090, so
     * browser sign-ins work there too.
     */
    static Path realmFor(Path shipped, Path dir, int httpPort) {
        if (httpPort == IT_HTTP_PORT) {
            return shipped;
        }
        try {
            Path copy = dir.resolve("realm").resolve(shipped.getFileName());
            java.nio.file.Files.createDirectories(copy.getParent());
            java.nio.file.Files.writeString(copy, java.nio.file.Files.readString(shipped)
                    .replace("http://localhost:" + IT_HTTP_PORT, "http://localhost:" + httpPort));
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
