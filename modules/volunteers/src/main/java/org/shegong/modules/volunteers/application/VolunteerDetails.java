package org.shegong.modules.volunteers.application;

import java.util.Set;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;

/** What staff write about a volunteer; {@code null} fields keep what is recorded (the ID number never changes). */
public record VolunteerDetails(String name, Gender gender, String idNumber, String phone, AffiliationKind affiliationKind,
                               String affiliationName, Set<String> skills, String availability, String emergencyContact,
                               String streetCode, String login) implements java.io.Serializable {
}
