package org.shegong.devstack;

import java.util.Optional;

/**
 * What tests may reach of the stack {@link TestStackSession} started for the run (a class of its
 * own, so tests compile without the JUnit launcher API).
 */
public final class TestStack {

    /** Set while the run's stack is up. */
    static volatile EmbeddedDatabase database;
    static volatile java.util.function.Supplier<EmbeddedKeycloak> keycloakStart;
    private static EmbeddedKeycloak keycloak;

    private TestStack() {
    }

    /**
     * The run's database, for the few tests that stop and restart it to see how the application
     * lives through an outage. Other tests share it: such a test must start it again before it ends.
     */
    public static Optional<EmbeddedDatabase> database() {
        return Optional.ofNullable(database);
    }

    /**
     * Stops the run's Keycloak (its data is kept: users, sessions), for tests of a sign-in outage.
     * Such a test must call {@link #startKeycloak()} before it ends.
     */
    public static synchronized void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }

    /** Starts the run's Keycloak (again), on the same port and data; waits until its realm answers. */
    public static synchronized void startKeycloak() {
        if (keycloak == null && keycloakStart != null) {
            keycloak = keycloakStart.get();
        }
    }
}
