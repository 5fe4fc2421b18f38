package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubMerge;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.modules.clubs.domain.model.club.Membership;
import org.shegong.modules.clubs.domain.model.club.StageStep;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.Refusal;

/**
 * Merging teams into one club (合并), in one transaction: into one of them or into a new club; the
 * members united once, the teams closed as "merged into", everything recorded in each history.
 * Each club is checked against the version the person saw, so a club changed (or merged) since is
 * refused and nothing is written.
 */
@ApplicationScoped
@Transactional
public class ClubMerging {

    /**
     * @param intoId   the club the others join; null for a new club described by {@code newClub}
     * @param clubIds  the teams merged into it (besides {@code intoId})
     * @param versions the version of each club as the person saw it (club id → version); missing = no check
     * @param on       the day of the merge (a merge recorded afterwards); null for today
     */
    public record MergeRequest(Long intoId, ClubDetails newClub, List<Long> clubIds, Map<Long, Long> versions, LocalDate on) {

        public MergeRequest(Long intoId, ClubDetails newClub, List<Long> clubIds, Map<Long, Long> versions) {
            this(intoId, newClub, clubIds, versions, null);
        }
    }

    @Inject
    ClubRepository clubs;

    @Inject
    ClubRegister register;

    @Inject
    MyClubs my;

    @Inject
    AuditTrail audit;

    @Inject
    SignedIn signedIn;

    @Inject
    ClubFigures figures;

    @RequiresPermission(ClubsPermissions.KEEP)
    public Club merge(MergeRequest r) {
        if (r == null || r.clubIds() == null || r.clubIds().isEmpty()) {
            throw new Refusal("clubs.refused.mergeTwo");
        }
        if (!signedIn.has(Role.STATION_LEAD)) {
            throw new Refusal("clubs.refused.mergeByLead");
        }
        if (r.clubIds().size() != new LinkedHashSet<>(r.clubIds()).size()) {
            throw new Refusal("clubs.refused.mergeOnce");
        }
        Map<Long, Long> versions = r.versions() == null ? Map.of() : r.versions();
        List<Club> merged = new ArrayList<>();
        for (Long id : r.clubIds()) {
            Club c = my.club(id);
            ClubRegister.requireVersion(c, versions.get(id));
            merged.add(c);
        }
        Club target;
        if (r.intoId() != null) {
            target = my.club(r.intoId());
            ClubRegister.requireVersion(target, versions.get(r.intoId()));
        } else {
            if (r.newClub() == null) {
                throw new Refusal("clubs.refused.mergeInto");
            }
            target = register.register(r.newClub());
        }
        ClubMerge merge = new ClubMerge(target, merged);
        LocalDate on = r.on() == null ? register.today() : r.on();
        java.util.Map<Long, LocalDate> lastSteps = new java.util.HashMap<>();
        for (Club c : merged) {
            List<StageStep> path = clubs.path(c.getId());
            if (!path.isEmpty()) {
                lastSteps.put(c.getId(), path.get(path.size() - 1).getMovedOn());
            }
        }
        merge.requireDay(on, register.today(), lastSteps);
        List<Membership> added = merge.newMemberships(clubs.members(List.of(target.getId())),
                clubs.members(r.clubIds()), register.today());
        added.forEach(clubs::store);
        List<StageStep> steps = merge.close(signedIn.username(), on);
        for (int i = 0; i < merged.size(); i++) {
            Club c = merged.get(i);
            clubs.store(c);
            clubs.store(steps.get(i));
            figures.changedSince(c, on);
            audit.record(ClubRegister.KIND, c.getId(), ClubsModuleActions.MERGED, Said.of("clubs.history.mergedInto", target.getName(), target.getId()));
        }
        audit.record(ClubRegister.KIND, target.getId(), ClubsModuleActions.MERGED, Said.of("clubs.history.merged",
                Said.values(merged.stream().map(Club::getName).toList()), added.size(), on));
        return target;
    }
}
