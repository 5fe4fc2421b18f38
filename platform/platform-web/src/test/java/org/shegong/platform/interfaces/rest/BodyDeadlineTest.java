package org.shegong.platform.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 10 item 2: a body is read within a size cap and a time budget. */
class BodyDeadlineTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Test
    void aBodyThatArrivesInTimeIsReadWhole() throws Exception {
        byte[] body = "{\"name\":\"苗婷婷\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(body, BodyDeadline.read(new ByteArrayInputStream(body), 1000, BUDGET, System::nanoTime));
    }

    @Test
    void readingStopsAtTheCap() throws Exception {
        byte[] read = BodyDeadline.read(new ByteArrayInputStream(new byte[50_000]), 20_001, BUDGET, System::nanoTime);
        assertEquals(20_001, read.length);
    }

    @Test
    void aTrickledBodyIsCutOffOnceTheBudgetIsSpent() {
        AtomicLong clock = new AtomicLong();
        // One byte per read, each arriving a second after the last: in time for a read timeout, never done.
        InputStream trickle = new InputStream() {
            @Override
            public int read() {
                clock.addAndGet(Duration.ofSeconds(1).toNanos());
                return '{';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                b[off] = (byte) read();
                return 1;
            }
        };
        assertThrows(BodyDeadline.TooSlow.class, () -> BodyDeadline.read(trickle, 1_000_000, BUDGET, clock::get));
        assertEquals(11, Duration.ofNanos(clock.get()).toSeconds(), "cut off at the first read past the budget");
    }
}
