package org.shegong.platform.interfaces.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestsInFlightTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void countsOnlyRequestsStillRunningPastTheLimit() {
        AtomicLong now = new AtomicLong();
        RequestsInFlight inFlight = new RequestsInFlight(now::get);
        long first = inFlight.began();
        now.addAndGet(100 * SECOND);
        long second = inFlight.began();
        long third = inFlight.began();
        now.addAndGet(100 * SECOND);

        assertEquals(1, inFlight.runningLongerThan(180), "only the first has run 200 s");
        assertEquals(3, inFlight.runningLongerThan(100));
        inFlight.ended(first);
        inFlight.ended(second);
        assertEquals(0, inFlight.runningLongerThan(180));
        assertEquals(1, inFlight.runningLongerThan(100), "the third is still running");
        inFlight.ended(third);
        assertEquals(0, inFlight.runningLongerThan(0));
    }
}
