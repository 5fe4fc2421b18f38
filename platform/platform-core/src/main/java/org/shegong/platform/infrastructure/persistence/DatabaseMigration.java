package org.shegong.platform.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.health.StartupProgress;
import org.shegong.platform.application.modules.ModuleRegistry;

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

    @Inject
    ModuleRegistry modules;

    @Inject
    StartupProgress progress;

    void onStartup(@Observes @Priority(PRIORITY) Startup startup) {
        migrate("platform", "db/migration/platform");
        for (ShegongModule module : modules.all()) {
            module.migrationLocation().ifPresent(location -> migrate(module.id(), location, module.getClass().getClassLoader()));
        }
        progress.schemaMigrated();
    }

    public MigrateResult migrate(String owner, String location) {
        return migrate(owner, location, getClass().getClassLoader());
    }

    private MigrateResult migrate(String owner, String location, ClassLoader classLoader) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table("flyway_history_" + owner.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "schema of " + owner + ": " + result.migrationsExecuted + " migration(s) applied, at version "
                + (result.migrationsExecuted == 0 ? result.initialSchemaVersion : result.targetSchemaVersion));
        return result;
    }
}
