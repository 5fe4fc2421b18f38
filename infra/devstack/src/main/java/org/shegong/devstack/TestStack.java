package org.shegong.devstack;

import java.util.Optional;

/**
 * What tests may reach of the stack {@link TestStackSession} started for the run (a class of its
 * own, so tests compile without the JUnit launcher API).
 */
public final class TestStack {

    /** Set while the run's stack is up. */
    static volatile EmbeddedDatabase database;

    private TestStack() {
    }

    /**
     * The run's database, for the few tests that stop and restart it to see how the application
     * lives through an outage. Other tests share it: such a test must start it again before it ends.
     */
    public static Optional<EmbeddedDatabase> database() {
        return Optional.ofNullable(database);
    }
}
