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
 * paths and charters stay theirs and are reached from here), and whether the reader may describe it (keeps clubs,
 * and the club is open).
 */
public record ClubFile(Club club, List<Membership> members, List<Milestone> milestones, List<StageStep> path,
                       List<Charter> charters, Optional<Charter> currentCharter, List<Club> mergedFrom,
                       List<Charter> mergedCharters, boolean mayDescribe) {
}
