package org.shegong.modules.clubs.application;

import java.util.List;
import java.util.Optional;
import org.shegong.modules.clubs.domain.model.charter.Charter;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.Membership;
import org.shegong.modules.clubs.domain.model.club.Milestone;
import org.shegong.modules.clubs.domain.model.club.StageStep;

/**
 * Everything a club's page shows: the club, its members (current and past), its incubation plan,
 * its path, its charter versions and the one in force, and the teams merged into it (whose members,
 * paths and charters stay theirs and are reached from here), and whether the reader may change it
 * ({@code mayKeep}: holds {@code clubs.club.keep} and the club is open), which the page asks before it offers any
 * form that writes — describe, members, activities, attendance, plan, path, charters — so an operator admin, who
 * reads clubs but does not keep them, is not offered forms whose every click would be refused; and whether the
 * reader confirms as the station lead ({@code confirmsAsLead}), without which a step on the path or a charter's
 * approval would be refused ("每一步须由站长确认"), so a social worker is not offered those.
 */
public record ClubFile(Club club, List<Membership> members, List<Milestone> milestones, List<StageStep> path,
                       List<Charter> charters, Optional<Charter> currentCharter, List<Club> mergedFrom,
                       List<Charter> mergedCharters, boolean mayKeep, boolean confirmsAsLead) {

    /** Whether the page offers the path's step and the charters' approval: the club is kept, by its lead. */
    public boolean mayConfirm() {
        return mayKeep && confirmsAsLead;
    }
}
