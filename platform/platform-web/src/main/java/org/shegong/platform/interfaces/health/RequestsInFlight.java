package org.shegong.platform.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The requests being served right now and when each began, so liveness can tell a busy server
 * from a stuck one: requests that have run for minutes hold their threads, and enough of them
 * hold them all.
 */
@ApplicationScoped
public class RequestsInFlight {

    private final Map<Long, Long> startedAt = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final LongSupplier nanoClock;

    public RequestsInFlight() {
        this(System::nanoTime);
    }

    RequestsInFlight(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Marks a request as begun; hand the ticket to {@link #ended(long)} in a finally block. */
    public long began() {
        long id = ids.incrementAndGet();
        startedAt.put(id, nanoClock.getAsLong());
        return id;
    }

    public void ended(long ticket) {
        startedAt.remove(ticket);
    }

    /** How many requests have been running for at least the given number of seconds. */
    public long runningLongerThan(long seconds) {
        long now = nanoClock.getAsLong();
        long limit = seconds * 1_000_000_000L;
        return startedAt.values().stream().filter(start -> now - start >= limit).count();
    }
}
