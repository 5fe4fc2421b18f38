package org.shegong.modules.clubs.domain.model.club;

import java.time.LocalDate;

/**
 * What describes a club, resolved by the service (community and people from the platform's
 * cards): name, kind, community, founding day, leader and contact, teacher, meeting place and schedule.
 */
public record ClubProfile(String name, ClubKind kind, Community community, LocalDate foundedOn, Person leader,
                          Person contact, String teacher, String place, String schedule) {
}
