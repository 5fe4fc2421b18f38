package org.shegong.platform.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema at server start, before anything reads it. Each owner (the platform now,
 * each module later) has its own migration folder and its own history table, so modules evolve
 * their tables without touching each other's history.
 */
@ApplicationScoped
public class DatabaseMigration {

    /** Observers of {@link Startup} that need the schema run after this priority. */
    public static final int PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/shegong")
    DataSource dataSource;

    void onStartup(@Observes @Priority(PRIORITY) Startup startup) {
        migrate("platform", "db/migration/platform");
    }

    public MigrateResult migrate(String owner, String location) {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table("flyway_history_" + owner)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "schema of " + owner + ": " + result.migrationsExecuted + " migration(s) applied, at version "
                + (result.migrationsExecuted == 0 ? result.initialSchemaVersion : result.targetSchemaVersion));
        return result;
    }
}
