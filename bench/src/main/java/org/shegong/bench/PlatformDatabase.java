package org.shegong.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.shegong.devstack.EmbeddedDatabase;
import org.shegong.platform.infrastructure.persistence.DatabaseMigration;

/**
 * The embedded MariaDB (the devstack's) with the platform's schema, applied by the platform's own
 * {@link DatabaseMigration}: the benchmarks read and write the tables the server has, with their
 * indexes, not copies of them. Shared set-up of the figures that run platform code (3–6).
 */
public final class PlatformDatabase implements AutoCloseable {

    private final EmbeddedDatabase database;
    private final PooledDataSource dataSource;

    private PlatformDatabase(EmbeddedDatabase database) {
        this.database = database;
        MysqlDataSource physical = new MysqlDataSource();
        // The URL the server's data source uses: no batching or caching flags the platform lacks.
        physical.setUrl(database.jdbcUrl());
        physical.setUser(EmbeddedDatabase.USER);
        physical.setPassword(EmbeddedDatabase.PASSWORD);
        // Pooled, as the server's is.
        this.dataSource = new PooledDataSource(physical);
    }

    /** Starts a fresh database in {@code dir} on a free port and applies the platform's migrations. */
    public static PlatformDatabase start(Path dir) {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlatformDatabase db = new PlatformDatabase(EmbeddedDatabase.start(port, dir, "shegong_bench"));
        DatabaseMigration migration = new DatabaseMigration();
        PlatformBeans.inject(migration, "dataSource", db.dataSource);
        migration.migrate("platform", "db/migration/platform");
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    @Override
    public void close() {
        dataSource.closeAll();
        database.close();
    }
}
