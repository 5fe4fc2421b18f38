package org.shegong.platform.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Reads a request body within a time budget as well as a size cap. A caller trickling a byte now
 * and then would otherwise hold a request thread for as long as it likes (each read returns in
 * time, so the server's read timeout never fires); four such callers held all of this machine's
 * request threads. The budget is checked after every read, and a read asks only for what has
 * arrived (or one byte); a read that gets nothing at all is ended by the server's own read timeout
 * ({@code httpOptions readTimeout}), which the caller also answers with 408.
 */
final class BodyDeadline {

    /** The body did not arrive within the budget. */
    static final class TooSlow extends IOException {
        TooSlow(Duration budget) {
            super("the body did not arrive within " + budget.toSeconds() + " s");
        }
    }

    private BodyDeadline() {
    }

    /** Up to {@code limit} bytes (fewer at end of input), or {@link TooSlow} once the budget is spent. */
    static byte[] read(InputStream in, int limit, Duration budget, LongSupplier nanoClock) throws IOException {
        long deadline = nanoClock.getAsLong() + budget.toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        while (out.size() < limit) {
            // Only what has arrived, or one byte: a servlet stream's read(buffer) may wait until the
            // buffer is full, and a trickle would never return to the deadline check.
            int want = Math.min(Math.max(1, in.available()), Math.min(chunk.length, limit - out.size()));
            int n = in.read(chunk, 0, want);
            if (n < 0) {
                break;
            }
            out.write(chunk, 0, n);
            if (nanoClock.getAsLong() - deadline > 0) {
                throw new TooSlow(budget);
            }
        }
        return out.toByteArray();
    }
}
