package org.shegong.modules.childprotection.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the stations read them: Asia/Shanghai, {@code yyyy-MM-dd HH:mm} ({@code #{cpTimes.at(x)}}). */
@Named("cpTimes")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public String at(Instant instant) {
        return shown(instant);
    }

    /** The same outside a page (the cases' CSV). */
    public static String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
