package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.platform.api.event.FiguresChanged;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.tenancy.NoTenantException;

/**
 * Tells the platform's roll-ups which months a club's record changed: the module's metrics count a
 * step in the month of its day and a club from its founding day to its closing, so a step dated last
 * month, a club registered with a founding day two years back or a merge recorded afterwards changes
 * the figures from that day on — not only this month's, which the incremental refresh recounts anyway.
 * Called inside the transaction that writes the record, so the note and the record go together.
 */
@ApplicationScoped
public class ClubFigures {

    @Inject
    CurrentTenant tenant;

    @Inject
    Event<FiguresChanged> changed;

    /** The club's street's figures changed from {@code day} on. */
    public void changedSince(Club club, LocalDate day) {
        changed.fire(new FiguresChanged(tenant.current().orElseThrow(NoTenantException::new), club.getStreetCode(), day));
    }
}
