package org.shegong.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock. Stations work on Beijing time, so "today" is today in Asia/Shanghai. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(STATION_ZONE);
    }
}
