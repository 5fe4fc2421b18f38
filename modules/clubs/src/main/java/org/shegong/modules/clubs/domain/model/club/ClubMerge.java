package org.shegong.modules.clubs.domain.model.club;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.platform.api.records.Refusal;

/**
 * Two or more teams becoming one club (合并): the target is one of them or a new club. Every
 * current member of a merged team becomes a member of the target unless already one — once, with
 * the earliest day they joined any of them — and each merged team is closed as "merged into" the
 * target, keeping its own members, path and charters as its history.
 *
 * <p>Invariants: at least one team besides the target; no team twice; none closed; all of one
 * station (a merge never moves a team to another operator's or station's books).
 */
public final class ClubMerge {

    private final Club target;
    private final List<Club> merged;

    public ClubMerge(Club target, List<Club> merged) {
        if (merged == null || merged.isEmpty()) {
            throw new Refusal("clubs.refused.mergeTwo");
        }
        Set<Long> ids = merged.stream().map(Club::getId).collect(Collectors.toSet());
        if (ids.size() != merged.size() || ids.contains(target.getId())) {
            throw new Refusal("clubs.refused.mergeOnce");
        }
        for (Club c : merged) {
            c.requireOpen();
            if (!c.getStreetCode().equals(target.getStreetCode())) {
                throw new Refusal("clubs.refused.mergeStation", c.getName());
            }
        }
        target.requireOpen();
        this.target = target;
        this.merged = List.copyOf(merged);
    }

    /**
     * The memberships to add to the target: every resident with an open membership of a merged
     * team who has none of the target, once, joined on their earliest day in any of the teams.
     */
    public List<Membership> newMemberships(List<Membership> targetMembers, List<Membership> mergedMembers, LocalDate today) {
        Set<Long> already = targetMembers.stream().filter(Membership::isActive).map(Membership::getResidentId)
                .collect(Collectors.toSet());
        Map<Long, Membership> earliest = new LinkedHashMap<>();
        for (Membership m : mergedMembers) {
            if (!m.isActive() || already.contains(m.getResidentId())) {
                continue;
            }
            earliest.merge(m.getResidentId(), m, (a, b) -> b.getJoinedOn().isBefore(a.getJoinedOn()) ? b : a);
        }
        List<Membership> added = new ArrayList<>();
        for (Membership m : earliest.values()) {
            added.add(new Membership(target.getId(), new Person(m.getResidentId(), m.getResidentName()), m.getJoinedOn(), today));
        }
        return added;
    }

    /** The day of a merge lies between the founding of every club in it and today. */
    public void requireDay(LocalDate on, LocalDate today) {
        requireDay(on, today, java.util.Map.of());
    }

    /**
     * As {@link #requireDay(LocalDate, LocalDate)}, and not before the last step of a team closed by it
     * ({@code lastSteps}: day by club id): the merge is that team's next step, and a path is in order.
     */
    public void requireDay(LocalDate on, LocalDate today, java.util.Map<Long, LocalDate> lastSteps) {
        if (on.isAfter(today)) {
            throw new Refusal("clubs.refused.mergeInFuture");
        }
        for (Club c : merged) {
            if (on.isBefore(c.getFoundedOn())) {
                throw new Refusal("clubs.refused.mergeBeforeFounding", c.getName(), c.getFoundedOn().toString());
            }
        }
        if (on.isBefore(target.getFoundedOn())) {
            throw new Refusal("clubs.refused.mergeBeforeFounding", target.getName(),
                    target.getFoundedOn().toString());
        }
        for (Club c : merged) {
            LocalDate last = lastSteps.get(c.getId());
            if (last != null && on.isBefore(last)) {
                throw new Refusal("clubs.refused.mergeBeforeLastStep", c.getName(), last.toString());
            }
        }
    }

    /** Closes every merged team as merged into the target; the steps go into their paths. */
    public List<StageStep> close(String by, LocalDate today) {
        return merged.stream().map(c -> c.mergeInto(target, by, today)).toList();
    }

    public Club target() {
        return target;
    }

    public List<Club> merged() {
        return merged;
    }
}
