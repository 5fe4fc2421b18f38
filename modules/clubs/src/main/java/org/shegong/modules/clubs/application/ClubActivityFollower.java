package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.event.ActivityDone;

/**
 * Writes a club's held activity into the club's history, whoever marked it done (the club page or
 * the station's activity page): the platform's {@code ActivityDone} names the club as organiser.
 * Inside the platform's transaction, so the history and the status never disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClubActivityFollower {

    @Inject
    AuditTrail audit;

    void held(@Observes ActivityDone done) {
        ClubActivities.clubOf(done.organiser()).ifPresent(clubId -> audit.record(ClubRegister.KIND, clubId,
                ClubsModuleActions.ACTIVITY_DONE, Said.of("clubs.history.activityDone", done.activityId(), done.doneOn(),
                        done.participantIds().size())));
    }
}
