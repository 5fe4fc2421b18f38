package org.shegong.modules.volunteers.interfaces.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the stations read them: Asia/Shanghai, {@code yyyy-MM-dd HH:mm}. */
final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private Times() {
    }

    static String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }

    /** A window, e.g. "2026-12-03 09:00 – 11:30", or with both days when it runs past midnight. */
    static String window(Instant from, Instant to) {
        String start = shown(from);
        String end = shown(to);
        return start.length() == 16 && end.length() == 16 && start.substring(0, 10).equals(end.substring(0, 10))
                ? start + " – " + end.substring(11) : start + " – " + end;
    }

    /** Minutes as hours with one decimal, e.g. 90 → "1.5". */
    static String hours(long minutes) {
        return org.shegong.modules.volunteers.domain.model.certificate.Hours.of(minutes);
    }
}
