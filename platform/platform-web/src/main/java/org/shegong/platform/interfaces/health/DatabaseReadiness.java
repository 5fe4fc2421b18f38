package org.shegong.platform.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers {@code SELECT 1} within two seconds. The query runs on a
 * worker thread with a deadline, so a database that hangs (rather than refuses) cannot hang the check.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final long DEADLINE_SECONDS = 3;

    @Resource(lookup = "jdbc/shegong")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(this::answers, executor);
        boolean up;
        try {
            up = answer.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            answer.cancel(true);
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        return HealthCheckResponse.named("database").status(up).build();
    }

    private boolean answers() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next();
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }
}
