package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.shegong.modules.clubs.domain.model.charter.CharterRepository;
import org.shegong.modules.clubs.domain.model.charter.Charters;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.modules.clubs.domain.model.club.Milestone;
import org.shegong.modules.clubs.domain.model.club.StageStep;
import org.shegong.modules.clubs.domain.model.club.StepEvidence;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/**
 * A club's incubation path (兴趣小组 → 培育中 → 街道备案 → 民政登记; 休眠, 注销): its incubation plan
 * and each step, which the service gathers the evidence for and the domain decides on. Only the
 * station lead confirms a step; every step goes into the club's path and history.
 */
@ApplicationScoped
@Transactional
public class IncubationPath {

    /**
     * What a person asks for: the stage, the evidence that stage needs, and the day the step happened
     * ({@code on}: recorded afterwards it lies in the past; null for today at the stations; for 备案 and
     * 登记 the filing or registration date).
     */
    public record StepRequest(ClubStage to, String filingNumber, String creditCode, LocalDate on, String reason) {
    }

    @Inject
    ClubRepository clubs;

    @Inject
    CharterRepository charters;

    @Inject
    MyClubs my;

    @Inject
    AuditTrail audit;

    @Inject
    SignedIn signedIn;

    @Inject
    ClubRegister register;

    @Inject
    ClubFigures figures;

    @RequiresPermission(ClubsPermissions.KEEP)
    public Milestone plan(long clubId, String title) {
        Club club = my.club(clubId);
        club.requireOpen();
        Milestone m = new Milestone(clubId, title);
        clubs.store(m);
        audit.record(ClubRegister.KIND, clubId, ClubsModuleActions.PLAN_CHANGED, Said.of("clubs.history.milestoneAdded", m.getTitle()));
        return m;
    }

    @RequiresPermission(ClubsPermissions.KEEP)
    public Milestone done(long clubId, long milestoneId, LocalDate on) {
        Club club = my.club(clubId);
        club.requireOpen();
        Milestone m = clubs.milestone(milestoneId).filter(x -> x.getClubId() == clubId)
                .orElseThrow(() -> new RecordNotFoundException("里程碑 milestone", milestoneId));
        m.markDone(on, register.today());
        clubs.store(m);
        audit.record(ClubRegister.KIND, clubId, ClubsModuleActions.PLAN_CHANGED, Said.of("clubs.history.milestoneDone", m.getTitle(), on));
        return m;
    }

    /** The milestones of the club's plan not done yet. */
    @RequiresPermission(ClubsPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> open(long clubId) {
        my.club(clubId);
        return clubs.milestones(clubId).stream().filter(m -> !m.isDone()).toList();
    }

    /**
     * Takes one step on its day, refused with the reason unless its evidence is complete, the station lead
     * confirms it and its day is in order (not to come, not before the founding or the club's last step).
     * The roll-ups count it in its day's month: a step dated in an earlier month notes that month for the
     * next refresh, and every month since (a dissolution ends the club's count from then on).
     */
    @RequiresPermission(ClubsPermissions.KEEP)
    public StageStep step(long clubId, Long readVersion, StepRequest r) {
        if (r == null || r.to() == null) {
            throw new Refusal("clubs.refused.stepTo");
        }
        Club club = my.club(clubId);
        ClubRegister.requireVersion(club, readVersion);
        List<Milestone> plan = clubs.milestones(clubId);
        boolean charter = Charters.current(charters.ofClubs(List.of(clubId))).isPresent();
        LocalDate today = register.today();
        List<StageStep> path = clubs.path(clubId);
        LocalDate last = path.isEmpty() ? null : path.get(path.size() - 1).getMovedOn();
        StageStep step = club.moveTo(r.to(), new StepEvidence(plan, charter, r.filingNumber(), r.creditCode(),
                r.on() == null ? today : r.on(), last, r.reason(), signedIn.username(), my.confirmsAsLead()), today);
        clubs.store(club);
        clubs.store(step);
        figures.changedSince(club, step.getMovedOn());
        audit.record(ClubRegister.KIND, clubId, ClubsModuleActions.STAGE_MOVED, Said.all(java.util.stream.Stream.of(
                step.getFromStage() == null ? Said.of("clubs.history.stage", new Refusal.Label("clubs.stage." + step.getToStage().name()))
                        : Said.of("clubs.history.stageMoved", new Refusal.Label("clubs.stage." + step.getFromStage().name()),
                                new Refusal.Label("clubs.stage." + step.getToStage().name())),
                step.getEvidence() == null || step.getEvidence().isBlank() ? "" : Said.of("clubs.history.evidence", step.getEvidence()),
                Said.of("clubs.history.confirmedByLead", signedIn.displayName())).filter(p -> !p.isEmpty()).toList()));
        return step;
    }
}
