package org.shegong.modules.volunteers.application;

import java.time.Instant;

/**
 * What the check-in code's sheet shows at the station: the shift (its role as the title, its window),
 * the station by name, and the signed code its QR code carries (see {@link #path()}).
 */
public record CheckInSheet(long shiftId, String role, Instant startsAt, Instant endsAt, String stationName, String code) {

    /** The portal's check-in page for this code, from the application's root (the caller adds scheme, host and context). */
    public String path() {
        return "/volunteers/check-in.xhtml?code=" + code;
    }
}
