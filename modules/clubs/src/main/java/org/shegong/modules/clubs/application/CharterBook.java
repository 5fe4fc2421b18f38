package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.shegong.modules.clubs.domain.model.charter.Charter;
import org.shegong.modules.clubs.domain.model.charter.CharterRepository;
import org.shegong.modules.clubs.domain.model.charter.Charters;
import org.shegong.modules.clubs.domain.model.charter.LineDiff;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * A club's charter (章程) as versions: staff propose, the station lead approves; the one in force
 * is the last approved; any two versions of the club (or of a team merged into it) are compared
 * line by line.
 */
@ApplicationScoped
@Transactional
public class CharterBook {

    @Inject
    CharterRepository charters;

    @Inject
    ClubRepository clubs;

    @Inject
    MyClubs my;

    @Inject
    AuditTrail audit;

    @Inject
    SignedIn signedIn;

    @Inject
    Clock clock;

    @RequiresPermission(ClubsPermissions.KEEP)
    public Charter propose(long clubId, String text) {
        Club club = my.club(clubId);
        club.requireOpen();
        Charter c = new Charter(clubId, Charters.nextVersion(charters.ofClubs(List.of(clubId))), text, signedIn.username(),
                Instant.now(clock));
        charters.store(c);
        audit.record(ClubRegister.KIND, clubId, ClubsModuleActions.CHARTER_PROPOSED, Said.of("clubs.history.charter", c.getVersionNo()));
        return c;
    }

    @RequiresPermission(ClubsPermissions.KEEP)
    public Charter approve(long clubId, long charterId) {
        Club club = my.club(clubId);
        club.requireOpen();
        Charter c = ofClub(clubId, charterId);
        c.approve(signedIn.username(), my.confirmsAsLead(), Instant.now(clock));
        charters.store(c);
        audit.record(ClubRegister.KIND, clubId, ClubsModuleActions.CHARTER_APPROVED, Said.of("clubs.history.charter", c.getVersionNo()));
        return c;
    }

    /** Two versions side by side; either may belong to a team merged into the club. */
    @RequiresPermission(ClubsPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LineDiff.Row> compare(long clubId, long leftId, long rightId) {
        my.club(clubId);
        return LineDiff.of(readable(clubId, leftId).getText(), readable(clubId, rightId).getText());
    }

    @RequiresPermission(ClubsPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Charter> versions(long clubId) {
        my.club(clubId);
        return charters.ofClubs(List.of(clubId));
    }

    private Charter ofClub(long clubId, long charterId) {
        return charters.find(charterId).filter(c -> c.getClubId() == clubId)
                .orElseThrow(() -> new RecordNotFoundException("章程 charter", charterId));
    }

    private Charter readable(long clubId, long charterId) {
        Charter c = charters.find(charterId).orElseThrow(() -> new RecordNotFoundException("章程 charter", charterId));
        if (c.getClubId() == clubId || clubs.mergedInto(clubId).stream().anyMatch(m -> m.getId() == c.getClubId())) {
            return c;
        }
        throw new RecordNotFoundException("章程 charter", charterId);
    }
}
