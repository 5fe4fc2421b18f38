package org.shegong.platform.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, the pool unable to
 * hand out a connection in time) from every other failure. Such a failure is nobody's mistake and
 * passes: callers answer 503 with Retry-After instead of an error, and never show its text.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = next(t), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // SQL state class 08 is "connection exception" in every driver.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (isResourceException(t)) {
                // The connection pool could not get a connection to the database.
                return true;
            }
        }
        return false;
    }

    /**
     * By name: the Connector API is not visible to the application (Liberty's pool throws its
     * {@code ResourceAllocationException} all the same).
     */
    private static boolean isResourceException(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if ("jakarta.resource.ResourceException".equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
            return sql.getNextException();
        }
        Throwable internal = internalExceptionOf(t);
        if (internal != null && internal != t.getCause() && internal != t) {
            return internal;
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /**
     * EclipseLink's own exceptions keep the driver's exception as "internal exception"; read it by
     * name, since Liberty does not let the application see EclipseLink's exception classes.
     */
    private static Throwable internalExceptionOf(Throwable t) {
        try {
            Object internal = t.getClass().getMethod("getInternalException").invoke(t);
            return internal instanceof Throwable throwable ? throwable : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
