package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * A module recorded something dated {@code from} that its metrics count by that date (a club's step
 * taken last month and entered today, a club founded two years ago registered now): the roll-ups of
 * the street must count every month from {@code from}'s to this one again. Without it the incremental
 * refresh recounts only this month, and a back-dated record showed in its month only after the
 * daily full rebuild. Fired by the module inside the transaction of the change, like the platform's
 * own events (the note is written with the record, or not at all); observe with a plain
 * {@code @Observes}.
 */
public record FiguresChanged(TenantId tenant, String streetCode, LocalDate from) {
}
