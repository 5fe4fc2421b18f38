package org.shegong.modules.eldercare.application;

import java.time.LocalDate;
import java.util.Map;
import org.shegong.modules.eldercare.domain.model.elder.BarthelItem;
import org.shegong.modules.eldercare.domain.model.elder.LivingSituation;

/** What a social worker records on an elder's profile. */
public record ProfileDetails(LivingSituation livingSituation, String chronicConditions, String emergencyContacts,
                             String familyDoctor, Map<BarthelItem, Integer> barthel, LocalDate barthelAssessedOn) {
}
