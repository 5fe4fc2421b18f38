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

    /** Minutes as hours with one decimal, e.g. 90 → "1.5". */
    static String hours(long minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
