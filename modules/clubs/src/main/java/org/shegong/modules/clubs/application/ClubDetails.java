package org.shegong.modules.clubs.application;

import java.time.LocalDate;
import org.shegong.modules.clubs.domain.model.club.ClubKind;

/**
 * What a person fills in for a club. On a change, a field left out (null) keeps what is recorded;
 * an empty text clears a free-text field, and {@code 0} clears the leader or contact.
 */
public record ClubDetails(String name, ClubKind kind, String communityCode, LocalDate foundedOn, Long leaderId,
                          Long contactId, String teacher, String place, String schedule) {
}
